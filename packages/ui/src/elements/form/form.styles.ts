/**
 * Styles of `<shenbao-form>`: a single column that fits a 375 px phone, sections as cards, a sticky
 * button bar; units on desktops get a centred column.
 */
import { css } from 'lit';

/** The form's shadow styles. */
export const formStyles = css`
  :host {
    display: block;
    max-width: var(--shenbao-max-width, 720px);
    margin-inline: auto;
    font-family: var(--shenbao-font, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    font-size: var(--shenbao-font-size, 16px);
    line-height: 1.5;
    color: var(--shenbao-text-color, #1f2329);
  }
  .title {
    font-size: 1.25em;
    margin: 12px 16px;
  }
  .step h2 {
    font-size: 1.125em;
    margin: 16px;
  }
  .step h2:focus {
    outline: none;
  }
  .section {
    margin: 12px;
    padding: 12px 16px;
    background: var(--shenbao-surface-color, #fff);
    border: 1px solid var(--shenbao-divider-color, #e5e6eb);
    border-radius: var(--shenbao-radius, 6px);
  }
  /* See ShenbaoForm.deferredEstimate: offscreen plain sections of the edited step are drawn when needed. */
  .section.deferred {
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--shenbao-section-estimate, 480px);
  }
  .section-title {
    font-weight: 600;
    margin: 0 0 12px;
  }
  .step-title {
    font-size: 1.0625em;
    margin: 20px 16px 4px;
  }
  .notice {
    margin: 0 0 8px;
    padding: 8px 12px;
    border-radius: var(--shenbao-radius, 6px);
    background: var(--shenbao-notice-background, #f2f6fc);
  }
  .notice.warning {
    background: var(--shenbao-warning-background, #fff7e6);
  }
  .comment {
    margin: 0 0 8px;
    padding: 8px 12px;
    color: var(--shenbao-error-color, #c62828);
    background: var(--shenbao-comment-background, #fdecea);
    border-radius: var(--shenbao-radius, 6px);
  }
  fieldset.item {
    margin: 0 0 12px;
    padding: 8px 12px;
    border: 1px dashed var(--shenbao-border-color, #c9ced6);
    border-radius: var(--shenbao-radius, 6px);
  }
  .summary:empty {
    display: none;
  }
  .summary {
    margin: 8px 16px;
    color: var(--shenbao-error-color, #c62828);
  }
  .actions {
    position: sticky;
    bottom: 0;
    display: flex;
    gap: 12px;
    padding: 12px 16px;
    background: var(--shenbao-surface-color, #fff);
    border-top: 1px solid var(--shenbao-divider-color, #e5e6eb);
  }
  button {
    flex: 1;
    min-height: 44px;
    font: inherit;
    border-radius: var(--shenbao-radius, 6px);
    border: 1px solid var(--shenbao-accent-color, #1565c0);
    cursor: pointer;
  }
  button.primary {
    color: #fff;
    background: var(--shenbao-accent-color, #1565c0);
  }
  button.secondary,
  button.remove {
    color: var(--shenbao-accent-color, #1565c0);
    background: transparent;
  }
  button.remove {
    flex: none;
    padding: 0 16px;
  }
  /* The review desk (issue 8 item 13): record and panel side by side from 1024 px, the panel always in reach. */
  :host([mode='review']) {
    max-width: var(--shenbao-desk-max-width, 1280px);
  }
  .desk {
    container-type: inline-size;
  }
  @container (min-width: 1024px) {
    .desk-grid {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(320px, 400px);
      align-items: start;
    }
    .desk-panel {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow-y: auto;
    }
  }
  .review-mark {
    position: relative;
  }
  .review-mark.changed {
    margin-inline-start: -12px;
    padding-inline-start: 9px;
    border-inline-start: 3px solid var(--shenbao-warning-color, #8a4b00);
  }
  .changed-badge {
    display: inline-block;
    margin: 0 0 2px;
    padding: 0 6px;
    font-size: 0.8125em;
    color: #fff;
    background: var(--shenbao-warning-color, #8a4b00);
    border-radius: var(--shenbao-radius, 6px);
  }
  .review-mark.revealable {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    column-gap: 8px;
  }
  .review-mark.revealable .changed-badge {
    grid-column: 1 / -1;
    justify-self: start;
  }
  button.reveal {
    flex: none;
    min-height: 44px;
    margin: 0;
    padding: 0 12px;
    color: var(--shenbao-accent-color, #1565c0);
    background: transparent;
  }

  .tick-row {
    margin: 12px;
    padding: 12px 16px;
    background: var(--shenbao-surface-color, #fff);
    border: 1px solid var(--shenbao-divider-color, #e5e6eb);
    border-radius: var(--shenbao-radius, 6px);
  }
  .tick-box {
    display: flex;
    gap: 8px;
    align-items: flex-start;
    min-height: 44px;
    cursor: pointer;
  }
  .tick-box input {
    width: 20px;
    height: 20px;
    margin-top: 2px;
    flex: none;
    accent-color: var(--shenbao-accent-color, #1565c0);
  }
  .tick-row .error {
    display: block;
    color: var(--shenbao-error-color, #c62828);
    font-size: 0.875em;
    margin-top: 4px;
  }
  .success .tick {
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    background: var(--shenbao-success-color, #2e7d32);
    color: #fff;
  }
  .success .next,
  .success .record-no,
  .approved {
    margin: 8px 16px;
  }
  .success .record-no {
    font-variant-numeric: tabular-nums;
  }
`;
