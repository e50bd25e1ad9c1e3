/**
 * Registers every shenbao element under its `shenbao-` tag. Importing the classes has no side
 * effect; import this module (`@shenbao/ui/define`) once to use the tags.
 */
import { ShenbaoField } from './elements/field/field.js';
import { ShenbaoForm } from './elements/form/form.js';
import { ShenbaoGroup } from './elements/group/group.js';
import { ShenbaoSteps } from './elements/steps/steps.js';

const elements: [string, CustomElementConstructor][] = [
  ['shenbao-form', ShenbaoForm],
  ['shenbao-field', ShenbaoField],
  ['shenbao-group', ShenbaoGroup],
  ['shenbao-steps', ShenbaoSteps],
];

for (const [tag, element] of elements) if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'shenbao-form': ShenbaoForm;
    'shenbao-field': ShenbaoField;
    'shenbao-group': ShenbaoGroup;
    'shenbao-steps': ShenbaoSteps;
  }
}
