/**
 * The outlined accent button of the review panel, the document viewer and repeatable groups:
 * 44 px touch target, accent-coloured text and border on a transparent ground.
 */
import { css } from 'lit';

/** Outlined-button styles, interpolated into an element's `css` (an element may narrow the padding after it). */
export const outlineButtonStyles = css`
  button {
    min-height: 44px;
    min-width: 44px;
    padding: 0 16px;
    font: inherit;
    color: var(--shenbao-accent-color, #1565c0);
    background: transparent;
    border: 1px solid var(--shenbao-accent-color, #1565c0);
    border-radius: var(--shenbao-radius, 6px);
    cursor: pointer;
  }
`;
