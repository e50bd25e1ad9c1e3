/**
 * Text for screen readers only (`.sr`, `.visually-hidden`): shared by every element that announces
 * something it does not show (progress, live status).
 */
import { css } from 'lit';

/** The visually-hidden utility class, for an element's `static styles` list. */
export const visuallyHiddenStyles = css`
  .sr,
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
