/**
 * The host of an element shown as a card of its own beside the form (the review panel, the
 * progress timeline): a bordered surface with the form's font and colours, and its heading.
 */
import { css } from 'lit';

/** Card host styles, first in an element's `static styles` list. */
export const cardHostStyles = css`
  :host {
    display: block;
    margin: 12px;
    padding: 12px 16px;
    font-family: var(--shenbao-font, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    line-height: 1.5;
    color: var(--shenbao-text-color, #1f2329);
    background: var(--shenbao-surface-color, #fff);
    border: 1px solid var(--shenbao-divider-color, #e5e6eb);
    border-radius: var(--shenbao-radius, 6px);
  }
  h2 {
    font-size: 1em;
    margin: 0 0 8px;
  }
`;
