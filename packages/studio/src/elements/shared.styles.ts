/**
 * Styles shared by the studio's elements: type, buttons, inputs, focus ring, status badges.
 */
import { css } from 'lit';

/** Base styles of every studio element. */
export const studioBase = css`
  :host {
    font-family: system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    color: #1f2328;
    font-size: 15px;
    line-height: 1.5;
  }
  button,
  select,
  input,
  textarea {
    font: inherit;
  }
  button {
    border: 1px solid #0b57a4;
    background: #fff;
    color: #0b57a4;
    border-radius: 4px;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  button.primary {
    background: #0b57a4;
    color: #fff;
  }
  button.danger {
    border-color: #a4161a;
    color: #a4161a;
  }
  button:disabled {
    border-color: #8c959f;
    color: #57606a;
    background: #f6f8fa;
    cursor: not-allowed;
  }
  select {
    max-width: 100%;
  }
  input,
  select,
  textarea {
    border: 1px solid #6e7781;
    border-radius: 4px;
    padding: 0.2rem 0.4rem;
    background: #fff;
    color: #1f2328;
  }
  :focus-visible {
    outline: 3px solid #f0b400;
    outline-offset: 2px;
  }
  .badge {
    display: inline-block;
    border-radius: 999px;
    padding: 0 0.5rem;
    font-size: 13px;
    white-space: nowrap;
  }
  .badge.inherited,
  .badge.base {
    background: #eaeef2;
    color: #32383f;
  }
  .badge.changed {
    background: #fff1d6;
    color: #7a3e00;
  }
  .badge.new {
    background: #dcf5e3;
    color: #0f5323;
  }
  .pass {
    color: #0f5323;
  }
  .fail {
    color: #a4161a;
    font-weight: 600;
  }
  .problem {
    color: #a4161a;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    border-bottom: 1px solid #d0d7de;
    padding: 0.3rem 0.4rem;
    text-align: left;
    vertical-align: top;
  }
  th {
    background: #f6f8fa;
    font-weight: 600;
  }
`;
