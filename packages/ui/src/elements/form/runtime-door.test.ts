import { afterEach, describe, expect, it } from 'vitest';
import definition from '@shenbao/forms/tcm-expertise/definition.json' with { type: 'json' };
import pack from '@shenbao/forms/tcm-expertise/rules/2024.json' with { type: 'json' };
import validator from '@shenbao/forms/validators/tcm-expertise';
import type { FormDefinition, RulePack } from '@shenbao/core';
import '../../define.js';
import type { ShenbaoForm } from './form.js';
import { runtimeDoor } from './definition-door.js';

const mount = async (props: Record<string, unknown>): Promise<ShenbaoForm> => {
  const el = document.createElement('shenbao-form');
  el.draftKey = '';
  Object.assign(el, { rules: structuredClone(pack) as RulePack, year: 2024, ...props });
  document.body.append(el);
  await el.updateComplete;
  return el;
};
/** The form is shown (its steps, no door panel). */
const shown = (el: ShenbaoForm) => !!el.shadowRoot!.querySelector('shenbao-steps') && !el.shadowRoot!.querySelector('[data-door]');

describe('the runtime door (checks, JSON parser, ajv compiler) loads on first use only', () => {
  afterEach(() => document.body.replaceChildren());

  it('a precompiled form given as objects mounts without it; a definition given at run time loads it first', async () => {
    const pre = await mount({ definition: structuredClone(definition) as unknown as FormDefinition, validator });
    expect(shown(pre)).toBe(true);
    expect(pre.evaluation).toBeDefined();
    expect(runtimeDoor()).toBeUndefined(); // no ajv compiler, meta-schema check or JSON parser was loaded
    pre.remove();

    const runtime = await mount({ definition: structuredClone(definition) as unknown as FormDefinition });
    expect(runtimeDoor()).toBeDefined();
    expect(shown(runtime)).toBe(true);
    expect(runtime.evaluation?.issues.length).toBeGreaterThan(0);
  });

  it('text JSON.parse refuses is parsed by the runtime door: line:column on screen', async () => {
    const text = JSON.stringify(definition, null, 2).replace('"id": "tcm-expertise",', '"id": "tcm-expertise",,');
    const el = await mount({ definition: text, validator });
    const panel = el.shadowRoot!.querySelector('[data-door]');
    expect(panel?.textContent).toMatch(/JSON 语法错误/);
    expect(panel?.textContent).toMatch(/第 \d+ 行/);
  });
});
