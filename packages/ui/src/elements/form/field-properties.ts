/**
 * What the form gives each `<shenbao-field>` (its spec, value, locale, lookup, masking, read-only
 * and verified marks) as one element binding instead of seven: a form of 1,000 fields makes 1,000
 * bindings at mount, not 7,000. Each property is set, and each attribute toggled, as Lit's own
 * property and boolean-attribute bindings do: when it differs from what this binding set last.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { ShenbaoField } from '../field/field.js';

/** The properties and marks of one field, as the form's template gives them. */
export interface FieldProperties {
  spec: ShenbaoField['spec'];
  value: unknown;
  locale: ShenbaoField['locale'];
  lookup: ShenbaoField['lookup'];
  masked: boolean;
  /** The `readonly` attribute. */
  readonly: boolean;
  /** The `data-verified` attribute (filled from the verified profile). */
  verified: boolean;
}

class FieldPropertiesDirective extends Directive {
  #last: FieldProperties | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('fieldProperties belongs on the <shenbao-field> element itself');
  }

  render(_properties: FieldProperties): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [next]: [FieldProperties]): typeof nothing {
    const field = part.element as ShenbaoField;
    const last = this.#last;
    // In the order the bindings stood in the template: spec, value, locale, lookup, masked, readonly, data-verified.
    if (!last || last.spec !== next.spec) field.spec = next.spec;
    if (!last || last.value !== next.value) field.value = next.value;
    if (!last || last.locale !== next.locale) field.locale = next.locale;
    if (!last || last.lookup !== next.lookup) field.lookup = next.lookup;
    if (!last || last.masked !== next.masked) field.masked = next.masked;
    if (!last || last.readonly !== next.readonly) field.toggleAttribute('readonly', next.readonly);
    if (!last || last.verified !== next.verified) field.toggleAttribute('data-verified', next.verified);
    this.#last = next;
    return nothing;
  }
}

/** Sets a field's properties and marks from the form's template: `<shenbao-field ${fieldProperties({ … })}>`. */
export const fieldProperties = directive(FieldPropertiesDirective);
