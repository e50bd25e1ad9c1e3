/**
 * The label of a field or an attachment slot, and the red required mark before it.
 */
import { css } from 'lit';

/** `.label` and `.mark` (required) styles, interpolated into an element's `css`. */
export const labelStyles = css`
  .label {
    font-size: 0.9375em;
    color: var(--shenbao-label-color, #1f2329);
  }
  .mark {
    color: var(--shenbao-error-color, #c62828);
    margin-inline-end: 2px;
  }
`;
