/** Styles of the door's error panel (definition-door.ts): readable at 375 px, long pointers wrap. */
import { css } from 'lit';

export const doorStyles = css`
  .door {
    margin: 12px;
    padding: 12px 16px;
    border: 1px solid var(--shenbao-error-color, #c62828);
    border-left-width: 4px;
    border-radius: var(--shenbao-radius, 6px);
    background: var(--shenbao-error-background, #fdecea);
    color: var(--shenbao-text-color, #1f2329);
  }
  .door:focus-visible {
    outline: 2px solid var(--shenbao-accent-color, #1565c0);
    outline-offset: 2px;
  }
  .door h2 {
    margin: 0 0 4px;
    font-size: 1.0625em;
    color: var(--shenbao-error-color, #c62828);
  }
  .door p {
    margin: 0 0 8px;
  }
  .door ol {
    margin: 0;
    padding-left: 1.5em;
  }
  .door li {
    margin: 6px 0;
  }
  .door .where,
  .door .what {
    display: block;
    overflow-wrap: anywhere;
  }
  .door code {
    overflow-wrap: normal;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .door code span {
    white-space: nowrap;
  }
  .door .line {
    color: var(--shenbao-muted-color, #5f6b7a);
  }
`;
