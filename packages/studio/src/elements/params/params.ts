/**
 * `<studio-params>`: the params of a year as a table — name, description, value (an editor by the
 * value's type: number, money, list, text, yes/no) and whether it is inherited or changed.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { PackParam } from '@shenbao/rules';
import { statusLabels, type ChangeStatus } from '../../model/pack-edit.js';
import { ParamChangeEvent } from '../../events/param-change-event.js';
import { studioBase } from '../shared.styles.js';

export type { ParamChangeDetail } from '../../events/param-change-event.js';

/** The editor kind of a param value. */
export type ParamKind = 'number' | 'money' | 'list' | 'boolean' | 'text' | 'json';

/** Picks an editor for a param: money when its name or description says so. */
export function paramKind(name: string, param: PackParam): ParamKind {
  const v = param.value;
  if (typeof v === 'number') return /fee|amount|price|money/i.test(name) || /元|费|金额/.test(param.description) ? 'money' : 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'string') return 'text';
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return 'list';
  return 'json';
}

/**
 * The params table with an editor per value.
 *
 * @fires {ParamChangeEvent} param-change - A value was edited; `detail` is `{ name, value }`.
 */
export class StudioParams extends LitElement {
  static override styles = [
    studioBase,
    css`
      :host {
        display: block;
      }
      input[type='number'] {
        width: 7rem;
      }
      .list {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        align-items: center;
      }
      .list input {
        width: 8rem;
      }
      td.name code {
        font-size: 13px;
      }
    `,
  ];
  static override properties = {
    params: { attribute: false },
    statuses: { attribute: false },
    readonly: { type: Boolean },
  };

  declare params: Record<string, PackParam>;
  /** Status of each param (inherited / changed / new). */
  declare statuses: Record<string, ChangeStatus>;
  declare readonly: boolean;

  constructor() {
    super();
    this.params = {};
    this.statuses = {};
    this.readonly = false;
  }

  #change(name: string, value: unknown): void {
    this.dispatchEvent(new ParamChangeEvent({ name, value }));
  }

  #editor(name: string, param: PackParam) {
    const kind = paramKind(name, param);
    const label = `${param.description}（${name}）的值`;
    if (kind === 'number' || kind === 'money') {
      return html`<input
          type="number"
          step=${kind === 'money' ? '0.01' : '1'}
          aria-label=${label}
          .value=${String(param.value)}
          ?disabled=${this.readonly}
          @change=${(e: Event) => {
            const n = Number((e.target as HTMLInputElement).value);
            if (Number.isFinite(n)) this.#change(name, n);
          }}
        />${kind === 'money' ? html` 元` : nothing}`;
    }
    if (kind === 'boolean') {
      return html`<input type="checkbox" aria-label=${label} .checked=${param.value === true} ?disabled=${this.readonly} @change=${(e: Event) => this.#change(name, (e.target as HTMLInputElement).checked)} />`;
    }
    if (kind === 'text') {
      return html`<input aria-label=${label} .value=${String(param.value)} ?disabled=${this.readonly} @change=${(e: Event) => this.#change(name, (e.target as HTMLInputElement).value)} />`;
    }
    if (kind === 'list') {
      const items = param.value as (string | number)[];
      const numeric = items.length > 0 && items.every((x) => typeof x === 'number');
      const parse = (s: string) => (numeric && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : s);
      return html`<div class="list" role="group" aria-label=${label}>
        ${items.map(
          (item, i) => html`<span
            ><input
              aria-label=${`第 ${i + 1} 项`}
              .value=${String(item)}
              ?disabled=${this.readonly}
              @change=${(e: Event) => this.#change(name, items.map((x, j) => (j === i ? parse((e.target as HTMLInputElement).value) : x)))}
            /><button
              type="button"
              aria-label=${`删除第 ${i + 1} 项`}
              ?disabled=${this.readonly}
              @click=${() => this.#change(name, items.filter((_, j) => j !== i))}
            >
              ×
            </button></span
          >`,
        )}
        <button type="button" ?disabled=${this.readonly} @click=${() => this.#change(name, [...items, numeric ? 0 : ''])}>添加一项</button>
      </div>`;
    }
    return html`<textarea
      aria-label=${label}
      rows="3"
      cols="40"
      ?disabled=${this.readonly}
      .value=${JSON.stringify(param.value)}
      @change=${(e: Event) => {
        try {
          this.#change(name, JSON.parse((e.target as HTMLTextAreaElement).value));
        } catch {
          (e.target as HTMLTextAreaElement).setCustomValidity('不是有效的 JSON');
          (e.target as HTMLTextAreaElement).reportValidity();
        }
      }}
    ></textarea>`;
  }

  override render() {
    const names = Object.keys(this.params);
    if (!names.length) return html`<p>这一年没有参数。</p>`;
    return html`<table>
      <caption class="visually-hidden">参数</caption>
      <thead>
        <tr>
          <th scope="col">名称</th>
          <th scope="col">说明</th>
          <th scope="col">值</th>
          <th scope="col">来源</th>
        </tr>
      </thead>
      <tbody>
        ${names.map((name) => {
          const param = this.params[name]!;
          const status = this.statuses[name] ?? 'inherited';
          return html`<tr data-param=${name}>
            <td class="name"><code>${name}</code></td>
            <td>${param.description}</td>
            <td>${this.#editor(name, param)}</td>
            <td><span class="badge ${status}">${statusLabels[status]}</span></td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}
