/**
 * `<studio-condition>`: the condition builder — a group (全部 / 任一 / 非) of leaf conditions and
 * nested groups. A leaf picks a field by its label (list items too), an operator from the operator
 * registry and a value with an editor for the field's type: an enum's labels, a date input, a
 * number, or a param of the pack.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Condition, LeafCondition, NestedCondition, PackParam } from '@shenbao/rules';
import type { FieldCatalog } from '../../model/field-catalog.js';
import { operatorPhrase, operatorPhrases } from '../../model/operator-phrases.js';
import { ConditionChangeEvent } from '../../events/condition-change-event.js';
import { ConditionRemoveEvent } from '../../events/condition-remove-event.js';
import { studioBase } from '../shared.styles.js';
import { childrenOf, groupLabels, isGroup, kindOf, leafFor, makeGroup, subjectKey, subjectsOf, type GroupKind, type Subject } from './condition-model.js';

const isParamRef = (v: unknown): v is { fact: 'params'; path: string } => typeof v === 'object' && v !== null && (v as { fact?: unknown }).fact === 'params';

/**
 * One group of the condition builder (nested groups are nested elements).
 *
 * @fires {ConditionChangeEvent} condition-change - The group changed; `detail` is the new condition.
 * @fires {ConditionRemoveEvent} condition-remove - 删除此组 was pressed (nested groups only).
 */
export class StudioCondition extends LitElement {
  static override styles = [
    studioBase,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 1px solid #afb8c1;
        border-radius: 6px;
        margin: 0.3rem 0;
        padding: 0.4rem 0.6rem 0.6rem;
      }
      legend {
        font-weight: 600;
        font-size: 14px;
      }
      .leaf {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        align-items: center;
        padding: 0.3rem 0;
        border-bottom: 1px dashed #d0d7de;
      }
      .leaf select.subject {
        max-width: 22rem;
      }
      .options {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.6rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin-top: 0.4rem;
      }
    `,
  ];
  static override properties = {
    condition: { attribute: false },
    catalog: { attribute: false },
    params: { attribute: false },
    forEach: { type: String, attribute: 'for-each' },
    nested: { type: Boolean },
    label: { type: String },
  };

  declare condition: NestedCondition;
  declare catalog: FieldCatalog | undefined;
  declare params: Record<string, PackParam>;
  declare forEach: string | undefined;
  /** True for a group inside another (it can be removed). */
  declare nested: boolean;
  /** The group's name for screen readers (`条件`, `条件组 2`). */
  declare label: string;

  constructor() {
    super();
    this.condition = { all: [] };
    this.catalog = undefined;
    this.params = {};
    this.forEach = undefined;
    this.nested = false;
    this.label = '条件';
  }

  #emit(next: NestedCondition): void {
    this.dispatchEvent(new ConditionChangeEvent(next));
  }

  #setChild(index: number, child: Condition | undefined): void {
    const children = childrenOf(this.condition).slice();
    if (child === undefined) children.splice(index, 1);
    else children[index] = child;
    this.#emit(makeGroup(kindOf(this.condition), children));
  }

  #subjects(): Subject[] {
    return this.catalog ? subjectsOf(this.catalog, this.params, this.forEach) : [];
  }

  #valueEditor(leaf: LeafCondition, index: number, subject: Subject | undefined) {
    const phrase = operatorPhrase(leaf.operator);
    if (phrase.value === 'none') return nothing;
    const n = index + 1;
    const set = (value: unknown) => this.#setChild(index, { ...leaf, value });
    const paramNames = Object.keys(this.params);
    const source = isParamRef(leaf.value) ? leaf.value.path.slice(1) : '';
    const sourceSelect = paramNames.length
      ? html`<select
          aria-label=${`第 ${n} 个条件的比较对象`}
          @change=${(e: Event) => {
            const name = (e.target as HTMLSelectElement).value;
            set(name ? { fact: 'params', path: `/${name}` } : (leafFor(subject ?? { key: '', label: '', group: '', fact: leaf.fact }).value));
          }}
        >
          <option value="" ?selected=${!source}>固定值</option>
          ${paramNames.map((name) => html`<option value=${name} ?selected=${source === name}>参数「${this.params[name]!.description}」（${name}）</option>`)}
        </select>`
      : nothing;
    if (source) return sourceSelect;
    const field = subject?.field;
    const label = `第 ${n} 个条件的值`;
    let editor;
    if (phrase.value === 'list' && field?.options) {
      const chosen = new Set((Array.isArray(leaf.value) ? leaf.value : []).map(String));
      editor = html`<fieldset class="options">
        <legend class="visually-hidden">${label}</legend>
        ${field.options.map(
          (o) => html`<label
            ><input
              type="checkbox"
              .checked=${chosen.has(o.value)}
              @change=${(e: Event) => set(field.options!.filter((x) => (x.value === o.value ? (e.target as HTMLInputElement).checked : chosen.has(x.value))).map((x) => x.value))}
            />${o.label}</label
          >`,
        )}
      </fieldset>`;
    } else if (field?.options) {
      editor = html`<select aria-label=${label} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${field.options.map((o) => html`<option value=${o.value} ?selected=${String(leaf.value) === o.value}>${o.label}</option>`)}
      </select>`;
    } else if (field?.type === 'boolean') {
      editor = html`<select aria-label=${label} @change=${(e: Event) => set((e.target as HTMLSelectElement).value === 'true')}>
        <option value="true" ?selected=${leaf.value === true}>是</option>
        <option value="false" ?selected=${leaf.value === false}>否</option>
      </select>`;
    } else if (phrase.value === 'date' || field?.format === 'date') {
      editor = html`<input type="date" aria-label=${label} .value=${String(leaf.value ?? '')} @change=${(e: Event) => set((e.target as HTMLInputElement).value)} />`;
    } else if (phrase.value === 'number' || leaf.fact === 'count' || field?.type === 'number' || field?.type === 'integer') {
      editor = html`<input type="number" aria-label=${label} .value=${String(leaf.value ?? '')} @change=${(e: Event) => set(Number((e.target as HTMLInputElement).value))} />`;
    } else if (phrase.value === 'list') {
      editor = html`<input
        aria-label=${`${label}（用顿号分隔）`}
        .value=${Array.isArray(leaf.value) ? leaf.value.join('、') : ''}
        @change=${(e: Event) => set((e.target as HTMLInputElement).value.split(/[、,，]/).map((s) => s.trim()).filter(Boolean))}
      />`;
    } else {
      editor = html`<input aria-label=${label} .value=${typeof leaf.value === 'string' ? leaf.value : JSON.stringify(leaf.value)} @change=${(e: Event) => set((e.target as HTMLInputElement).value)} />`;
    }
    return html`${sourceSelect}${editor}`;
  }

  #leaf(leaf: LeafCondition, index: number, subjects: Subject[]) {
    const key = subjectKey(leaf);
    const subject = subjects.find((s) => s.key === key);
    const groups = [...new Set(subjects.map((s) => s.group))];
    const n = index + 1;
    return html`<div class="leaf" role="group" aria-label=${`第 ${n} 个条件`}>
      <select
        class="subject"
        aria-label=${`第 ${n} 个条件的字段`}
        @change=${(e: Event) => {
          const next = subjects.find((s) => s.key === (e.target as HTMLSelectElement).value);
          if (next) this.#setChild(index, leafFor(next, leaf.operator));
        }}
      >
        ${subject ? nothing : html`<option selected value="">${leaf.fact}${leaf.path ?? ''}</option>`}
        ${groups.map(
          (g) => html`<optgroup label=${g}>
            ${subjects.filter((s) => s.group === g).map((s) => html`<option value=${s.key} ?selected=${s.key === key}>${s.label}</option>`)}
          </optgroup>`,
        )}
      </select>
      <select aria-label=${`第 ${n} 个条件的比较方式`} @change=${(e: Event) => this.#setChild(index, this.#withOperator(leaf, (e.target as HTMLSelectElement).value as LeafCondition['operator'], subject))}>
        ${operatorPhrases.map((p) => html`<option value=${p.name} ?selected=${p.name === leaf.operator}>${p.zh}</option>`)}
      </select>
      ${this.#valueEditor(leaf, index, subject)}
      <button type="button" class="danger" aria-label=${`删除第 ${n} 个条件`} @click=${() => this.#setChild(index, undefined)}>删除</button>
    </div>`;
  }

  #withOperator(leaf: LeafCondition, operator: LeafCondition['operator'], subject: Subject | undefined): LeafCondition {
    const kind = operatorPhrase(operator).value;
    const was = operatorPhrase(leaf.operator).value;
    let value = leaf.value;
    if (kind === 'none') value = true;
    else if (kind === 'list' && !Array.isArray(value)) value = value === true || value === '' ? [] : [value];
    else if (kind !== 'list' && Array.isArray(value)) value = value[0] ?? '';
    else if (was === 'none') value = subject ? leafFor(subject).value : '';
    return { ...leaf, operator, value };
  }

  override render() {
    const kind = kindOf(this.condition);
    const children = childrenOf(this.condition);
    const subjects = this.#subjects();
    return html`<fieldset>
      <legend>${this.label}</legend>
      <label
        >满足方式
        <select
          @change=${(e: Event) => {
            const next = (e.target as HTMLSelectElement).value as GroupKind;
            this.#emit(makeGroup(next, kind === 'not' && isGroup(children[0]!) && kindOf(children[0] as NestedCondition) !== 'not' ? childrenOf(children[0] as NestedCondition) : children));
          }}
        >
          ${(Object.keys(groupLabels) as GroupKind[]).map((k) => html`<option value=${k} ?selected=${k === kind}>${groupLabels[k]}</option>`)}
        </select></label
      >
      ${kind === 'not' && children.length === 1 && isGroup(children[0]!)
        ? html`<studio-condition
            .condition=${children[0]}
            .catalog=${this.catalog}
            .params=${this.params}
            .forEach=${this.forEach}
            .label=${'以下条件'}
            @condition-change=${(e: ConditionChangeEvent) => this.#emit({ not: e.detail })}
          ></studio-condition>`
        : children.map((child, i) =>
            isGroup(child)
              ? html`<studio-condition
                  nested
                  .condition=${child}
                  .catalog=${this.catalog}
                  .params=${this.params}
                  .forEach=${this.forEach}
                  .label=${`条件组 ${i + 1}`}
                  @condition-change=${(e: ConditionChangeEvent) => this.#setChild(i, e.detail)}
                  @condition-remove=${() => this.#setChild(i, undefined)}
                ></studio-condition>`
              : this.#leaf(child, i, subjects),
          )}
      <div class="row">
        ${kind === 'not' && children.length
          ? nothing
          : html`<button type="button" @click=${() => subjects[0] && this.#emit(makeGroup(kind, [...children, leafFor(subjects.find((s) => s.field?.options) ?? subjects[0])]))}>添加条件</button>
              <button type="button" @click=${() => this.#emit(makeGroup(kind, [...children, { any: [] }]))}>添加条件组</button>`}
        ${this.nested ? html`<button type="button" class="danger" @click=${() => this.dispatchEvent(new ConditionRemoveEvent())}>删除此组</button>` : nothing}
      </div>
    </fieldset>`;
  }
}
