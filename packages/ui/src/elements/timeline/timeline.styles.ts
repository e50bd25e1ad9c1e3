/** Styles of `<shenbao-timeline>`: a vertical line with one dot per entry, readable on a 375 px phone. */
import { css } from 'lit';

/** The timeline's shadow styles. */
export const timelineStyles = css`
  p {
    margin: 0;
  }
  .status {
    margin: 0 0 12px;
  }
  .badge {
    display: inline-block;
    padding: 0 8px;
    border-radius: 999px;
    color: #fff;
    background: var(--shenbao-muted-color, #6b7280);
  }
  .badge.submitted {
    background: var(--shenbao-accent-color, #1565c0);
  }
  .badge.approved {
    background: var(--shenbao-success-color, #2e7d32);
  }
  .badge.returned {
    background: var(--shenbao-error-color, #c62828);
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .entry {
    position: relative;
    padding: 0 0 16px 24px;
    border-left: 2px solid var(--shenbao-divider-color, #e5e6eb);
    margin-left: 6px;
  }
  .entry:last-child {
    border-left-color: transparent;
  }
  .entry::before {
    content: '';
    position: absolute;
    left: -8px;
    top: 4px;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    border: 2px solid var(--shenbao-surface-color, #fff);
    background: var(--shenbao-accent-color, #1565c0);
  }
  .entry.approved::before {
    background: var(--shenbao-success-color, #2e7d32);
  }
  .entry.returned::before {
    background: var(--shenbao-error-color, #c62828);
  }
  .what {
    display: flex;
    flex-wrap: wrap;
    gap: 0 8px;
  }
  .change,
  .meta {
    color: var(--shenbao-muted-color, #6b7280);
    font-size: 0.875em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 12px;
  }
  .id {
    word-break: break-all;
  }
  .reason {
    margin-top: 4px;
    padding: 4px 8px;
    background: var(--shenbao-notice-background, #f2f6fc);
    border-radius: var(--shenbao-radius, 6px);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .empty {
    color: var(--shenbao-muted-color, #6b7280);
  }
`;
