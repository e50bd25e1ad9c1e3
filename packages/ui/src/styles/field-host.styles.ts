/**
 * The host of an element that stands in a section as one item (a field, an attachment slot): a
 * block with the gap between items, the section's font, hidden when the rules hide it.
 */
import { css } from 'lit';

/** Section item host styles, first in an element's `static styles` list. */
export const fieldHostStyles = css`
  :host {
    display: block;
    margin: 0 0 var(--shenbao-field-gap, 12px);
    font: inherit;
    color: var(--shenbao-text-color, #1f2329);
  }
  :host([hidden]) {
    display: none;
  }
`;
