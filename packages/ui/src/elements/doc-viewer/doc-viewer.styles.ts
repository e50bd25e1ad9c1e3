/**
 * Styles of `<shenbao-doc-viewer>`: a full-screen modal dialog; the document fills what is left
 * after the title and the tool bar; the comment box sits beside it from 768 px and under it on a phone.
 */
import { css } from 'lit';
import { outlineButtonStyles } from '../../styles/outline-button.styles.js';

/** The viewer's shadow styles. */
export const docViewerStyles = css`
  :host {
    font-family: var(--shenbao-font, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    line-height: 1.5;
  }
  dialog {
    box-sizing: border-box;
    width: 100vw;
    max-width: 100vw;
    height: 100dvh;
    max-height: 100dvh;
    margin: 0;
    padding: 0;
    border: 0;
    color: var(--shenbao-text-color, #1f2329);
    background: var(--shenbao-surface-color, #fff);
  }
  dialog[open] {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  header {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 8px 12px;
    border-bottom: 1px solid var(--shenbao-divider-color, #e5e6eb);
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .count {
    color: var(--shenbao-muted-color, #6b7280);
    white-space: nowrap;
  }
  .main {
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
    min-height: 0;
  }
  .stage {
    display: flex;
    min-height: 0;
    overflow: auto;
    background: var(--shenbao-viewer-background, #2b2f36);
  }
  .frame {
    position: relative;
    flex: none;
    margin: auto;
  }
  .frame img {
    position: absolute;
    left: 50%;
    top: 50%;
    max-width: none;
    transform-origin: center;
  }
  .other {
    margin: auto;
    padding: 24px;
    color: #fff;
    text-align: center;
  }
  .other a {
    color: #fff;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    padding: 8px 12px;
    border-top: 1px solid var(--shenbao-divider-color, #e5e6eb);
  }
  .tools .zoom {
    align-self: center;
    min-width: 4em;
    text-align: center;
    color: var(--shenbao-muted-color, #6b7280);
  }
  ${outlineButtonStyles}
  button {
    padding: 0 12px;
  }
  button.primary {
    color: #fff;
    background: var(--shenbao-accent-color, #1565c0);
  }
  .keys {
    margin: 0;
    padding: 0 12px 8px;
    font-size: 0.8125em;
    color: var(--shenbao-muted-color, #6b7280);
  }
  aside {
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 8px 12px 12px;
    border-top: 1px solid var(--shenbao-divider-color, #e5e6eb);
  }
  aside label {
    font-weight: 600;
  }
  .status {
    margin: 0;
    min-height: 1.5em;
    font-size: 0.875em;
    color: var(--shenbao-success-color, #2e7d32);
  }
  @media (min-width: 768px) {
    dialog.with-comment[open] {
      grid-template-columns: minmax(0, 1fr) 320px;
      grid-template-rows: auto minmax(0, 1fr) auto;
    }
    header {
      grid-column: 1 / -1;
    }
    .keys {
      grid-column: 1;
    }
    aside {
      grid-row: 2 / span 2;
      grid-column: 2;
      border-top: 0;
      border-left: 1px solid var(--shenbao-divider-color, #e5e6eb);
    }
  }
`;
