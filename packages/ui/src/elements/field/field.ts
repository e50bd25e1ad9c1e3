/**
 * `<shenbao-field>`: one data field — its label, required mark, control and error text; the control
 * is its widget's (widgets/registry.ts: the layout's choice, else the best tester). In read-only modes it shows the value as text, masked where the
 * schema says so (COMMON-4), and a missing required value in red.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { findFormat, localize, maskForReader, type Locale } from '@shenbao/core';
import { ShenbaoFieldChangeEvent } from '../../events/shenbao-field-change-event.js';
import type { FieldSpec, Lookup } from '../../types.js';
import { t } from '../../ui-texts.js';
import { fieldStyles } from './field.styles.js';
import { fieldHostStyles } from '../../styles/field-host.styles.js';
import { plainInputOf, widgetNamed } from '../../widgets/registry.js';
import type { Widget, WidgetContext } from '../../widgets/widget.js';
import { textWidget } from '../../widgets/text/text.js';
import { LocalizedElement } from '../../localized-element.js';

let nextId = 0;

/** The registered widget a spec names (`text` if none is: field-specs.ts names only registered ones). */
function widgetOf(spec: FieldSpec): Widget {
  return widgetNamed(spec.widget) ?? textWidget;
}
const unreported = Symbol('unreported');
const staticAttributes = new Map<string, StaticValue>();
/**
 * The ids inside a field's shadow root (each field has its own, so plain words are unique): the
 * control, its label, its error and its live hint.
 */
const controlId = 'control';
const labelId = 'label';
const errorId = 'error';
const hintId = 'hint';

/** ` type="…" inputmode="…" maxlength="…"` of a plain input, as static template text (the widget's words are checked to be plain words). */
function plainAttributes(spec: FieldSpec, widget: Widget): StaticValue {
  const { type, inputmode } = plainInputOf(widget, spec.info)!;
  const max = spec.info.schema.maxLength;
  const maxLength = typeof max === 'number' && Number.isSafeInteger(max) && max >= 0 ? String(max) : '';
  const key = `${type}|${inputmode ?? ''}|${maxLength}`;
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
export class ShenbaoField extends LocalizedElement {
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
  declare private _live: string | undefined;

  #uid: string | undefined;
  /** A name unique to this field in the page (a radio group's `name`), made when first asked for. */
  private get uid(): string {
    return (this.#uid ??= `sf${++nextId}`);
  }
  /** Whether the last render was the plain template (its control's `input`/`change` reach {@link ShenbaoField.plainEvents}). */
  private plain = false;
  /** The value the plain control has just reported (see `shouldUpdate`). */
  private reported: unknown = unreported;
  /** The widget's own state (an open list, a chosen 市), kept across renders; a new spec starts it afresh. */
  private widgetState: Record<string, unknown> | undefined;

  constructor() {
    super();
    this.required = false;
    this.readonly = false;
    this.masked = true;
    this.locale = 'zh-CN';
  }

  // The control's trusted native `input` goes on to the host untouched (it is composed); the form
  // adds its own `shenbao-input` with the pointer. `change` (not composed) stops here: the form
  // answers with its own, after the evaluation.
  private onInput(e: Event): void {
    this.emit(this.coerce((e.target as HTMLInputElement).value), false);
  }
  private onChange(e: Event): void {
    e.stopPropagation();
    this.emit(this.coerce((e.target as HTMLInputElement).value), true);
  }
  /** The two handlers a widget binds (made on its first render, one pair for the field's life). */
  #handlers: { onInput: (e: Event) => void; onChange: (e: Event) => void } | undefined;

  /**
   * The plain template's `input` and `change`, heard at the shadow root as they pass down to the
   * control (capture: a `change` that does not bubble is heard too): one listener object shared by
   * every field, no event binding per field to make at mount. (`change` is not composed: it never
   * leaves the shadow root, so nothing needs stopping here.) A widget that renders its own controls
   * binds the context's `onInput` and `onChange` itself.
   */
  private static readonly plainEvents: EventListenerObject = {
    handleEvent(e: Event): void {
      const field = (e.currentTarget as ShadowRoot).host as ShenbaoField;
      const control = e.target as HTMLInputElement;
      if (!field.plain || control.localName !== 'input') return;
      field.emit(field.coerce(control.value), e.type === 'change');
    },
  };

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('input', ShenbaoField.plainEvents, true);
    root.addEventListener('change', ShenbaoField.plainEvents, true);
    return root;
  }

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
    if (this.readonly || !this.spec || !widgetOf(this.spec).input) return;
    const control = this.renderRoot.querySelector('input');
    const value = this.value;
    if (control && this.coerce(control.value) !== value) control.value = value === undefined || value === null ? '' : String(value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('spec') && changed.get('spec') !== undefined && (changed.get('spec') as FieldSpec).pointer !== this.spec?.pointer) this.widgetState = undefined;
    if (changed.has('value') && this.spec && widgetOf(this.spec).liveFormat) this._live = this.liveFormat(this.value);
  }

  private emit(value: unknown, commit: boolean): void {
    const widget = this.spec ? widgetOf(this.spec) : undefined;
    if (widget?.input && !this.readonly) this.reported = value;
    this.value = value;
    if (widget?.liveFormat) this._live = this.liveFormat(value);
    this.dispatchEvent(new ShenbaoFieldChangeEvent({ pointer: this.spec!.pointer, value, commit }));
  }

  /** Live feedback for document numbers: the same format function ajv uses, once the value looks complete. */
  private liveFormat(value: unknown): string | undefined {
    const format = this.spec?.info.format ? findFormat(this.spec.info.format) : undefined;
    if (!format || typeof value !== 'string' || value === '') return undefined;
    const expected = this.spec?.info.format === 'cn-id' || this.spec?.info.format === 'cn-residence-permit' ? 18 : 8;
    if (value.length < expected) return undefined;
    const ok = format.validate(value.toUpperCase() === value ? value : value.toUpperCase());
    if (ok && value !== value.toUpperCase()) return t('uppercase', this.locale);
    return ok ? t('formatOk', this.locale) : t('formatBad', this.locale, { format: localize(format.label, this.locale) });
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
    this.plain = false;
    if (!spec) return nothing;
    return this.readonly ? this.renderReadonly(spec) : this.renderEdit(spec);
  }

  // The required mark is always in the label; the host's reflected `required` shows it (field.styles.ts).
  private renderLabel(spec: FieldSpec, forId: string | undefined) {
    return forId
      ? html`<label part="label" class="label" for=${forId}><span class="mark" aria-hidden="true">*</span>${spec.label}</label>`
      : html`<span part="label" class="label" id=${labelId}><span class="mark" aria-hidden="true">*</span>${spec.label}</span>`;
  }

  private displayText(spec: FieldSpec, value: unknown): string {
    if (value === undefined || value === null || value === '') return '';
    const display = widgetOf(spec).display;
    if (display) return this.masked ? maskForReader(display(spec, value, this.locale), spec.info.mask) : display(spec, value, this.locale);
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
      <span part="label" class="label"><span class="mark" aria-hidden="true">*</span>${spec.label}</span>
      <span part="value" class="value ${missing ? 'missing' : ''}">${missing ? t('missing', this.locale) : text || '—'}</span>
      ${this.error && !missing ? html`<span part="error" class="error">${this.error}</span>` : nothing}
    </div>`;
  }

  private renderEdit(spec: FieldSpec) {
    const describedBy = this.error ? (this._live ? `${errorId} ${hintId}` : errorId) : this._live ? hintId : nothing;
    const invalid: 'true' | 'false' = this.error ? 'true' : 'false';
    const widget = widgetOf(spec);
    if (widget.input) return this.renderPlain(spec, widget, describedBy, invalid);
    return html`<div class="row">
      ${this.renderLabel(spec, widget.group ? undefined : controlId)}
      ${widget.render?.(this.widgetContext(spec, controlId, describedBy, invalid))}
      ${this.renderMessages()}
    </div>`;
  }

  /** The live hint and the error under the control: one binding for both, each in its own place of the list (the hint stays put when an error comes). */
  private renderMessages() {
    if (!this._live && !this.error) return nothing;
    return [
      this._live ? html`<span class="hint" id=${hintId} aria-live="polite">${this._live}</span>` : nothing,
      this.error ? html`<span part="error" class="error" id=${errorId}>${this.error}</span>` : nothing,
    ];
  }

  /** What the widget's `render` is given. */
  private widgetContext(spec: FieldSpec, id: string, describedBy: string | typeof nothing, invalid: 'true' | 'false'): WidgetContext {
    return {
      spec,
      value: this.value,
      id,
      labelId,
      name: this.uid,
      required: this.required,
      invalid,
      describedBy,
      locale: this.locale,
      lookup: this.lookup,
      state: (this.widgetState ??= {}),
      requestUpdate: () => this.requestUpdate(),
      emit: (value, commit) => this.emit(value, commit),
      ...(this.#handlers ??= { onInput: (e) => this.onInput(e), onChange: (e) => this.onChange(e) }),
    };
  }

  /**
   * The common case (text, number, date, month, year, id-number) as one template: the same DOM as
   * label + control + hint + error, with fewer template instances and bindings, so a form of 1,000
   * fields mounts and re-renders faster. The attributes that follow from the schema alone (type,
   * inputmode, maxlength) are written into the template itself (one template per combination).
   */
  private renderPlain(spec: FieldSpec, widget: Widget, describedBy: string | typeof nothing, invalid: string) {
    this.plain = true;
    // No `.value` binding: `updated` writes the control only when it shows another value; no event
    // bindings: the shadow root hears the control (`plainEvents`); ids and the mark are static text.
    return staticHtml`<div class="row">
      <label part="label" class="label" for="control"><span class="mark" aria-hidden="true">*</span>${spec.label}</label>
      <input part="control" id="control"${plainAttributes(spec, widget)} autocomplete="off" aria-required=${this.required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy} placeholder=${spec.placeholder ?? nothing} />
      ${this.renderMessages()}
    </div>`;
  }
}
