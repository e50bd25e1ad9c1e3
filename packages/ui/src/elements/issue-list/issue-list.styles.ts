/** Styles of `<shenbao-issue-list>`: a card with a red edge, one line per problem, links as large tap targets. */
import { css } from 'lit';

/** The issue list's shadow styles. */
export const issueListStyles = css`
  :host {
    display: block;
    font-family: var(--shenbao-font, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    line-height: 1.5;
    color: var(--shenbao-text-color, #1f2329);
  }
  .list {
    margin: 12px;
    padding: 12px 16px;
    background: var(--shenbao-issue-background, #fdecea);
    border: 1px solid var(--shenbao-error-color, #c62828);
    border-inline-start-width: 4px;
    border-radius: var(--shenbao-radius, 6px);
  }
  h2 {
    font-size: 1em;
    margin: 0 0 4px;
    color: var(--shenbao-error-color, #c62828);
  }
  h2:focus {
    outline: 2px solid var(--shenbao-accent-color, #1565c0);
    outline-offset: 2px;
  }
  .hint {
    margin: 0 0 8px;
    font-size: 0.875em;
  }
  ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  li {
    margin: 4px 0;
    overflow-wrap: anywhere;
  }
  a {
    color: #8e1c1c;
    /* Two lines of a long item are one tap target of at least 24 px (WCAG 2.5.8). */
    line-height: 1.6;
  }
  .place {
    font-weight: 600;
    margin-inline-end: 0.5em;
  }
  .place:empty {
    display: none;
  }
`;
