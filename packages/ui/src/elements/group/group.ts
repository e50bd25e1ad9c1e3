/**
 * `<shenbao-group>`: a repeatable group (teachers, institutions, education records) with its count
 * rule explained beside it; adding is disabled at the maximum. The items are the form's light-DOM
 * children (so every field stays in the form's tree); removing is on each item.
 */
import { css, html, nothing } from 'lit';
import { text, type Locale } from '@shenbao/core';
import { ShenbaoGroupAddEvent } from '../../events/shenbao-group-add-event.js';
import { outlineButtonStyles } from '../../styles/outline-button.styles.js';
import { LocalizedElement } from '../../localized-element.js';

/**
 * A repeatable group.
 *
 * @slot - The group's items.
 * @csspart header - Label, count rule and the add button.
 * @csspart label - The group's label.
 * @csspart add - The add button.
 * @csspart error - The group's error (e.g. a wrong number of teachers).
 * @event shenbao-group-add - The add button was pressed.
 */
export class ShenbaoGroup extends LocalizedElement {
  static override properties = {
    label: { type: String },
    count: { type: Number },
    min: { type: Number },
    max: { type: Number },
    error: { attribute: false },
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    locale: { type: String },
  };
  static override styles = css`
    :host {
      display: block;
      margin: 0 0 12px;
    }
    :host([hidden]) {
      display: none;
    }
    .mark {
      color: var(--shenbao-error-color, #c62828);
      margin-inline-end: 2px;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin: 0 0 8px;
    }
    .rule {
      font-size: 0.875em;
      color: var(--shenbao-hint-color, #4e5969);
    }
    .error {
      color: var(--shenbao-error-color, #c62828);
      font-size: 0.875em;
    }
    ${outlineButtonStyles}
    button:disabled {
      opacity: 0.5;
    }
  `;

  declare label: string;
  declare count: number;
  declare min: number;
  declare max: number;
  declare error: string | undefined;
  /** The rules require the group (its label gets the required mark). */
  declare required: boolean;
  declare readonly: boolean;
  declare locale: Locale;

  constructor() {
    super();
    this.label = '';
    this.count = 0;
    this.min = 0;
    this.max = Infinity;
    this.required = false;
    this.readonly = false;
    this.locale = 'zh-CN';
  }

  /** Focuses the add button (the group's own control). */
  override focus(): void {
    this.renderRoot.querySelector('button')?.focus();
  }

  private rule(): string {
    const { min, max, count, locale } = this;
    const bounded = Number.isFinite(max);
    if (min > 0 && bounded) return text('group.range', locale, { min, max, count });
    if (min > 0) return text('group.atLeast', locale, { min, count });
    if (bounded) return text('group.atMost', locale, { max, count });
    return text('group.count', locale, { count });
  }

  override render() {
    const full = this.count >= this.max;
    return html`<div role="group" aria-labelledby="label" aria-describedby="rule">
      <div part="header" class="header">
        <strong part="label" id="label">${this.required ? html`<span class="mark" aria-hidden="true">*</span>` : nothing}${this.label}</strong>
        <span class="rule" id="rule">${this.rule()}</span>
        ${this.readonly
          ? nothing
          : html`<button part="add" type="button" ?disabled=${full} aria-describedby="rule" @click=${() => this.dispatchEvent(new ShenbaoGroupAddEvent())}>
              ${text('group.add', this.locale)}
            </button>`}
      </div>
      ${this.error ? html`<p part="error" class="error" role="alert">${this.error}</p>` : nothing}
      <slot></slot>
    </div>`;
  }
}
