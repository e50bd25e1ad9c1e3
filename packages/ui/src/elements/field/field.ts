/**
 * `<shenbao-field>`: one data field — its label, required mark, control and error text — chosen
 * from the schema and layout (text, textarea, number, select, radio, checkboxes, date, month, year,
 * id-number, lookup, switch, yes-no). In read-only modes it shows the value as text, masked where the
 * schema says so (COMMON-4), and a missing required value in red.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { findFormat, maskForReader, type DictionaryItem, type Locale } from '@shenbao/core';
import { ShenbaoFieldChangeEvent } from '../../events/shenbao-field-change-event.js';
import type { FieldSpec, Lookup } from '../../types.js';
import { t } from '../../ui-texts.js';
import { fieldStyles } from './field.styles.js';
import { fieldHostStyles } from '../../styles/field-host.styles.js';

let nextId = 0;

/** Widgets rendered as one `<input>` (see `renderPlain`). */
const plainWidgets = new Set(['text', 'number', 'date', 'month', 'year', 'id-number']);
const unreported = Symbol('unreported');
const requiredMark = html`<span class="mark" aria-hidden="true">*</span>`;
const staticAttributes = new Map<string, StaticValue>();

/** ` type="…" inputmode="…" maxlength="…"` of a plain input, as static template text (from a closed set of values). */
function plainAttributes(spec: FieldSpec): StaticValue {
  const widget = spec.widget;
  const type = widget === 'date' ? 'date' : widget === 'month' ? 'month' : widget === 'number' || widget === 'year' ? 'number' : 'text';
  const inputmode = widget === 'id-number' ? 'text' : type === 'number' ? 'numeric' : spec.info.format === 'cn-mobile' ? 'tel' : '';
  const max = spec.info.schema.maxLength;
  const maxLength = typeof max === 'number' && Number.isSafeInteger(max) && max >= 0 ? String(max) : '';
  const key = `${type}|${inputmode}|${maxLength}`;
  let attributes = staticAttributes.get(key);
  if (!attributes) {
    attributes = unsafeStatic(` type="${type}"${inputmode ? ` inputmode="${inputmode}"` : ''}${maxLength ? ` maxlength="${maxLength}"` : ''}`);
    staticAttributes.set(key, attributes);
  }
  return attributes;
}

/**
 * One field of a shenbao form. The form sets its properties; the field reports edits with
 * `shenbao-field-change` (bubbling, composed; `detail.commit` is true for a committed change).
 *
 * @csspart label - The field label.
 * @csspart control - The input, select or textarea.
 * @csspart error - The error text under the field.
 * @csspart value - The value text in read-only modes.
 * @cssproperty [--shenbao-error-color=#c62828] - Colour of required marks and errors.
 * @cssproperty [--shenbao-border-color=#c9ced6] - Border of controls.
 * @cssproperty [--shenbao-accent-color=#1565c0] - Focus ring and selected options.
 * @event shenbao-field-change - The value changed (`detail.commit` for change, not input).
 */
export class ShenbaoField extends LitElement {
  static override styles = [fieldHostStyles, fieldStyles];
  static override properties = {
    spec: { attribute: false },
    value: { attribute: false },
    required: { type: Boolean, reflect: true },
    error: { attribute: false },
    readonly: { type: Boolean, reflect: true },
    masked: { type: Boolean },
    locale: { type: String },
    lookup: { attribute: false },
    _lookupItems: { state: true },
    _lookupOpen: { state: true },
    _lookupActive: { state: true },
    _live: { state: true },
  };

  declare spec: FieldSpec | undefined;
  declare value: unknown;
  declare required: boolean;
  declare error: string | undefined;
  declare readonly: boolean;
  declare masked: boolean;
  declare locale: Locale;
  declare lookup: Lookup | undefined;
  declare private _lookupItems: DictionaryItem[] | undefined;
  declare private _lookupOpen: boolean;
  declare private _lookupActive: number;
  declare private _live: string | undefined;

  private readonly uid = `sf${++nextId}`;
  /** The value the plain control has just reported (see `shouldUpdate`). */
  private reported: unknown = unreported;
  private lookupTimer: ReturnType<typeof setTimeout> | undefined;
  private lookupAbort: AbortController | undefined;

  constructor() {
    super();
    this.required = false;
    this.readonly = false;
    this.masked = true;
    this.locale = 'zh-CN';
    this._lookupOpen = false;
    this._lookupActive = -1;
  }

  // The control's trusted native `input` goes on to the host untouched (it is composed); the form
  // adds its own `shenbao-input` with the pointer. `change` (not composed) stops here: the form
  // answers with its own, after the evaluation. (One listener each for the field's life.)
  private readonly onInput = (e: Event): void => {
    this.emit(this.coerce((e.target as HTMLInputElement).value), false);
  };
  private readonly onChange = (e: Event): void => {
    e.stopPropagation();
    this.emit(this.coerce((e.target as HTMLInputElement).value), true);
  };

  /** Moves focus to the field's control. */
  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector('input, select, textarea') as HTMLElement | null)?.focus(options);
  }

  /** A plain control already shows the value it has just reported: that change alone needs no render (a keystroke costs no re-render). */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const reported = this.reported;
    this.reported = unreported;
    return !(this.hasUpdated && changed.size === 1 && changed.has('value') && reported === this.value);
  }

  /** Keeps a plain control in step with `value` (set by the form or a host), leaving what the candidate typed alone when it means the same (`1.50` in a number field). */
  protected override updated(): void {
    if (this.readonly || !this.spec || !plainWidgets.has(this.spec.widget)) return;
    const control = this.renderRoot.querySelector('input');
    const value = this.value;
    if (control && this.coerce(control.value) !== value) control.value = value === undefined || value === null ? '' : String(value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.spec?.widget === 'id-number') this._live = this.liveFormat(this.value);
  }

  private emit(value: unknown, commit: boolean): void {
    if (this.spec && plainWidgets.has(this.spec.widget) && !this.readonly) this.reported = value;
    this.value = value;
    if (this.spec?.widget === 'id-number') this._live = this.liveFormat(value);
    this.dispatchEvent(new ShenbaoFieldChangeEvent({ pointer: this.spec!.pointer, value, commit }));
  }

  /** Live feedback for document numbers: the same format function ajv uses, once the value looks complete. */
  private liveFormat(value: unknown): string | undefined {
    const format = this.spec?.info.format ? findFormat(this.spec.info.format) : undefined;
    if (!format || typeof value !== 'string' || value === '') return undefined;
    const expected = this.spec?.info.format === 'cn-id' || this.spec?.info.format === 'cn-residence-permit' ? 18 : 8;
    if (value.length < expected) return undefined;
    const ok = format.validate(value.toUpperCase() === value ? value : value.toUpperCase());
    if (ok && value !== value.toUpperCase()) return this.locale === 'en' ? 'Use capital letters' : '请使用大写字母';
    return ok ? (this.locale === 'en' ? '✓ Format OK' : '✓ 格式正确') : this.locale === 'en' ? `Not a valid ${format.label.en ?? format.label['zh-CN']}` : `不是有效的${format.label['zh-CN']}`;
  }

  private coerce(raw: string): unknown {
    const type = this.spec?.info.type;
    if (raw === '') return undefined;
    if (type === 'integer' || type === 'number') {
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
    if (type === 'boolean') return raw === 'true';
    return raw;
  }

  override render() {
    const spec = this.spec;
    if (!spec) return nothing;
    return this.readonly ? this.renderReadonly(spec) : this.renderEdit(spec);
  }

  private renderLabel(spec: FieldSpec, forId: string | undefined) {
    const mark = this.required ? html`<span class="mark" aria-hidden="true">*</span>` : nothing;
    return forId
      ? html`<label part="label" class="label" for=${forId}>${mark}${spec.label}</label>`
      : html`<span part="label" class="label" id="${this.uid}-label">${mark}${spec.label}</span>`;
  }

  private displayText(spec: FieldSpec, value: unknown): string {
    if (value === undefined || value === null || value === '') return '';
    const label = (v: unknown) => spec.options?.find((o) => o.value === String(v))?.label ?? String(v);
    if (Array.isArray(value)) return value.map(label).join('、');
    if (typeof value === 'boolean') return t(value ? 'yes' : 'no', this.locale);
    const text = spec.options ? label(value) : String(value);
    // COMMON-4: by the schema's kind, and a resident ID embedded in any other number (a 资格证书编号).
    return this.masked ? maskForReader(text, spec.info.mask) : text;
  }

  private renderReadonly(spec: FieldSpec) {
    const text = this.displayText(spec, this.value);
    // 未填写 in red only where the evaluation says so (an issue here): a field of an optional section left out is not missing.
    const missing = text === '' && this.required && this.error !== undefined;
    return html`<div class="row readonly">
      <span part="label" class="label">${this.required ? html`<span class="mark" aria-hidden="true">*</span>` : nothing}${spec.label}</span>
      <span part="value" class="value ${missing ? 'missing' : ''}">${missing ? t('missing', this.locale) : text || '—'}</span>
      ${this.error && !missing ? html`<span part="error" class="error">${this.error}</span>` : nothing}
    </div>`;
  }

  private renderEdit(spec: FieldSpec) {
    const id = `${this.uid}-control`;
    const errId = `${this.uid}-error`;
    const hintId = `${this.uid}-hint`;
    const describedBy = this.error ? (this._live ? `${errId} ${hintId}` : errId) : this._live ? hintId : nothing;
    const invalid = this.error ? 'true' : 'false';
    if (plainWidgets.has(spec.widget)) return this.renderPlain(spec, id, describedBy, invalid, errId, hintId);
    const group = spec.widget === 'radio' || spec.widget === 'checkboxes' || spec.widget === 'yes-no';
    return html`<div class="row">
      ${this.renderLabel(spec, group ? undefined : id)}
      ${this.renderControl(spec, id, describedBy, invalid)}
      ${this._live ? html`<span class="hint" id=${hintId} aria-live="polite">${this._live}</span>` : nothing}
      ${this.error ? html`<span part="error" class="error" id=${errId}>${this.error}</span>` : nothing}
    </div>`;
  }

  /**
   * The common case (text, number, date, month, year, id-number) as one template: the same DOM as
   * label + control + hint + error, with fewer template instances and bindings, so a form of 1,000
   * fields mounts and re-renders faster. The attributes that follow from the schema alone (type,
   * inputmode, maxlength) are written into the template itself (one template per combination).
   */
  private renderPlain(spec: FieldSpec, id: string, describedBy: string | typeof nothing, invalid: string, errId: string, hintId: string) {
    // No `.value` binding: `updated` writes the control only when it shows another value.
    return staticHtml`<div class="row">
      <label part="label" class="label" for=${id}>${this.required ? requiredMark : nothing}${spec.label}</label>
      <input part="control" id=${id}${plainAttributes(spec)} autocomplete="off" aria-required=${this.required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy} placeholder=${spec.placeholder ?? nothing} @input=${this.onInput} @change=${this.onChange} />
      ${this._live ? html`<span class="hint" id=${hintId} aria-live="polite">${this._live}</span>` : nothing}
      ${this.error ? html`<span part="error" class="error" id=${errId}>${this.error}</span>` : nothing}
    </div>`;
  }

  private renderControl(spec: FieldSpec, id: string, describedBy: string | typeof nothing, invalid: string) {
    const value = this.value;
    const str = value === undefined || value === null ? '' : String(value);
    const onInput = this.onInput;
    const onChange = this.onChange;
    const maxLength = typeof spec.info.schema.maxLength === 'number' ? spec.info.schema.maxLength : undefined;
    switch (spec.widget) {
      case 'textarea':
        return html`<textarea part="control" id=${id} rows="4" .value=${str} maxlength=${maxLength ?? nothing} aria-required=${this.required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy} placeholder=${spec.placeholder ?? nothing} @input=${onInput} @change=${onChange}></textarea>`;
      case 'select':
        return html`<select part="control" id=${id} aria-required=${this.required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${onChange}>
          <option value="" ?selected=${str === ''}>${t('choose', this.locale)}</option>
          ${(spec.options ?? []).map((o) => html`<option value=${o.value} ?selected=${o.value === str}>${o.label}</option>`)}
        </select>`;
      case 'radio':
        return html`<div part="control" class="choices" role="radiogroup" aria-labelledby="${this.uid}-label" aria-required=${this.required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy}>
          ${(spec.options ?? []).map(
            (o) => html`<label class="choice"><input type="radio" name=${this.uid} value=${o.value} .checked=${o.value === str} @change=${onChange} />${o.label}</label>`,
          )}
        </div>`;
      case 'yes-no':
        // COMMON-10: 是 / 否 as two native radios (a radiogroup: arrow keys move and choose, a screen
        // reader announces "1 of 2"); unanswered until one is chosen, so "required" means answered.
        return html`<div part="control" class="choices yes-no" role="radiogroup" aria-labelledby="${this.uid}-label" aria-required=${this.required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy}>
          ${[true, false].map(
            (answer) => html`<label class="choice segment"><input type="radio" name=${this.uid} value=${String(answer)} .checked=${value === answer} @input=${(e: Event) => e.stopPropagation()} @change=${onChange} /><span>${t(answer ? 'yes' : 'no', this.locale)}</span></label>`,
          )}
        </div>`;
      case 'checkboxes': {
        const selected = new Set(Array.isArray(value) ? value.map(String) : []);
        const toggle = (code: string, on: boolean) => {
          const next = (spec.options ?? []).map((o) => o.value).filter((v) => (v === code ? on : selected.has(v)));
          this.emit(next.length ? next : undefined, true);
        };
        return html`<div part="control" class="choices" role="group" aria-labelledby="${this.uid}-label" aria-invalid=${invalid} aria-describedby=${describedBy}>
          ${(spec.options ?? []).map(
            (o) => html`<label class="choice"><input type="checkbox" value=${o.value} .checked=${selected.has(o.value)} @change=${(e: Event) => {
              e.stopPropagation();
              toggle(o.value, (e.target as HTMLInputElement).checked);
            }} />${o.label}</label>`,
          )}
        </div>`;
      }
      case 'switch':
        return html`<input part="control" id=${id} type="checkbox" role="switch" .checked=${value === true} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${(e: Event) => {
          e.stopPropagation();
          this.emit((e.target as HTMLInputElement).checked, true);
        }} />`;
      case 'lookup':
        return this.renderLookup(spec, id, describedBy, invalid, str);
      default: {
        const type = spec.widget === 'date' ? 'date' : spec.widget === 'month' ? 'month' : spec.widget === 'number' || spec.widget === 'year' ? 'number' : 'text';
        const inputmode = spec.widget === 'id-number' ? 'text' : type === 'number' ? 'numeric' : spec.info.format === 'cn-mobile' ? 'tel' : nothing;
        return html`<input part="control" id=${id} type=${type} .value=${str} inputmode=${inputmode} maxlength=${maxLength ?? nothing} autocomplete="off" aria-required=${this.required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy} placeholder=${spec.placeholder ?? nothing} @input=${onInput} @change=${onChange} />`;
      }
    }
  }

  private renderLookup(spec: FieldSpec, id: string, describedBy: string | typeof nothing, invalid: string, str: string) {
    const items = this._lookupItems;
    const listId = `${this.uid}-list`;
    const search = (query: string) => {
      clearTimeout(this.lookupTimer);
      this.lookupAbort?.abort();
      if (!this.lookup || !spec.lookup) {
        // No host lookup: the typed text is the value (a form stays fillable without the adapter).
        this._lookupItems = undefined;
        this.emit(query === '' ? undefined : query, false);
        return;
      }
      if (query.trim() === '') {
        this._lookupItems = undefined;
        return;
      }
      this.lookupTimer = setTimeout(() => {
        const abort = (this.lookupAbort = new AbortController());
        this.lookup!.search(spec.lookup!, query, abort.signal).then(
          (found) => {
            if (abort.signal.aborted) return;
            this._lookupItems = found;
            this._lookupOpen = true;
            this._lookupActive = found.length ? 0 : -1;
          },
          () => undefined,
        );
      }, 300);
    };
    const choose = (item: DictionaryItem) => {
      this._lookupOpen = false;
      this.emit(item.code, true);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!items?.length) return;
      if (e.key === 'ArrowDown') this._lookupActive = Math.min(items.length - 1, this._lookupActive + 1);
      else if (e.key === 'ArrowUp') this._lookupActive = Math.max(0, this._lookupActive - 1);
      else if (e.key === 'Enter' && this._lookupActive >= 0) choose(items[this._lookupActive]!);
      else if (e.key === 'Escape') this._lookupOpen = false;
      else return;
      e.preventDefault();
    };
    const shown = items?.find((i) => i.code === str);
    return html`<div class="lookup">
      <input part="control" id=${id} type="search" role="combobox" aria-autocomplete="list" aria-expanded=${this._lookupOpen ? 'true' : 'false'} aria-controls=${listId}
        aria-activedescendant=${this._lookupOpen && this._lookupActive >= 0 ? `${listId}-${this._lookupActive}` : nothing}
        aria-required=${this.required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy}
        .value=${shown ? (this.locale === 'en' ? shown.label.en ?? shown.label['zh-CN'] : shown.label['zh-CN']) : str}
        @input=${(e: Event) => {
          e.stopPropagation();
          search((e.target as HTMLInputElement).value);
        }} @change=${(e: Event) => e.stopPropagation()} @keydown=${onKey} />
      <ul id=${listId} role="listbox" class="options" ?hidden=${!this._lookupOpen}>
        ${items?.length === 0 ? html`<li class="empty">${t('noMatch', this.locale)}</li>` : nothing}
        ${(items ?? []).map(
          (item, i) => html`<li id="${listId}-${i}" role="option" aria-selected=${i === this._lookupActive ? 'true' : 'false'} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => choose(item)}>
            ${this.locale === 'en' ? item.label.en ?? item.label['zh-CN'] : item.label['zh-CN']}
          </li>`,
        )}
      </ul>
    </div>`;
  }
}
