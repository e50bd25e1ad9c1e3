/**
 * `<shenbao-steps>`: the wizard's progress indicator (COMMON-1): every step by name, the current one
 * marked for eyes (colour, number) and for screen readers (`aria-current="step"` and a text).
 */
import { css, html } from 'lit';
import type { Locale } from '@shenbao/core';
import { visuallyHiddenStyles } from '../../styles/visually-hidden.styles.js';
import { t } from '../../ui-texts.js';
import { LocalizedElement } from '../../localized-element.js';

/**
 * The progress of a wizard.
 *
 * @csspart list - The ordered list of steps.
 * @csspart step - Each step.
 * @cssproperty [--shenbao-accent-color=#1565c0] - Done and current steps.
 */
export class ShenbaoSteps extends LocalizedElement {
  static override properties = {
    steps: { attribute: false },
    current: { type: Number },
    locale: { type: String },
  };
  static override styles = [visuallyHiddenStyles, css`
    :host {
      display: block;
      margin: 0 12px;
    }
    ol {
      display: flex;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: step;
    }
    li {
      flex: 1;
      min-width: 0;
      text-align: center;
      font-size: 0.75em;
      color: var(--shenbao-muted-color, #6b7280);
      counter-increment: step;
    }
    li::before {
      content: counter(step);
      display: block;
      width: 24px;
      height: 24px;
      margin: 0 auto 2px;
      line-height: 24px;
      border-radius: 50%;
      border: 1px solid currentColor;
    }
    li.done,
    li[aria-current='step'] {
      color: var(--shenbao-accent-color, #1565c0);
    }
    li[aria-current='step']::before {
      color: #fff;
      background: var(--shenbao-accent-color, #1565c0);
    }
  `];

  declare steps: string[];
  declare current: number;
  declare locale: Locale;

  constructor() {
    super();
    this.steps = [];
    this.current = 0;
    this.locale = 'zh-CN';
  }

  override render() {
    return html`<nav aria-label=${t('progressNav', this.locale)}>
      <p class="sr" aria-live="polite">${t('progress', this.locale, { n: this.current + 1, total: this.steps.length })}：${this.steps[this.current] ?? ''}</p>
      <ol part="list">
        ${this.steps.map((name, i) => html`<li part="step" class=${i < this.current ? 'done' : ''} aria-current=${i === this.current ? 'step' : 'false'}>${name}</li>`)}
      </ol>
    </nav>`;
  }
}
