/**
 * Styles of `<shenbao-field>`: phone first (full-width controls, 44 px touch targets), themable
 * through CSS custom properties.
 */
import { css } from 'lit';
import { labelStyles } from '../../styles/label.styles.js';

/** The field's shadow styles. */
export const fieldStyles = css`
  .row {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  ${labelStyles}
  /* The label always holds the required mark; the host's reflected required attribute shows it. */
  :host(:not([required])) .mark {
    display: none;
  }
  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 8px 10px;
    font: inherit;
    color: inherit;
    background: var(--shenbao-control-background, #fff);
    border: 1px solid var(--shenbao-border-color, #c9ced6);
    border-radius: var(--shenbao-radius, 6px);
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 20px;
    height: 20px;
    margin: 0 6px 0 0;
  }
  :focus-visible {
    outline: 2px solid var(--shenbao-accent-color, #1565c0);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--shenbao-error-color, #c62828) !important;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .yes-no {
    display: inline-grid;
    grid-template-columns: 1fr 1fr;
    gap: 0;
    width: min(100%, 240px);
    border: 1px solid var(--shenbao-border-color, #c9ced6);
    border-radius: var(--shenbao-radius, 6px);
    overflow: hidden;
  }
  .yes-no[aria-invalid='true'] {
    border-color: var(--shenbao-error-color, #c62828);
  }
  .segment {
    position: relative;
    justify-content: center;
    cursor: pointer;
  }
  .segment + .segment {
    border-inline-start: 1px solid var(--shenbao-border-color, #c9ced6);
  }
  .segment input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segment:has(input:checked) {
    background: var(--shenbao-accent-color, #1565c0);
    color: #fff;
  }
  .segment:has(input:focus-visible) {
    outline: 2px solid var(--shenbao-accent-color, #1565c0);
    outline-offset: 2px;
    z-index: 1;
  }
  .error {
    color: var(--shenbao-error-color, #c62828);
    font-size: 0.875em;
  }
  .hint {
    color: var(--shenbao-hint-color, #4e5969);
    font-size: 0.875em;
  }
  .readonly {
    flex-direction: row;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 12px;
    padding: 6px 0;
    border-bottom: 1px solid var(--shenbao-divider-color, #eef0f3);
  }
  .value {
    text-align: end;
    word-break: break-all;
  }
  .value.missing {
    color: var(--shenbao-error-color, #c62828);
  }
  .lookup {
    position: relative;
  }
  .options {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    margin: 2px 0 0;
    padding: 4px 0;
    list-style: none;
    max-height: 240px;
    overflow: auto;
    background: var(--shenbao-control-background, #fff);
    border: 1px solid var(--shenbao-border-color, #c9ced6);
    border-radius: var(--shenbao-radius, 6px);
  }
  .options li {
    padding: 10px 12px;
    cursor: pointer;
  }
  .options li[aria-selected='true'] {
    background: var(--shenbao-selected-background, #e8f0fe);
  }
  /* The region widget: 市/州 and 区县 side by side where they fit, one above the other on a phone. */
  .cascade {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
  }
  .cascade-part {
    display: flex;
    flex: 1 1 10em;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  .cascade-label {
    font-size: 0.875em;
    color: var(--shenbao-hint-color, #4e5969);
  }
  select:disabled {
    color: var(--shenbao-hint-color, #4e5969);
    background: var(--shenbao-disabled-background, #f2f3f5);
  }
`;
