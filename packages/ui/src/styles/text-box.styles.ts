/**
 * The comment box and the action select of the review panel and the document viewer: full width,
 * 44 px touch target, the theme's border and radius; a comment box grows downwards only.
 */
import { css } from 'lit';

/** Text-box styles (`textarea`, `select`), listed in an element's `styles` before its own. */
export const textBoxStyles = css`
  textarea,
  select {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 8px;
    font: inherit;
    color: inherit;
    background: var(--shenbao-surface-color, #fff);
    border: 1px solid var(--shenbao-border-color, #c9ced6);
    border-radius: var(--shenbao-radius, 6px);
  }
  textarea {
    resize: vertical;
  }
`;
