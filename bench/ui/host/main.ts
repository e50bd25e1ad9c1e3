/**
 * A small host page as a site would write it, built by the UI bench to weigh `@shenbao/ui/define`:
 * one built-in form (its definition and 2024 pack as JSON) with its precompiled validator.
 */
import '../../../packages/ui/src/define.js';
import definition from '@shenbao/forms/tcm-expertise/definition.json' with { type: 'json' };
import pack from '@shenbao/forms/tcm-expertise/rules/2024.json' with { type: 'json' };
import validator from '@shenbao/forms/validators/tcm-expertise';
import type { FormDefinition } from '@shenbao/core';

const form = document.createElement('shenbao-form');
form.validator = validator;
form.definition = definition as unknown as FormDefinition;
form.rules = pack as never;
form.year = 2024;
document.getElementById('host')!.append(form);
