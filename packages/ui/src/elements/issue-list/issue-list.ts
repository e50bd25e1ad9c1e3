/**
 * `<shenbao-issue-list>`: every problem of a declaration as one list at the top of the
 * confirmation (信息确认) and the read-only views — fields, hidden fields, attachments and the
 * record as a whole — each with where it is, and a link that moves focus to its place when it has
 * one on screen. Clicking a link fires `shenbao-issue-select`; `<shenbao-form>` moves focus.
 */
import { html, nothing } from 'lit';
import { text, type Locale } from '@shenbao/core';
import { issueListStyles } from './issue-list.styles.js';
import { controlStateStyles } from '../../styles/control-states.styles.js';
import { ShenbaoIssueSelectEvent } from '../../events/shenbao-issue-select-event.js';
import { LocalizedElement } from '../../localized-element.js';

/** One line of the list. */
export interface IssueListItem {
  /** The issue's path (JSON Pointer; "" for the record as a whole). */
  path: string;
  /** The issue's code (`required`, `attachment-min`, …). */
  code: string;
  /** Where it is, for a reader: the field or slot label with its section ("学历信息 · 毕业证书"). */
  place: string;
  /** The message of `evaluate()`. */
  message: string;
  /** It has a place on screen to move focus to (false: hidden field, the record as a whole). */
  linked: boolean;
}


/**
 * The list of a declaration's problems. Renders nothing when `items` is empty.
 *
 * @csspart list - The card around the list.
 * @csspart heading - "还有 N 处需要处理".
 * @csspart item - One problem.
 * @csspart link - The link of a problem with a place on screen.
 * @cssproperty [--shenbao-error-color=#c62828] - The card's edge and the heading.
 * @event shenbao-issue-select - A problem was chosen; `detail.path` is its path (the form moves focus there).
 */
export class ShenbaoIssueList extends LocalizedElement {
  static override styles = [controlStateStyles, issueListStyles];
  static override properties = {
    items: { attribute: false },
    locale: { type: String },
  };

  declare items: readonly IssueListItem[];
  declare locale: Locale;

  constructor() {
    super();
    this.items = [];
    this.locale = 'zh-CN';
  }

  /** Moves focus to the list's heading (確定 with problems lands here). */
  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector('[data-heading]') as HTMLElement | null)?.focus(options);
  }

  override render() {
    const items = this.items;
    if (!items.length) return nothing;
    return html`<section part="list" class="list" role="region" aria-labelledby="heading">
      <h2 part="heading" id="heading" tabindex="-1" data-heading>${text('issues.heading', this.locale, { count: items.length })}</h2>
      ${items.some((i) => i.linked) ? html`<p class="hint">${text('issues.hint', this.locale)}</p>` : nothing}
      <ol>
        ${items.map(
          (item) => html`<li part="item" data-path=${item.path} data-code=${item.code}>
            ${item.linked
              ? html`<a part="link" href="#" @click=${(e: Event) => {
                  e.preventDefault();
                  this.dispatchEvent(new ShenbaoIssueSelectEvent(item.path));
                }}><span class="place">${item.place}</span>${item.message}</a>`
              : html`<span class="place">${item.place}</span>${item.message}`}
          </li>`,
        )}
      </ol>
    </section>`;
  }
}
