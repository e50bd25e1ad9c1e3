/**
 * `<studio-rule-editor>`: edits one rule — requirement ID, description, per-item (`forEach`), the
 * condition builder, the effect with field and slot pickers, messages in zh-CN and en — and shows
 * the rule's sentence and JSON as you go.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Effect, PackParam, PackRule } from '@shenbao/rules';
import type { FieldCatalog } from '../../model/field-catalog.js';
import { ruleSentence } from '../../model/sentence.js';
import { formatPack } from '../../model/format-pack.js';
import { RuleApplyEvent } from '../../events/rule-apply-event.js';
import { RuleCancelEvent } from '../../events/rule-cancel-event.js';
import type { ConditionChangeEvent } from '../../events/condition-change-event.js';
import { studioBase } from '../shared.styles.js';

type EffectType = Effect['type'];
const effectLabels: Record<EffectType, string> = { require: '要求填写', show: '显示（否则隐藏）', hide: '隐藏', attachment: '要求上传附件', error: '提示错误', set: '计算并填入', distinct: '列表项互不相同', disjoint: '两类列表项不重复' };

export type { RuleApplyDetail } from '../../events/rule-apply-event.js';

/** A fresh rule for 新增规则. */
export function blankRule(requirement: string): PackRule {
  return { id: `${requirement}.new-rule`, description: '', conditions: { all: [] }, event: { type: 'require', params: { fields: [] } } };
}

function effectFor(type: EffectType, old: Effect): Effect {
  const fields = 'fields' in old.params ? (old.params.fields ?? []) : [];
  switch (type) {
    case 'require':
      return { type, params: { fields } };
    case 'show':
    case 'hide':
      return { type, params: { fields } };
    case 'attachment':
      return { type, params: { slot: '' } };
    case 'error':
      return { type, params: { path: fields[0] ?? '', code: 'custom-error', message: { 'zh-CN': '', en: '' } } };
    case 'set':
      return { type, params: { path: fields[0] ?? '', value: 0 } };
    case 'distinct':
      return { type, params: { list: '', key: '', code: 'duplicate-item', message: { 'zh-CN': '', en: '' } } };
    case 'disjoint':
      return { type, params: { list: '', key: '', where: {}, from: {}, code: 'duplicate-item', message: { 'zh-CN': '', en: '' } } };
  }
}

/**
 * The rule editor.
 *
 * @fires {RuleApplyEvent} rule-apply - 应用 was pressed; `detail` is `{ rule, previousId }`.
 * @fires {RuleCancelEvent} rule-cancel - 取消 was pressed.
 */
export class StudioRuleEditor extends LitElement {
  static override styles = [
    studioBase,
    css`
      :host {
        display: block;
      }
      form {
        border: 2px solid #0b57a4;
        border-radius: 6px;
        padding: 0.6rem 0.8rem;
        background: #f6f9fc;
        display: grid;
        gap: 0.5rem;
      }
      h4 {
        margin: 0;
      }
      .line {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .line input.wide,
      textarea {
        flex: 1 1 20rem;
      }
      .pick {
        max-height: 12rem;
        overflow: auto;
        border: 1px solid #afb8c1;
        border-radius: 4px;
        padding: 0.3rem 0.5rem;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: 0.1rem 0.6rem;
        margin: 0;
      }
      .sentence {
        background: #fff;
        border-left: 4px solid #0b57a4;
        padding: 0.3rem 0.6rem;
        margin: 0;
      }
      pre {
        background: #fff;
        border: 1px solid #d0d7de;
        padding: 0.4rem;
        overflow: auto;
        max-height: 16rem;
        font-size: 12px;
      }
    `,
  ];
  static override properties = {
    rule: { attribute: false },
    catalog: { attribute: false },
    params: { attribute: false },
    heading: { type: String },
    _draft: { state: true },
  };

  declare rule: PackRule | undefined;
  declare catalog: FieldCatalog | undefined;
  declare params: Record<string, PackParam>;
  declare heading: string;
  declare private _draft: PackRule | undefined;
  #from: PackRule | undefined;

  constructor() {
    super();
    this.rule = undefined;
    this.catalog = undefined;
    this.params = {};
    this.heading = '编辑规则';
    this._draft = undefined;
  }

  /** The rule as edited so far. */
  get draft(): PackRule | undefined {
    return this._draft;
  }

  override willUpdate(): void {
    if (this.rule !== this.#from) {
      this.#from = this.rule;
      this._draft = this.rule ? structuredClone(this.rule) : undefined;
    }
  }

  #patch(patch: Partial<PackRule>): void {
    const next = { ...this._draft!, ...patch };
    if (patch.forEach === '') delete next.forEach;
    this._draft = next;
  }

  #effect(params: Record<string, unknown>): void {
    const event = this._draft!.event;
    this.#patch({ event: { ...event, params: { ...event.params, ...params } } as Effect });
  }

  #fieldPicker(label: string, chosen: readonly string[], set: (fields: string[]) => void) {
    const rule = this._draft!;
    const list = rule.forEach?.replace(/\/(0|[1-9]\d*)(?=\/|$)/g, '/*');
    const fields = (this.catalog?.fields ?? []).filter((f) => f.type !== 'object' && (!f.inList || (list && f.pointer.startsWith(`${list}/*/`))));
    return html`<fieldset class="pick">
      <legend>${label}</legend>
      ${fields.map((f) => {
        const pointer = f.pointer;
        return html`<label
          ><input
            type="checkbox"
            .checked=${chosen.includes(pointer)}
            @change=${(e: Event) => set((e.target as HTMLInputElement).checked ? [...chosen, pointer] : chosen.filter((p) => p !== pointer))}
          />${f.fullLabel}</label
        >`;
      })}
    </fieldset>`;
  }

  #effectEditor() {
    const event = this._draft!.event;
    const slots = this.catalog?.definition.attachments ?? [];
    switch (event.type) {
      case 'require':
        return this.#fieldPicker('要求填写的字段', event.params.fields, (fields) => this.#effect({ fields }));
      case 'show':
      case 'hide':
        return html`${this.#fieldPicker(event.type === 'show' ? '显示的字段' : '隐藏的字段', event.params.fields ?? [], (fields) => this.#effect({ fields }))}
          <fieldset class="pick">
            <legend>${event.type === 'show' ? '显示的附件' : '隐藏的附件'}</legend>
            ${slots.map(
              (s) => html`<label
                ><input
                  type="checkbox"
                  .checked=${(event.params.slots ?? []).includes(s.id)}
                  @change=${(e: Event) => {
                    const now = event.params.slots ?? [];
                    this.#effect({ slots: (e.target as HTMLInputElement).checked ? [...now, s.id] : now.filter((x) => x !== s.id) });
                  }}
                />${s.label['zh-CN']}</label
              >`,
            )}
          </fieldset>`;
      case 'attachment':
        return html`<div class="line">
          <label
            >附件
            <select @change=${(e: Event) => this.#effect({ slot: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!event.params.slot}>请选择</option>
              ${slots.map((s) => html`<option value=${s.id} ?selected=${s.id === event.params.slot}>${s.label['zh-CN']}</option>`)}
            </select></label
          >
          <label>至少 <input type="number" min="0" .value=${event.params.min === undefined ? '' : String(event.params.min)} @change=${(e: Event) => this.#effect({ min: this.#optionalNumber(e) })} /> 份</label>
          <label>至多 <input type="number" min="0" .value=${event.params.max === undefined ? '' : String(event.params.max)} @change=${(e: Event) => this.#effect({ max: this.#optionalNumber(e) })} /> 份</label>
        </div>`;
      case 'error':
        return html`<div class="line">
            <label
              >提示位置
              <select @change=${(e: Event) => this.#effect({ path: (e.target as HTMLSelectElement).value })}>
                <option value="" ?selected=${event.params.path === ''}>整张表</option>
                ${(this.catalog?.fields ?? []).filter((f) => !f.inList || f.pointer.startsWith(`${this._draft!.forEach ?? '-'}/*/`)).map((f) => html`<option value=${f.pointer} ?selected=${f.pointer === event.params.path}>${f.fullLabel}</option>`)}
              </select></label
            >
            <label>问题代码 <input .value=${event.params.code} pattern="[a-z][a-z0-9-]*" @change=${(e: Event) => this.#effect({ code: (e.target as HTMLInputElement).value })} /></label>
          </div>
          <label class="line">提示（中文）<input class="wide" .value=${event.params.message['zh-CN']} @input=${(e: Event) => this.#effect({ message: { ...event.params.message, 'zh-CN': (e.target as HTMLInputElement).value } })} /></label>
          <label class="line" lang="en">Message (English) <input class="wide" .value=${event.params.message.en ?? ''} @input=${(e: Event) => this.#effect({ message: { ...event.params.message, en: (e.target as HTMLInputElement).value } })} /></label>`;
      case 'set':
        return html`<div class="line">
          <label
            >填入的字段
            <select @change=${(e: Event) => this.#effect({ path: (e.target as HTMLSelectElement).value })}>
              ${(this.catalog?.fields ?? []).filter((f) => !f.inList).map((f) => html`<option value=${f.pointer} ?selected=${f.pointer === event.params.path}>${f.fullLabel}</option>`)}
            </select></label
          >
          <label
            >值
            <select
              @change=${(e: Event) => {
                const v = (e.target as HTMLSelectElement).value;
                this.#effect({ value: v === '' ? 0 : { param: v } });
              }}
            >
              <option value="" ?selected=${typeof event.params.value !== 'object'}>固定值</option>
              ${Object.entries(this.params).map(([name, p]) => html`<option value=${name} ?selected=${(event.params.value as { param?: string } | null)?.param === name}>参数「${p.description}」</option>`)}
            </select></label
          >
          ${typeof event.params.value !== 'object' || event.params.value === null
            ? html`<label>固定值 <input .value=${JSON.stringify(event.params.value)} @change=${(e: Event) => this.#effect({ value: this.#literal((e.target as HTMLInputElement).value) })} /></label>`
            : nothing}
        </div>`;
    }
  }

  #optionalNumber(e: Event): number | undefined {
    const text = (e.target as HTMLInputElement).value;
    return text === '' ? undefined : Number(text);
  }

  #literal(text: string): string | number | boolean | null {
    try {
      const v = JSON.parse(text) as unknown;
      if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return v as string | number | boolean | null;
    } catch {
      // plain text
    }
    return text;
  }

  override render() {
    const rule = this._draft;
    if (!rule || !this.catalog) return nothing;
    const requirements = this.catalog.definition.requirements ?? [];
    const [requirement, ...rest] = rule.id.split('.');
    const suffix = rest.join('.');
    const lists = this.catalog.fields.filter((f) => f.type === 'array' && !f.inList);
    const sentence = ruleSentence(rule, { catalog: this.catalog, params: this.params });
    return html`<form
      aria-label=${this.heading}
      @submit=${(e: Event) => {
        e.preventDefault();
        this.dispatchEvent(new RuleApplyEvent({ rule: this._draft!, previousId: this.rule!.id }));
      }}
    >
      <h4>${this.heading}</h4>
      <div class="line">
        <label
          >需求
          <select @change=${(e: Event) => this.#patch({ id: [(e.target as HTMLSelectElement).value, suffix].filter(Boolean).join('.') })}>
            ${requirements.some((r) => r.id === requirement) ? nothing : html`<option selected>${requirement}</option>`}
            ${requirements.map((r) => html`<option value=${r.id} ?selected=${r.id === requirement}>${r.id} ${r.summary.slice(0, 30)}</option>`)}
          </select></label
        >
        <label>规则名（ID 后缀）<input .value=${suffix} pattern="[A-Za-z0-9-]+" @input=${(e: Event) => this.#patch({ id: [requirement, (e.target as HTMLInputElement).value].filter(Boolean).join('.') })} /></label>
        <label
          >逐项检查
          <select @change=${(e: Event) => this.#patch({ forEach: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!rule.forEach}>不逐项</option>
            ${lists.map((l) => html`<option value=${l.pointer} ?selected=${l.pointer === rule.forEach}>对每一项${l.label}</option>`)}
          </select></label
        >
      </div>
      <label class="line">说明 <input class="wide" .value=${rule.description} @input=${(e: Event) => this.#patch({ description: (e.target as HTMLInputElement).value })} /></label>
      <studio-condition
        .condition=${rule.conditions}
        .catalog=${this.catalog}
        .params=${this.params}
        .forEach=${rule.forEach}
        label="当以下条件成立时"
        @condition-change=${(e: ConditionChangeEvent) => this.#patch({ conditions: e.detail })}
      ></studio-condition>
      <div class="line">
        <label
          >效果
          <select @change=${(e: Event) => this.#patch({ event: effectFor((e.target as HTMLSelectElement).value as EffectType, rule.event) })}>
            ${(Object.keys(effectLabels) as EffectType[]).map((t) => html`<option value=${t} ?selected=${t === rule.event.type}>${effectLabels[t]}</option>`)}
          </select></label
        >
      </div>
      ${this.#effectEditor()}
      <p class="sentence" aria-live="polite"><span class="visually-hidden">规则读作：</span>${sentence}</p>
      <details>
        <summary>规则的 JSON</summary>
        <pre>${formatPack(rule)}</pre>
      </details>
      <div class="line">
        <button type="submit" class="primary">应用</button>
        <button type="button" @click=${() => this.dispatchEvent(new RuleCancelEvent())}>取消</button>
      </div>
    </form>`;
  }
}
