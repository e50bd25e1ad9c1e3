/**
 * `<studio-rule-card>`: one rule as policy staff read it — the sentence built from labels, the
 * description, the requirement ID, whether it is inherited, changed or new, and the lint problems
 * `shenbao rules check` would report for it.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { FileProblem } from '@shenbao/core';
import { requirementOf, type PackRule } from '@shenbao/rules';
import { statusLabels, type ChangeStatus } from '../../model/pack-edit.js';
import { RuleCardEvent, type RuleCardEventName } from '../../events/rule-card-event.js';
import { studioBase } from '../shared.styles.js';

/**
 * A rule card.
 *
 * @fires {RuleCardEvent} rule-edit - 编辑 was pressed; `detail` is the rule id.
 * @fires {RuleCardEvent} rule-remove - 删除 was pressed; `detail` is the rule id.
 */
export class StudioRuleCard extends LitElement {
  static override styles = [
    studioBase,
    css`
      :host {
        display: block;
      }
      article {
        border: 1px solid #d0d7de;
        border-left: 4px solid #8c959f;
        border-radius: 6px;
        padding: 0.6rem 0.8rem;
        background: #fff;
      }
      article.changed {
        border-left-color: #b35900;
      }
      article.new {
        border-left-color: #1a7f37;
      }
      article.has-problems {
        border-color: #a4161a;
      }
      .sentence {
        font-size: 16px;
        margin: 0 0 0.3rem;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        color: #424a53;
        font-size: 14px;
      }
      .meta code {
        font-size: 13px;
      }
      .actions {
        margin-left: auto;
        display: flex;
        gap: 0.4rem;
      }
      ul {
        margin: 0.4rem 0 0;
        padding-left: 1.2rem;
      }
      h4 {
        margin: 0;
        font-size: 14px;
        font-weight: 600;
      }
    `,
  ];
  static override properties = {
    rule: { attribute: false },
    sentence: { type: String },
    status: { type: String },
    problems: { attribute: false },
    expanded: { type: Boolean },
  };

  declare rule: PackRule | undefined;
  declare sentence: string;
  declare status: ChangeStatus;
  declare problems: readonly FileProblem[];
  /** True while the rule's editor is open (for `aria-expanded`). */
  declare expanded: boolean;

  constructor() {
    super();
    this.rule = undefined;
    this.sentence = '';
    this.status = 'inherited';
    this.problems = [];
    this.expanded = false;
  }

  #fire(type: RuleCardEventName): void {
    this.dispatchEvent(new RuleCardEvent(type, this.rule?.id));
  }

  override render() {
    const rule = this.rule;
    if (!rule) return nothing;
    const titleId = 'sentence';
    return html`<article class="${this.status} ${this.problems.length ? 'has-problems' : ''}" aria-labelledby=${titleId}>
      <p class="sentence" id=${titleId}>${this.sentence}</p>
      <div class="meta">
        <span>${rule.description}</span>
        <span>需求 <code>${requirementOf(rule.id)}</code></span>
        <span>规则 ID <code>${rule.id}</code></span>
        <span class="badge ${this.status}">${statusLabels[this.status]}</span>
        <span class="actions">
          <button type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-label=${`编辑规则 ${rule.id}`} @click=${() => this.#fire('rule-edit')}>编辑</button>
          <button type="button" class="danger" aria-label=${`删除规则 ${rule.id}`} @click=${() => this.#fire('rule-remove')}>删除</button>
        </span>
      </div>
      ${this.problems.length
        ? html`<div role="status">
            <h4 class="problem">检查发现 ${this.problems.length} 处问题</h4>
            <ul>
              ${this.problems.map((p) => html`<li class="problem">${p.message}<code>（${p.pointer}）</code></li>`)}
            </ul>
          </div>`
        : nothing}
    </article>`;
  }
}
