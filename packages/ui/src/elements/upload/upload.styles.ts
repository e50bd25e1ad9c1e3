/**
 * Styles of `<shenbao-upload>`: phone first (thumbnails wrap, 44 px touch targets), themable through
 * CSS custom properties.
 */
import { css } from 'lit';
import { labelStyles } from '../../styles/label.styles.js';

/** The upload element's shadow styles. */
export const uploadStyles = css`
  .upload {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .upload:focus {
    outline: none;
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  ${labelStyles}
  .rule,
  .hint,
  .wait,
  .size {
    font-size: 0.875em;
    color: var(--shenbao-hint-color, #4e5969);
  }
  .hint,
  .wait {
    margin: 0;
  }
  .comment {
    margin: 0;
    padding: 8px 12px;
    color: var(--shenbao-error-color, #c62828);
    background: var(--shenbao-comment-background, #fdecea);
    border-inline-start: 4px solid var(--shenbao-error-color, #c62828);
    border-radius: var(--shenbao-radius, 6px);
  }
  .files,
  .places {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item,
  .place {
    display: flex;
    flex-direction: column;
    gap: 6px;
    min-width: 0;
    width: calc(var(--shenbao-thumb-size, 96px) + 60px);
  }
  .place {
    flex: 1 1 0;
    width: auto;
    min-width: calc(var(--shenbao-thumb-size, 96px) + 20px);
    padding: 8px;
    border: 1px dashed var(--shenbao-border-color, #c9ced6);
    border-radius: var(--shenbao-radius, 6px);
  }
  .place-name {
    font-weight: 600;
  }
  .file {
    display: flex;
    flex-direction: column;
    gap: 4px;
    margin: 0;
  }
  .thumb,
  .chip {
    box-sizing: border-box;
    width: var(--shenbao-thumb-size, 96px);
    height: var(--shenbao-thumb-size, 96px);
    border: 1px solid var(--shenbao-border-color, #c9ced6);
    border-radius: var(--shenbao-radius, 6px);
  }
  button.open {
    display: block;
    padding: 0;
    border: 0;
    background: none;
    border-radius: var(--shenbao-radius, 6px);
    cursor: zoom-in;
  }
  .thumb {
    display: block;
    object-fit: cover;
    background: #f5f6f7;
  }
  .chip {
    display: flex;
    align-items: center;
    justify-content: center;
    font-weight: 700;
    color: var(--shenbao-accent-color, #1565c0);
    background: var(--shenbao-chip-background, #e8f0fe);
  }
  .caption {
    font-size: 0.875em;
    word-break: break-all;
  }
  .actions,
  .add {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  button {
    min-height: 44px;
    min-width: 44px;
    padding: 0 14px;
    font: inherit;
    color: var(--shenbao-accent-color, #1565c0);
    background: var(--shenbao-control-background, #fff);
    border: 1px solid var(--shenbao-accent-color, #1565c0);
    border-radius: var(--shenbao-radius, 6px);
    cursor: pointer;
  }
  button.danger {
    color: var(--shenbao-error-color, #c62828);
    border-color: var(--shenbao-error-color, #c62828);
  }
  .pending {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  progress {
    flex: 1;
    min-width: 0;
    height: 8px;
    accent-color: var(--shenbao-accent-color, #1565c0);
  }
  .percent {
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .errors:empty {
    margin-block-start: -8px; /* no gap for an empty live region (it stays rendered so it announces) */
  }
  .offers {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .error,
  .missing.required {
    margin: 0;
    color: var(--shenbao-error-color, #c62828);
    font-size: 0.875em;
  }
  .missing {
    margin: 0;
  }
  .rule-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
  }
  button.sample {
    min-height: 32px;
    padding: 2px 10px;
    font-size: 0.875em;
  }
  .sample-dialog {
    width: min(480px, calc(100vw - 32px));
    max-height: calc(100vh - 32px);
    padding: 12px 16px 16px;
    border: 1px solid var(--shenbao-border-color, #c9ced6);
    border-radius: var(--shenbao-radius, 6px);
    box-sizing: border-box;
  }
  .sample-dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .sample-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin-bottom: 8px;
  }
  .sample-title {
    margin: 0;
    font-size: 1em;
  }
  .sample-drawing,
  .sample-image {
    display: block;
    width: 100%;
    height: auto;
    max-height: calc(100vh - 120px);
  }
`;
