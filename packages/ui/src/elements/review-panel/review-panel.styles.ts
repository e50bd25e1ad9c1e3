/** Styles of `<shenbao-review-panel>`: one column on a 375 px phone, 44 px touch targets. */
import { css } from 'lit';
import { outlineButtonStyles } from '../../styles/outline-button.styles.js';

/** The review panel's shadow styles. */
export const reviewPanelStyles = css`
  .row {
    display: flex;
    flex-direction: column;
    gap: 4px;
    margin: 0 0 12px;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    margin: 0 0 8px;
    font-size: 0.875em;
    color: var(--shenbao-muted-color, #6b7280);
  }
  .row .hint {
    margin: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--shenbao-error-color, #c62828);
  }
  .error {
    color: var(--shenbao-error-color, #c62828);
    font-size: 0.875em;
  }
  fieldset.comments {
    margin: 0 0 12px;
    padding: 8px 12px;
    border: 1px dashed var(--shenbao-border-color, #c9ced6);
    border-radius: var(--shenbao-radius, 6px);
  }
  ul {
    margin: 0 0 12px;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 4px 0;
    border-bottom: 1px solid var(--shenbao-divider-color, #e5e6eb);
  }
  li p {
    flex: 1;
    min-width: 0;
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  li .target {
    font-weight: 600;
  }
  ${outlineButtonStyles}
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
  }
  .actions button {
    flex: 1 1 auto;
    padding: 0 8px;
    white-space: nowrap;
  }
  button.approve {
    color: #fff;
    background: var(--shenbao-success-color, #2e7d32);
    border-color: var(--shenbao-success-color, #2e7d32);
  }
  button.return {
    color: #fff;
    background: var(--shenbao-error-color, #c62828);
    border-color: var(--shenbao-error-color, #c62828);
  }
  h3.given {
    font-size: 0.9375em;
    margin: 0 0 4px;
  }
`;
