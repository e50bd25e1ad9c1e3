/**
 * States every interactive control shares: disabled buttons look and feel unavailable, and the
 * keyboard focus ring uses the accent colour (keyboard-only use, WCAG 2.4.7).
 */
import { css } from 'lit';

/** Disabled-button and focus-ring styles, for an element's `static styles` list. */
export const controlStateStyles = css`
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 2px solid var(--shenbao-accent-color, #1565c0);
    outline-offset: 2px;
  }
`;
