/**
 * `<shenbao-form>`: renders any shenbao definition as a phone-first wizard (COMMON-1), shows what
 * `evaluate()` says (it never re-implements a rule), keeps a draft of every change, and takes part
 * in a host `<form>` (form-associated). Modes: edit, confirm, readonly, review.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  compileForm,
  getAt,
  localize,
  templateOf,
  type AttachmentSlot,
  type CompiledForm,
  type DataValidator,
  type DictionaryRegistry,
  type FormDefinition,
  type HistoryEntry,
  type Issue,
  type LayoutItem,
  type LayoutSection,
  type LifecycleAction,
  type Locale,
  type RecordStatus,
} from '@shenbao/core';
import { resolvePack, resolveStandalone, type Evaluation, type ResolvedPack, type RulePack } from '@shenbao/rules';
import { localDraftStore } from '../../adapters/local-draft-store.js';
import { createServerRecord } from '../../adapters/server-record.js';
import { createServerUploader, type ServerHeaders } from '../../adapters/server-uploader.js';
import { ShenbaoFieldChangeEvent } from '../../events/field-change-event.js';
import { ShenbaoRecordEvent, ShenbaoStepEvent, ShenbaoSubmitEvent, ShenbaoValueEvent, type ShenbaoReviewEvent } from '../../events/form-events.js';
import { defaultDictionaries, fieldSpec } from '../../field-specs.js';
import { assignAt, FormStore } from '../../form-store.js';
import { saveAsImage } from '../../save-as-image.js';
import type { DraftStore, FieldSpec, FormMode, Lookup, ReviewComment, Uploader } from '../../types.js';
import { t } from '../../ui-texts.js';
import type { ShenbaoField } from '../field/field.js';
import type { ReviewTarget } from '../review-panel/review-panel.js';
import type { NoticeRow } from '../notice/notice.js';
import { formStyles } from './form.styles.js';


/** Anything `rules` accepts: one pack file, all packs of the form (with `year`), or a resolved pack. */
export type RulesInput = RulePack | readonly RulePack[] | ResolvedPack;

const isResolved = (r: RulesInput): r is ResolvedPack => !Array.isArray(r) && Array.isArray((r as ResolvedPack).chain);

/**
 * A shenbao declaration form.
 *
 * @csspart step - The current step's container.
 * @csspart section - A section (card) of fields.
 * @csspart actions - The wizard's button bar.
 * @csspart button - Each wizard button.
 * @csspart summary - The live issue summary of a step.
 * @cssproperty [--shenbao-accent-color=#1565c0] - Buttons, progress and focus.
 * @cssproperty [--shenbao-error-color=#c62828] - Required marks and errors.
 * @cssproperty [--shenbao-surface-color=#fff] - Section background.
 * @cssproperty [--shenbao-radius=6px] - Corner radius of controls and sections.
 * @event input - Each edit; `detail` has `value`, `pointer`, `evaluation`. `detail.value` (a copy of the data) is made when first read: read it in the listener, or read `form.value`.
 * @event change - Each committed edit, after its evaluation; same `detail`.
 * @event shenbao-step - The wizard moved; `detail` has `index` and `id`.
 * @event shenbao-submit - 确定 on a complete declaration; `detail` has `value` and `evaluation`. Cancel it to stay on the confirmation.
 * @event shenbao-evaluated - A new evaluation is shown; `detail` is the evaluation.
 * @event shenbao-record - The default uploader opened a draft record on the server; `detail.recordId` is its id (also in `recordId`).
 * @event shenbao-review - Review mode: the reviewer approved, returned or allowed modification; `detail` has `action`, `reason` and `comments` ({target, text}[]).
 */
export class ShenbaoForm extends LitElement {
  static formAssociated = true;
  static override styles = formStyles;
  static override properties = {
    definition: { attribute: false },
    rules: { attribute: false },
    year: { type: Number },
    value: { attribute: false },
    context: { attribute: false },
    mode: { type: String, reflect: true },
    locale: { type: String },
    name: { type: String, reflect: true },
    draftKey: { type: String, attribute: 'draft-key' },
    draftStore: { attribute: false },
    uploader: { attribute: false },
    server: { type: String },
    recordId: { type: String, attribute: 'record-id', reflect: true },
    serverHeaders: { attribute: false },
    lookup: { attribute: false },
    dictionaries: { attribute: false },
    validator: { attribute: false },
    reviewComments: { attribute: false },
    unmasked: { type: Boolean },
    history: { attribute: false },
    recordStatus: { type: String, attribute: 'record-status' },
    reviewActions: { attribute: false },
    _step: { state: true },
    _structure: { state: true },
    _submitted: { state: true },
    _summary: { state: true },
  };

  declare definition: FormDefinition | undefined;
  declare rules: RulesInput | undefined;
  declare year: number | undefined;
  declare context: unknown;
  declare mode: FormMode;
  declare locale: Locale;
  declare name: string;
  /** Key under which drafts are kept; empty string turns drafts off. Default: `shenbao:<form id>`. */
  declare draftKey: string | undefined;
  declare draftStore: DraftStore;
  /** Uploads files; default: the reference server named by `server` (see {@link ShenbaoForm.server}). */
  declare uploader: Uploader | undefined;
  /**
   * Address of the reference server's API (e.g. `/api`). With it and no `uploader`, files go to that
   * server (`createServerUploader`) under `record-id`; without a `record-id` the first upload opens
   * a draft record there, sets `record-id`, fires `shenbao-record` and keeps the id with the draft.
   * Not set: no uploads (a page never sends candidates' files to a server it did not name).
   */
  declare server: string | undefined;
  /** The server record the declaration and its files belong to. */
  declare recordId: string | undefined;
  /** Headers for the default uploader's requests (a token; the reference server's `x-actor-id` / `x-actor-role`). Cookies of the page's origin are sent anyway. */
  declare serverHeaders: ServerHeaders | undefined;
  declare lookup: Lookup | undefined;
  declare dictionaries: DictionaryRegistry | undefined;
  /** A precompiled (standalone) validator of the definition, for pages under a strict CSP. */
  declare validator: DataValidator | undefined;
  declare reviewComments: ReviewComment[];
  /** Show ID and phone numbers unmasked in read-only views (COMMON-4: masked unless the host says so). */
  declare unmasked: boolean;
  /** The record's lifecycle history (core `HistoryEntry[]`); readonly and review modes then show the progress (进度详情, COMMON-6). */
  declare history: readonly HistoryEntry[] | undefined;
  /** The record's status, shown above the history (default: where the last history entry led). */
  declare recordStatus: RecordStatus | undefined;
  /** What a reviewer may do now (core `allowedActions(record, 'reviewer')`). */
  declare reviewActions: readonly LifecycleAction[];
  declare private _step: number;
  declare private _structure: number;
  declare private _submitted: boolean;
  declare private _summary: string;

  private readonly internals: ElementInternals;
  private store: FormStore | undefined;
  private compiled: CompiledForm | undefined;
  private pack: ResolvedPack | undefined;
  private hostValue: unknown;
  private submittedAt: string | undefined;
  private readonly touched = new Set<string>();
  private readonly checkedSteps = new Set<number>();
  private readonly specs = new Map<string, FieldSpec>();
  private issuesByPath = new Map<string, Issue>();
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the draft is due (`performance.now()`): a keystroke moves it, the one pending timer waits for it. */
  private draftDue = 0;
  private readonly flushDraft = () => this.saveDraft();
  /** The default uploader, made once per `server` address. */
  private serverUploader: { server: string; locale: Locale; uploader: Uploader } | undefined;
  /** The draft record being opened on the server, so that two first uploads open one record. */
  private recordOpening: Promise<string> | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.mode = 'edit';
    this.locale = 'zh-CN';
    this.name = '';
    this.draftStore = localDraftStore;
    this.reviewComments = [];
    this.unmasked = false;
    this.reviewActions = ['approve', 'return', 'allow-modification'];
    this._step = 0;
    this._structure = 0;
    this._submitted = false;
    this._summary = '';
    this.addEventListener(ShenbaoFieldChangeEvent.eventName, (e) => this.onFieldChange(e));
  }

  /** The current data (a copy). Setting it replaces the data and skips the draft. */
  get value(): unknown {
    return this.store ? this.store.snapshot() : this.hostValue;
  }
  set value(value: unknown) {
    this.hostValue = value;
    this.store?.load(value);
    this._structure++;
  }

  /** The latest evaluation. */
  get evaluation(): Evaluation | undefined {
    return this.store?.evaluation;
  }

  /** Evaluates now and resolves with the verdict (e.g. before a host submits by itself). */
  async check(): Promise<Evaluation | undefined> {
    return this.store?.evaluateNow();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.flushDraft);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.flushDraft);
    this.saveDraft();
    this.store?.dispose();
  }

  private get key(): string | undefined {
    if (this.draftKey === '') return undefined;
    return this.draftKey ?? (this.definition ? `shenbao:${this.definition.id}` : undefined);
  }

  /** The uploader in use: the host's, else the reference server's when `server` is set. */
  private get activeUploader(): Uploader | undefined {
    if (this.uploader) return this.uploader;
    const server = this.server;
    if (!server) return undefined;
    if (this.serverUploader?.server !== server || this.serverUploader.locale !== this.locale) {
      this.serverUploader = {
        server,
        locale: this.locale,
        uploader: createServerUploader({
          baseUrl: server,
          recordId: () => this.ensureRecord(server),
          headers: () => (typeof this.serverHeaders === 'function' ? this.serverHeaders() : this.serverHeaders ?? {}),
          locale: this.locale,
        }),
      };
    }
    return this.serverUploader.uploader;
  }

  /** The record id: `recordId`, or a draft record opened now on `server` (once, however many uploads ask). */
  private ensureRecord(server: string): Promise<string> {
    if (this.recordId) return Promise.resolve(this.recordId);
    if (!this.recordOpening) {
      const options = { baseUrl: server, form: this.definition?.id ?? '', locale: this.locale, ...(this.year === undefined ? {} : { year: this.year }) };
      this.recordOpening = createServerRecord({ ...options, headers: () => (typeof this.serverHeaders === 'function' ? this.serverHeaders() : this.serverHeaders ?? {}) }).then(
        (id) => {
          this.recordOpening = undefined;
          this.recordId = id;
          const key = this.key;
          if (key) void this.draftStore.save(`${key}#record`, id);
          this.dispatchEvent(new ShenbaoRecordEvent({ recordId: id }));
          return id;
        },
        (error: unknown) => {
          this.recordOpening = undefined;
          throw error;
        },
      );
    }
    return this.recordOpening;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('definition') || changed.has('rules') || changed.has('year') || changed.has('validator') || changed.has('dictionaries')) this.setup();
    else if (this.store && (changed.has('context') || changed.has('locale'))) {
      this.specs.clear();
      this.store.configure({ context: this.context, locale: this.locale });
    }
  }

  private resolveRules(): ResolvedPack | undefined {
    const rules = this.rules;
    if (!rules || !this.definition) return undefined;
    if (isResolved(rules)) return rules;
    if (Array.isArray(rules)) return resolvePack(rules as RulePack[], this.year ?? Math.max(...(rules as RulePack[]).map((p) => p.year)));
    return resolveStandalone(rules as RulePack);
  }

  private setup(): void {
    const definition = this.definition;
    this.pack = this.resolveRules();
    if (!definition || !this.pack) return;
    const dictionaries = this.dictionaries ?? defaultDictionaries();
    this.compiled = compileForm(definition, { dictionaries, ...(this.validator ? { validator: this.validator } : {}) });
    this.specs.clear();
    this.store?.dispose();
    this.store = new FormStore({
      definition,
      pack: this.pack,
      context: this.context,
      locale: this.locale,
      evaluateOptions: { compiled: this.compiled, dictionaries },
      objectPointers: [...this.compiled.index.values()]
        .filter((f) => f.type === 'object' && f.required && f.pointer !== '' && !f.pointer.includes('*') && !f.pointer.startsWith('/attachments'))
        .map((f) => f.pointer)
        .sort((a, b) => a.length - b.length),
      onEvaluated: (evaluation) => this.applyEvaluation(evaluation),
    });
    if (this.hostValue !== undefined) this.store.load(this.hostValue);
    else {
      this.store.load({});
      const key = this.key;
      if (key && this.mode === 'edit') {
        void this.draftStore.load(key).then((draft) => {
          if (draft && typeof draft === 'object' && this.hostValue === undefined) {
            this.store!.load(draft);
            this._structure++;
          }
        });
        // The record the default uploader opened for this draft, so its files stay with it.
        if (this.server && !this.recordId) {
          void this.draftStore.load(`${key}#record`).then((id) => {
            if (typeof id === 'string' && id !== '' && !this.recordId) this.recordId = id;
          });
        }
      }
    }
  }

  private armDraft(ms: number): void {
    this.draftTimer = setTimeout(() => {
      this.draftTimer = undefined;
      const left = this.draftDue - performance.now();
      if (left > 1) this.armDraft(left);
      else this.saveDraft();
    }, ms);
  }

  private saveDraft(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    const key = this.key;
    if (!key || !this.store || this.mode !== 'edit') return;
    void this.draftStore.save(key, this.store.snapshot());
  }

  private onFieldChange(e: ShenbaoFieldChangeEvent): void {
    e.stopPropagation();
    if (!this.store || this.mode !== 'edit') return;
    const { pointer, value, commit } = e.detail;
    // Adding or removing a group item comes from the form itself and changes what is rendered.
    const structural = e.composedPath()[0] === this;
    this.store.set(pointer, value, commit || structural);
    if (commit) this.touched.add(pointer);
    if (structural) this._structure++;
    if (this.key !== undefined) {
      this.draftDue = performance.now() + 200;
      if (this.draftTimer === undefined) this.armDraft(200);
    }
    // A keystroke must not cost O(form size): the copy of the data is made only if a listener reads
    // `detail.value` (once, then kept), not for every `input`.
    const store = this.store;
    let copy: unknown;
    let copied = false;
    const detail = {
      pointer,
      evaluation: store.evaluation,
      get value(): unknown {
        if (!copied) {
          copy = store.snapshot();
          copied = true;
        }
        return copy;
      },
    };
    this.dispatchEvent(new ShenbaoValueEvent('input', detail));
    if (commit) {
      void this.store.evaluateNow().then((evaluation) => {
        this.dispatchEvent(new ShenbaoValueEvent('change', { value: this.store!.snapshot(), pointer, evaluation }));
      });
    }
  }

  /** Shows a new evaluation: only the fields whose state changed update (no form-wide re-render). */
  private applyEvaluation(evaluation: Evaluation): void {
    const byPath = new Map<string, Issue>();
    for (const issue of evaluation.issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
    this.issuesByPath = byPath;
    this.internals.setFormValue(JSON.stringify(this.store!.value));
    const first = evaluation.issues[0];
    if (first) this.internals.setValidity({ customError: true }, first.message);
    else this.internals.setValidity({});
    this.updateFields();
    // Sections, groups and uploads follow visibility and counts: those re-render through the template.
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('shenbao-evaluated', { detail: evaluation, bubbles: true, composed: true }));
  }

  private showErrorsAt(pointer: string): boolean {
    if (this.touched.has(pointer) || this.mode !== 'edit') return true;
    return this.checkedSteps.has(this._step);
  }

  private updateFields(): void {
    const evaluation = this.store?.evaluation;
    if (!evaluation) return;
    const fields = this.renderRoot.querySelectorAll<ShenbaoField>('shenbao-field');
    for (const field of fields) {
      const pointer = field.spec?.pointer;
      if (!pointer) continue;
      const issue = this.issuesByPath.get(pointer);
      field.required = evaluation.required[pointer] === true;
      field.hidden = evaluation.visible[pointer] === false;
      field.error = issue && this.showErrorsAt(pointer) ? issue.message : undefined;
      if (this.mode === 'edit' && Object.prototype.hasOwnProperty.call(evaluation.computed, pointer)) {
        // While filling in, a computed value (the fee of HQ-1) is the rules' to set: shown read-only,
        // kept in the data. Other modes show the record as it stands, a stated wrong value with its issue.
        const value = evaluation.computed[pointer];
        if (getAt(this.store!.value, pointer) !== value) assignAt(this.store!.value, pointer, value);
        field.readonly = true;
        field.value = value;
      } else field.value = getAt(this.store!.value, pointer);
    }
  }

  protected override updated(): void {
    this.updateFields();
  }

  private spec(item: Extract<LayoutItem, { field: string }>, pointer: string): FieldSpec {
    let spec = this.specs.get(pointer);
    if (!spec) {
      spec = fieldSpec(this.compiled!, item, pointer, templateOf(this.compiled!.index, pointer), this.locale, this.dictionaries ?? defaultDictionaries());
      this.specs.set(pointer, spec);
    }
    return spec;
  }

  private get steps() {
    return this.definition?.layout.steps ?? [];
  }

  /** Paths a step covers: its fields, groups and slots (as pointer prefixes). */
  private stepPrefixes(index: number): string[] {
    const prefixes: string[] = [];
    const walk = (items: readonly LayoutItem[], base: string) => {
      for (const item of items) {
        if ('field' in item) prefixes.push(base + item.field);
        else if ('group' in item) prefixes.push(base + item.group);
        else if ('attachment' in item) {
          const slot = this.compiled?.slots.get(item.attachment);
          if (slot && slot.group === undefined) prefixes.push(`/attachments/${slot.id}`);
        }
      }
    };
    for (const section of this.steps[index]?.sections ?? []) walk(section.items, '');
    return prefixes;
  }

  private stepIssues(index: number, evaluation: Evaluation): Issue[] {
    const prefixes = this.stepPrefixes(index);
    return evaluation.issues.filter((i) => prefixes.some((p) => i.path === p || i.path.startsWith(p + '/')));
  }

  private async next(): Promise<void> {
    const evaluation = await this.store?.evaluateNow();
    if (!evaluation) return;
    const issues = this.stepIssues(this._step, evaluation);
    if (issues.length) {
      this.checkedSteps.add(this._step);
      this._summary = t('stepIssues', this.locale, { count: issues.length });
      this.updateFields();
      this.requestUpdate();
      await this.updateComplete;
      this.focusProblem(issues[0]!.path);
      return;
    }
    this.goTo(this._step + 1);
  }

  private goTo(index: number): void {
    this._summary = '';
    this._step = Math.max(0, Math.min(index, this.steps.length));
    const id = this._step < this.steps.length ? this.steps[this._step]!.id : 'confirm';
    this.dispatchEvent(new ShenbaoStepEvent({ index: this._step, id }));
    void this.updateComplete.then(() => (this.renderRoot.querySelector('[data-step-heading]') as HTMLElement | null)?.focus());
  }

  /** Focuses the field (or the nearest rendered element) of a problem path. */
  private focusProblem(path: string): void {
    const fields = [...this.renderRoot.querySelectorAll<ShenbaoField>('shenbao-field')];
    const target = fields.find((f) => f.spec?.pointer === path) ?? fields.find((f) => f.spec && path.startsWith(f.spec.pointer + '/')) ?? this.renderRoot.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
    target?.scrollIntoView?.({ block: 'center' });
    target?.focus();
  }

  private async confirmSubmit(): Promise<void> {
    const evaluation = await this.store?.evaluateNow();
    if (!evaluation) return;
    if (!evaluation.complete) {
      for (let i = 0; i < this.steps.length; i++) this.checkedSteps.add(i);
      this._summary = t('formIssues', this.locale, { count: evaluation.issues.length });
      this.updateFields();
      return;
    }
    const event = new ShenbaoSubmitEvent({ value: this.store!.snapshot(), evaluation });
    if (this.dispatchEvent(event)) {
      this.submittedAt = new Date().toISOString();
      this._submitted = true;
      const key = this.key;
      if (key) {
        void this.draftStore.clear(key);
        void this.draftStore.clear(`${key}#record`);
      }
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.definition || !this.compiled || !this.store) return nothing;
    const title = localize(this.definition.title, this.locale);
    if (this.mode !== 'edit') return this.renderSummary(title);
    const names = [...this.steps.map((s) => localize(s.title, this.locale)), t('confirm', this.locale), t('success', this.locale)];
    const current = this._submitted ? names.length - 1 : this._step;
    return html`<div class="form">
      <h1 class="title">${title}</h1>
      <shenbao-steps .steps=${names} .current=${current} .locale=${this.locale}></shenbao-steps>
      ${this._submitted
        ? html`<section part="step" class="step">
            <h2 tabindex="-1" data-step-heading>${t('success', this.locale)}</h2>
            <p>${t('submitted', this.locale)}</p>
            <shenbao-notice .rows=${this.noticeRows()} .submittedAt=${this.submittedAt} .locale=${this.locale}></shenbao-notice>
            <slot name="success"></slot>
          </section>`
        : this._step >= this.steps.length
          ? this.renderConfirm()
          : this.renderStep(this._step)}
    </div>`;
  }

  private renderStep(index: number) {
    const step = this.steps[index]!;
    return html`<section part="step" class="step">
      <h2 tabindex="-1" data-step-heading>${localize(step.title, this.locale)}</h2>
      ${step.sections.map((section) => this.renderSection(section, false, true))}
      <p part="summary" class="summary" role="status" aria-live="polite">${this._summary}</p>
      <div part="actions" class="actions">
        ${index > 0 ? html`<button part="button" type="button" class="secondary" @click=${() => this.goTo(index - 1)}>${t('previous', this.locale)}</button>` : nothing}
        <button part="button" type="button" class="primary" @click=${() => void this.next()}>${t('next', this.locale)}</button>
      </div>
    </section>`;
  }

  private renderConfirm() {
    return html`<section part="step" class="step">
      <h2 tabindex="-1" data-step-heading>${t('confirm', this.locale)}</h2>
      ${this.renderFormIssues()}
      ${this.renderAllSteps(3)}
      <p part="summary" class="summary" role="status" aria-live="polite">${this._summary}</p>
      <div part="actions" class="actions">
        <button part="button" type="button" class="secondary" @click=${() => this.goTo(this.firstStepWithIssues())}>${t('edit', this.locale)}</button>
        <button part="button" type="button" class="primary" @click=${() => void this.confirmSubmit()}>${t('submit', this.locale)}</button>
      </div>
    </section>`;
  }

  private firstStepWithIssues(): number {
    const evaluation = this.store?.evaluation;
    if (!evaluation) return 0;
    for (let i = 0; i < this.steps.length; i++) if (this.stepIssues(i, evaluation).length) return i;
    return Math.max(0, this.steps.length - 1);
  }

  /** Saves the confirmation or read-only view as a PNG (PEC-3), button bars left out; resolves with the image. */
  async saveImage(fileName?: string): Promise<Blob> {
    await this.updateComplete;
    return saveAsImage(this, fileName ?? (this.definition ? localize(this.definition.title, this.locale) : 'shenbao'));
  }

  /** What a reviewer may comment on (PEM-10), in screen order: each section, then its visible slot instances. */
  private reviewTargets(): ReviewTarget[] {
    const targets: ReviewTarget[] = [];
    const states = this.store?.evaluation?.attachments ?? {};
    const walk = (items: readonly LayoutItem[], base: string, prefix: string): void => {
      for (const item of items) {
        if ('attachment' in item) {
          const path = `${base}/attachments/${item.attachment}`;
          const slot = this.compiled?.slots.get(item.attachment);
          if (slot && states[path]?.visible !== false) targets.push({ id: path, label: prefix + localize(slot.label, this.locale) });
        } else if ('group' in item) {
          const pointer = base + item.group;
          const list = getAt(this.store!.value, pointer);
          const info = this.compiled!.index.get(templateOf(this.compiled!.index, pointer));
          const name = localize(item.itemLabel ?? item.label ?? info?.label ?? { 'zh-CN': pointer }, this.locale);
          const count = Array.isArray(list) ? list.length : 0;
          for (let i = 0; i < count; i++) walk(item.items, `${pointer}/${i}`, `${prefix}${name} ${i + 1} · `);
        }
      }
    };
    for (const step of this.steps) {
      for (const section of step.sections) {
        if (section.items.every((i) => 'notice' in i)) continue;
        targets.push({ id: section.id, label: localize(section.title, this.locale) });
        walk(section.items, '', '');
      }
    }
    return targets;
  }

  /**
   * The rows of the printable registration notice after submission (TCM-7): the form, then the
   * filled fields of the first section with fields (the candidate's identity), masked as the schema says.
   */
  private noticeRows(): NoticeRow[] {
    const rows: NoticeRow[] = [{ label: this.locale === 'en' ? 'Declaration' : '申报项目', value: localize(this.definition!.title, this.locale) }];
    const section = this.steps.flatMap((s) => s.sections).find((sec) => sec.items.some((i) => 'field' in i));
    for (const item of section?.items ?? []) {
      if (!('field' in item)) continue;
      const spec = this.spec(item, item.field);
      const value = getAt(this.store!.value, item.field);
      if (value === undefined || value === null || value === '' || typeof value === 'object') continue;
      const text = spec.options?.find((o) => o.value === String(value))?.label ?? String(value);
      rows.push(spec.info.mask ? { label: spec.label, value: text, mask: spec.info.mask } : { label: spec.label, value: text });
    }
    return rows;
  }

  /** Problems with the record as a whole (path ""), e.g. PEC-1's "the unit has not filed yet". */
  private renderFormIssues() {
    const issues = (this.store?.evaluation?.issues ?? []).filter((i) => i.path === '');
    return issues.length ? html`<div class="notice warning" role="status">${issues.map((i) => html`<p>${i.message}</p>`)}</div>` : nothing;
  }

  private renderSummary(title: string) {
    const saveButton = html`<button part="button" type="button" class="secondary" @click=${() => void this.saveImage()}>${t('saveImage', this.locale)}</button>`;
    return html`<div class="form">
      <h1 class="title">${title}</h1>
      ${this.renderFormIssues()}
      ${this.history && this.mode !== 'confirm'
        ? html`<shenbao-timeline .history=${this.history} .status=${this.recordStatus} .locale=${this.locale}></shenbao-timeline>`
        : nothing}
      ${this.renderAllSteps()}
      ${this.mode === 'confirm'
        ? html`<div part="actions" class="actions">${saveButton}<button part="button" type="button" class="primary" @click=${() => void this.confirmSubmit()}>${t('submit', this.locale)}</button></div>`
        : this.mode === 'readonly'
          ? html`<div part="actions" class="actions">${saveButton}</div>`
          : nothing}
      ${this.mode === 'review'
        ? html`<shenbao-review-panel .targets=${this.reviewTargets()} .allowed=${this.reviewActions} .comments=${this.reviewComments} .locale=${this.locale}
            @shenbao-review=${(e: ShenbaoReviewEvent) => (this.reviewComments = e.detail.comments)}></shenbao-review-panel>`
        : nothing}
      <slot name="after"></slot>
    </div>`;
  }

  /** Every step's sections, read-only, each step under its own heading (h2, or h3 inside the confirm step). */
  private renderAllSteps(level: 2 | 3 = 2) {
    return this.steps.map((step) => {
      const sections = step.sections.map((section) => this.renderSection(section, true, false, level + 1));
      if (sections.every((s) => s === nothing)) return nothing;
      const title = localize(step.title, this.locale);
      return html`${level === 2 ? html`<h2 class="step-title">${title}</h2>` : html`<h3 class="step-title">${title}</h3>`}${sections}`;
    });
  }

  private renderSection(section: LayoutSection, readonly: boolean, editing = false, level = 3) {
    const notices = section.items.every((i) => 'notice' in i);
    if (readonly && notices) return nothing;
    const comment = this.reviewComments.find((c) => c.target === section.id);
    const estimate = editing ? this.deferredEstimate(section) : undefined;
    return html`<section part="section" class=${estimate === undefined ? 'section' : 'section deferred'} style=${estimate === undefined ? nothing : `--shenbao-section-estimate: ${estimate}px`} aria-labelledby="sec-${section.id}">
      <div role="heading" aria-level=${level} class="section-title" id="sec-${section.id}">${localize(section.title, this.locale)}</div>
      ${comment ? html`<p class="comment" role="note">${comment.text}</p>` : nothing}
      ${this.renderItems(section.items, '', readonly)}
    </section>`;
  }

  /**
   * A section of the step being edited that holds only notices and fields with nothing that
   * overflows it (no lookup list, group or upload) skips style, layout and paint while it is far
   * off screen (`content-visibility: auto`): a long step shows as fast as a short one. Returns its
   * estimated height until it is first drawn, or undefined when it always renders.
   */
  private deferredEstimate(section: LayoutSection): number | undefined {
    let height = 64;
    for (const item of section.items) {
      if ('notice' in item) height += 56;
      else if ('field' in item && this.spec(item, item.field).widget !== 'lookup') height += 84;
      else return undefined;
    }
    return height;
  }

  private renderItems(items: readonly LayoutItem[], base: string, readonly: boolean): unknown {
    return items.map((item) => {
      if ('notice' in item) return readonly ? nothing : html`<p class="notice ${item.tone ?? 'info'}">${localize(item.notice, this.locale)}</p>`;
      if ('field' in item) {
        const pointer = base + item.field;
        const spec = this.spec(item, pointer);
        // Required as the latest evaluation says; before the first one, as the schema says, so a
        // field renders once with its mark instead of again when the first evaluation arrives.
        const evaluation = this.store!.evaluation;
        const required = evaluation ? evaluation.required[pointer] === true : spec.info.required;
        return html`<shenbao-field .spec=${spec} .value=${getAt(this.store!.value, pointer)} .required=${required} .locale=${this.locale} .lookup=${this.lookup} .masked=${!this.unmasked} ?readonly=${readonly}></shenbao-field>`;
      }
      if ('group' in item) return this.renderGroup(item, base + item.group, readonly);
      const slot = this.compiled!.slots.get(item.attachment);
      return slot ? this.renderSlot(slot, base, readonly) : nothing;
    });
  }

  /** Every message at exactly this path (a group can break several count rules at once), joined. */
  private messagesAt(path: string): string {
    const messages = (this.store?.evaluation?.issues ?? []).filter((i) => i.path === path).map((i) => i.message);
    return [...new Set(messages)].join('；');
  }

  private renderGroup(item: Extract<LayoutItem, { group: string }>, pointer: string, readonly: boolean) {
    const info = this.compiled!.index.get(templateOf(this.compiled!.index, pointer));
    const list = getAt(this.store!.value, pointer);
    const count = Array.isArray(list) ? list.length : 0;
    const min = typeof info?.schema.minItems === 'number' ? info.schema.minItems : 0;
    const max = typeof info?.schema.maxItems === 'number' ? info.schema.maxItems : Infinity;
    const label = item.label ? localize(item.label, this.locale) : info?.label ? localize(info.label, this.locale) : pointer;
    const itemLabel = item.itemLabel ? localize(item.itemLabel, this.locale) : label;
    const issue = this.issuesByPath.get(pointer);
    const showIssue = issue && this.showErrorsAt(pointer);
    const change = (next: unknown[]) => this.dispatchEvent(new ShenbaoFieldChangeEvent({ pointer, value: next, commit: true }));
    return html`<shenbao-group data-path=${pointer} .label=${label} .count=${count} .min=${min} .max=${max} .locale=${this.locale} ?readonly=${readonly}
        .error=${showIssue ? this.messagesAt(pointer) : undefined}
        @shenbao-group-add=${() => change([...(Array.isArray(list) ? list : []), {}])}>
      ${repeat(
        Array.from({ length: count }, (_, i) => i),
        (i) => `${pointer}/${i}`,
        (i) => html`<fieldset class="item">
          <legend>${itemLabel} ${i + 1}</legend>
          ${this.renderItems(item.items, `${pointer}/${i}`, readonly)}
          ${readonly
            ? nothing
            : html`<button type="button" class="remove" ?disabled=${count <= min} aria-label="${this.locale === 'en' ? 'Remove' : '删除'} ${itemLabel} ${i + 1}"
                @click=${() => change((list as unknown[]).filter((_, j) => j !== i))}>${this.locale === 'en' ? 'Remove' : '删除'}</button>`}
        </fieldset>`,
      )}
    </shenbao-group>`;
  }

  private renderSlot(slot: AttachmentSlot, base: string, readonly: boolean) {
    const path = `${base}/attachments/${slot.id}`;
    const state = this.store!.evaluation?.attachments[path];
    if (state && !state.visible) return nothing;
    const issue = this.issuesByPath.get(path);
    const fileIssues = this.store!.evaluation?.issues.filter((i) => i.path.startsWith(path + '/')) ?? [];
    const comment = this.reviewComments.find((c) => c.target === path || c.target === slot.id);
    const show = this.showErrorsAt(path);
    return html`<shenbao-upload data-path=${path} .attachmentSlot=${slot} .path=${path} .files=${getAt(this.store!.value, path) ?? []} .state=${state}
      .uploader=${this.activeUploader} .locale=${this.locale} ?readonly=${readonly || this.mode !== 'edit'}
      .error=${show ? issue?.message ?? fileIssues[0]?.message : undefined} .comment=${comment?.text}></shenbao-upload>`;
  }
}
