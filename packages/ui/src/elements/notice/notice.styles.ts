/**
 * Styles of `<shenbao-notice>`: the on-screen card (375 px phone first) and the stylesheet of the
 * printed document (A4 page, black on white, table lines kept).
 */
import { css } from 'lit';

/** The notice's shadow styles; when the whole host page is printed, its 打印 button is left out. */
export const noticeStyles = css`
  :host {
    display: block;
    margin: 12px;
    font-family: var(--shenbao-font, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    line-height: 1.5;
    color: var(--shenbao-text-color, #1f2329);
  }
  .notice {
    padding: 16px;
    background: var(--shenbao-surface-color, #fff);
    border: 1px solid var(--shenbao-divider-color, #e5e6eb);
    border-radius: var(--shenbao-radius, 6px);
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.25em;
    text-align: center;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0 16px;
    margin: 0 0 12px;
    font-size: 0.875em;
    color: var(--shenbao-muted-color, #6b7280);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 8px;
    text-align: left;
    vertical-align: top;
    border: 1px solid var(--shenbao-border-color, #c9ced6);
    overflow-wrap: anywhere;
  }
  th {
    width: 35%;
    font-weight: 600;
    background: var(--shenbao-notice-background, #f2f6fc);
  }
  .actions {
    display: flex;
    justify-content: center;
    padding: 12px 0 0;
  }
  button {
    min-height: 44px;
    min-width: 8em;
    padding: 0 16px;
    font: inherit;
    color: #fff;
    background: var(--shenbao-accent-color, #1565c0);
    border: 1px solid var(--shenbao-accent-color, #1565c0);
    border-radius: var(--shenbao-radius, 6px);
    cursor: pointer;
  }
  @media print {
    .actions {
      display: none;
    }
    .notice {
      border: 0;
      padding: 0;
    }
  }
`;

/** The stylesheet of the printed notice document (plain CSS text: it goes into the print frame). */
export const printStyles = `
@page { size: A4; margin: 18mm 15mm; }
html { color: #000; background: #fff; font-family: system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'SimSun', sans-serif; font-size: 12pt; line-height: 1.5; }
body { margin: 0; }
.notice { max-width: 180mm; margin: 0 auto; }
h1 { margin: 0 0 8pt; font-size: 18pt; text-align: center; letter-spacing: 0.1em; }
.meta { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 16pt; margin: 0 0 10pt; font-size: 10.5pt; }
table { width: 100%; border-collapse: collapse; }
th, td { padding: 6pt 8pt; text-align: left; vertical-align: top; border: 1px solid #000; overflow-wrap: anywhere; }
th { width: 32%; font-weight: 600; background: #f2f2f2; }
tr { break-inside: avoid; }
@media print {
  html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
