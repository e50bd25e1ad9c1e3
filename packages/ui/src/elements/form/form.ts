/**
 * `<shenbao-form>`: renders any shenbao definition as a phone-first wizard (COMMON-1), shows what
 * `evaluate()` says (it never re-implements a rule), keeps a draft of every change, and takes part
 * in a host `<form>` (form-associated). Modes: edit, confirm, readonly, review. This file holds the
 * element (its properties, data, evaluation and wizard moves); each of its parts is a file beside it,
 * but for the rules input (../../resolve-rules.ts).
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  compileForm,
  getAt,
  localize,
  templateOf,
  type CompiledForm,
  type DataValidator,
  type DictionaryRegistry,
  type FormDefinition,
  type HistoryEntry,
  type Issue,
  type LayoutItem,
  type LifecycleAction,
  type Locale,
  type RecordStatus,
} from '@shenbao/core';
import type { Evaluation, ResolvedPack } from '@shenbao/rules';
import { localDraftStore } from '../../adapters/local-draft-store.js';
import type { ServerHeaders } from '../../adapters/server-uploader.js';
import { ShenbaoFieldChangeEvent } from '../../events/field-change-event.js';
import { ShenbaoInputEvent, ShenbaoRecordEvent, ShenbaoStepEvent, ShenbaoSubmitEvent, ShenbaoValueEvent } from '../../events/form-events.js';
import { defaultDictionaries, fieldSpec, itemOptions } from '../../field-specs.js';
import { FormStore } from '../../form-store.js';
import { resolveRules, type RulesInput } from '../../resolve-rules.js';
import { loadElementsUnder } from '../../lazy-elements.js';
import type { DraftStore, FieldSpec, FormMode, Lookup, ReviewComment, Uploader } from '../../types.js';
import { t } from '../../ui-texts.js';
import { DraftController } from './draft-controller.js';
import { changedPointers, updateFields, updateFieldsAt, type FieldIndex } from './field-updates.js';
import { renderSummary } from './form-summary.js';
import type { FormView } from './form-view.js';
import { renderWizard } from './form-wizard.js';
import { formStyles } from './form.styles.js';
import { ServerConnection } from './server-connection.js';
import { changedPaths } from './changed-paths.js';
import { DocumentViewerController } from './document-viewer.js';
import { assignAt } from '../../form-store.js';
import { applyPrefill, deriveBirthDate, prefillItems } from './prefill.js';
import { StepHistory } from './step-history.js';
import { attributeMisuse } from './attribute-misuse.js';
import { focusProblem, focusShown, focusStepHeading, isNoticeStep, shownProblems, stepIssues } from './wizard-steps.js';
import { controlStateStyles } from '../../styles/control-states.styles.js';

/** Definitions whose refused compilation was reported in the console (once each). */
const reportedBlocked = new WeakSet<object>();

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
 * @event input - The field's own trusted native `input` (with `inputType` and `data`), untouched; the form has stored the value by then (read `form.value`).
 * @event shenbao-input - Each edit (also choices, group items, uploads); `detail` has `value`, `pointer`, `evaluation`. `detail.value` (a copy of the data) is made when first read: read it in the listener, or read `form.value`.
 * @event change - Each committed edit, after its evaluation; same `detail`.
 * @event shenbao-step - The wizard moved; `detail` has `index` and `id`.
 * @event shenbao-submit - 确定 on a complete declaration; `detail` has `value` (the declaration as stored: without hidden values) and `evaluation`. Cancel it to stay on the confirmation.
 * @event shenbao-evaluated - A new evaluation is shown; `detail` is the evaluation.
 * @event shenbao-record - The default uploader opened a draft record on the server; `detail.recordId` is its id (also in `recordId`).
 * @event shenbao-open-document - A thumbnail was activated; the form opens its document viewer (`<shenbao-doc-viewer>`, loaded on first use) and stops the event.
 * @event shenbao-review - Review mode: the reviewer approved, returned or allowed modification; `detail` has `action`, `reason` and `comments` ({target, text}[]).
 */
export class ShenbaoForm extends LitElement {
  static formAssociated = true;
  static override styles = [controlStateStyles, formStyles];
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
    evaluateDelay: { type: Number, attribute: 'evaluate-delay' },
    previousValue: { attribute: false },
    maskedPaths: { attribute: false },
    revealer: { attribute: false },
    stepHistory: { type: Boolean, attribute: 'step-history' },
    prefill: { attribute: false },
    _step: { state: true },
    _structure: { state: true },
    _submitted: { state: true },
    _summary: { state: true },
    _noticeRead: { state: true },
    _pledged: { state: true },
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
  /** Headers for the default uploader's requests: the credentials (`credentialHeaders({ token })` or, with the session cookie, `credentialHeaders({ csrfToken })`). Cookies of the page's origin are sent anyway. */
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
  /**
   * Pause (ms) after a keystroke before the rules run. Not set (default): the rules run on every
   * input, so their effect is painted in the next frame, as long as an evaluation fits in a frame
   * (≤ 12 ms); a form whose evaluation takes longer evaluates once typing pauses (250 ms). A
   * committed change (`change`, a choice) always evaluates at once.
   */
  declare evaluateDelay: number | undefined;
  /** Review mode: the data of the previous submission; what differs from it is marked 本次修改. */
  declare previousValue: unknown;
  /** Review mode: the pointers whose values the host masked for this reader (COMMON-4); each gets a 显示 button if there is a `revealer`. */
  declare maskedPaths: readonly string[];
  /** Review mode: fetches one masked value in full (the host records the reveal, e.g. `POST /records/:id/reveal`). */
  declare revealer: ((pointer: string) => Promise<string>) | undefined;
  /**
   * What the host has verified about the candidate (COMMON-12), e.g. the reference server's
   * `GET /me/profile`: `{ name, idType, idNumber, gender, birthDate, unit: { name, … } }`. Fields
   * whose layout item names a `prefill` source take the value from it and are read-only. Pass only
   * verified facts.
   */
  declare prefill: unknown;
  /** Browser Back and Forward move between the wizard's steps (each move pushes a history entry; attribute `step-history`). */
  declare stepHistory: boolean;
  declare private _step: number;
  declare private _structure: number;
  declare private _submitted: boolean;
  declare private _summary: string;
  declare private _noticeRead: boolean;
  declare private _pledged: boolean;

  private readonly internals: ElementInternals;
  private store: FormStore | undefined;
  private compiled: CompiledForm | undefined;
  private pack: ResolvedPack | undefined;
  private hostValue: unknown;
  private submittedAt: string | undefined;
  private readonly touched = new Set<string>();
  /** Fields filled from the verified profile (read-only). */
  private prefilled = new Set<string>();
  /** Birth dates derived from an ID number (updated when the number changes). */
  private readonly derived = new Set<string>();
  private readonly checkedSteps = new Set<number>();
  /** Group items added since the step was last checked (their blanks are not red yet). */
  private readonly fresh = new Set<string>();
  private readonly specs = new Map<string, FieldSpec>();
  private issuesByPath = new Map<string, Issue>();
  /** The evaluation the fields show, the rendered fields by pointer, and fields touched since. */
  private shown: Evaluation | undefined;
  private fieldIndex: FieldIndex | undefined;
  private readonly newlyTouched = new Set<string>();
  private readonly draft = new DraftController(this, () => this.store);
  /** Pointers revealed in full by the reviewer (their values are in the data now). */
  private readonly revealed = new Set<string>();
  private changedCache: { previous: unknown; value: unknown; paths: ReadonlySet<string> } | undefined;
  /** The document viewer, loaded when a thumbnail is first opened. */
  private readonly viewer = new DocumentViewerController(
    this,
    () => (this.store && this.compiled ? this.view() : undefined),
    () => this.renderRoot.querySelector('shenbao-review-panel')?.comments ?? this.reviewComments,
    (comments) => (this.reviewComments = comments),
  );
  private readonly navigation = new StepHistory(this, () => this.draft.key ?? this.definition?.id ?? '', (index) => this.goTo(index, false));
  /** The default uploader; a draft record it opens is kept, saved with the draft and announced. */
  private readonly connection = new ServerConnection(this, (id) => {
    this.recordId = id;
    this.draft.saveRecord(id);
    this.dispatchEvent(new ShenbaoRecordEvent({ recordId: id }));
  });

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
    this.maskedPaths = [];
    this.stepHistory = false;
    this._step = 0;
    this._structure = 0;
    this._submitted = false;
    this._summary = '';
    this._noticeRead = false;
    this._pledged = false;
    this.addEventListener(ShenbaoFieldChangeEvent.eventName, (e) => this.onFieldChange(e));
  }

  /** The current data (a copy). Setting it replaces the data and skips the draft. */
  get value(): unknown {
    return this.store ? this.store.snapshot() : this.hostValue;
  }
  set value(value: unknown) {
    this.hostValue = value;
    this.revealed?.clear();
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

  /** Saves the confirmation or read-only view as a PNG (PEC-3), button bars left out; resolves with the image. */
  async saveImage(fileName?: string): Promise<Blob> {
    await this.updateComplete;
    const { saveAsImage } = await import('../../save-as-image.js'); // image tools load on first use
    return saveAsImage(this, fileName ?? (this.definition ? localize(this.definition.title, this.locale) : 'shenbao'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback(); // the draft controller saves the draft
    this.store?.dispose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('definition') || changed.has('rules') || changed.has('year') || changed.has('validator') || changed.has('dictionaries')) this.setup();
    else if (this.store && (changed.has('context') || changed.has('locale'))) {
      this.specs.clear();
      this.store.configure({ context: this.context, locale: this.locale, idleMs: this.evaluateDelay });
    } else if (this.store && changed.has('evaluateDelay')) this.store.configure({ idleMs: this.evaluateDelay });
    if (this.store && changed.has('prefill') && !changed.has('definition')) this.fillVerified();
  }

  private setup(): void {
    const definition = this.definition;
    this.pack = this.rules && definition ? resolveRules(this.rules, this.year) : undefined;
    this.blocked = undefined;
    if (!definition || !this.pack) return;
    const dictionaries = this.dictionaries ?? defaultDictionaries();
    try {
      this.compiled = compileForm(definition, { dictionaries, ...(this.validator ? { validator: this.validator } : {}) });
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      // A strict CSP refuses ajv's runtime compilation: say what to do, once, on screen and in the console.
      this.compiled = undefined;
      this.store?.dispose();
      this.store = undefined;
      this.blocked = t('cspBlocked', this.locale, { form: localize(definition.title, this.locale) });
      if (!reportedBlocked.has(definition)) {
        reportedBlocked.add(definition);
        console.error(`shenbao: ${t('cspBlocked', 'en', { form: localize(definition.title, 'en') })}`, e);
      }
      return;
    }
    this.specs.clear();
    this.store?.dispose();
    this.shown = undefined;
    this.fieldIndex = undefined;
    this.store = new FormStore({
      definition,
      pack: this.pack,
      context: this.context,
      locale: this.locale,
      idleMs: this.evaluateDelay,
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
      this.draft.load(
        (draft) => {
          if (this.hostValue !== undefined) return;
          this.store!.load(draft);
          this.fillVerified();
          this._structure++;
        },
        // The step kept with the draft: a reload continues where the candidate was.
        (step) => {
          if (this.hostValue !== undefined || this._step !== 0) return;
          this._step = Math.min(step, this.steps.length);
          // Past the notice step, the candidate has ticked 已阅读须知 to get there.
          if (this._step > this.steps.findIndex(isNoticeStep)) this._noticeRead = true;
          this.navigation.replace(this._step);
        },
      );
    }
    this.navigation.replace(this._step);
    this.fillVerified();
  }

  private computedCache: { pack: ResolvedPack; targets: Set<string> } | undefined;
  /** Pointers some `set` effect of the pack writes (HQ-1's fee): read-only while filling in, whether or not the rule applies now. */
  private computedTargets(): Set<string> {
    const pack = this.pack;
    if (!pack) return new Set();
    if (this.computedCache?.pack !== pack) {
      const targets = new Set<string>();
      for (const rule of pack.rules) {
        const event = rule.event as { type?: string; params?: { path?: unknown } };
        if (event.type === 'set' && typeof event.params?.path === 'string') targets.add(event.params.path);
      }
      this.computedCache = { pack, targets };
    }
    return this.computedCache.targets;
  }

  /** Writes the verified profile into the data and derives birth dates from ID numbers (edit mode only: other modes show the record as it stands). */
  private fillVerified(): void {
    const store = this.store;
    if (!store || !this.definition || this.mode !== 'edit') return;
    this.prefilled = applyPrefill(store, prefillItems(this.definition), this.prefill);
    const has = (pointer: string) => this.compiled?.index.has(pointer) === true;
    for (const info of this.compiled?.index.values() ?? []) {
      if (info.pointer.endsWith('/idNumber') && !info.pointer.includes('*')) deriveBirthDate(store, has, info.pointer, this.derived);
    }
    void store.evaluateNow();
    this._structure++;
  }

  private onFieldChange(e: ShenbaoFieldChangeEvent): void {
    e.stopPropagation();
    if (!this.store || this.mode !== 'edit') return;
    const { pointer, value, commit } = e.detail;
    // Adding or removing a group item comes from the form itself and changes what is rendered.
    const structural = e.composedPath()[0] === this;
    if (structural) this.noteNewItems(pointer, value);
    this.store.set(pointer, value, commit || structural);
    if (commit) {
      this.touched.add(pointer);
      this.newlyTouched.add(pointer);
    }
    // A birth date follows from a resident ID number (COMMON-12), in the group item too.
    if (pointer.endsWith('/idNumber') && deriveBirthDate(this.store, (p) => this.compiled!.index.has(p.replace(/\/\d+(?=\/)/g, '/*')), pointer, this.derived)) {
      void this.store.evaluateNow();
      this.requestUpdate();
    }
    if (structural) this._structure++;
    this.draft.changed();
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
    this.dispatchEvent(new ShenbaoInputEvent(detail));
    if (commit) {
      void this.store.evaluateNow().then((evaluation) => {
        this.dispatchEvent(new ShenbaoValueEvent('change', { value: this.store!.snapshot(), pointer, evaluation }));
      });
    }
  }

  /** Shows a new evaluation: only the fields whose state changed update (their own renders). */
  private applyEvaluation(evaluation: Evaluation): void {
    const byPath = new Map<string, Issue>();
    for (const issue of evaluation.issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
    const before = this.shown;
    const issuesBefore = this.issuesByPath;
    this.issuesByPath = byPath;
    this.shown = evaluation;
    this.internals.setFormValue(JSON.stringify(this.store!.value));
    const first = evaluation.issues[0];
    if (first) this.internals.setValidity({ customError: true }, first.message);
    else this.internals.setValidity({});
    if (before && this.fieldIndex) {
      const changed = changedPointers(before, evaluation, issuesBefore, byPath);
      for (const pointer of this.newlyTouched) changed.add(pointer); // their errors now show
      updateFieldsAt(this.fieldIndex, changed, this.view());
    } else this.updateFields();
    this.newlyTouched.clear();
    // Sections, groups and uploads follow visibility and counts: those re-render through the template.
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('shenbao-evaluated', { detail: evaluation, bubbles: true, composed: true }));
  }

  private showErrorsAt(pointer: string): boolean {
    // A reviewer judges the submission the server checked; its masked numbers cannot be re-checked here.
    if (this.mode === 'review') return false;
    if (this.touched.has(pointer) || this.mode !== 'edit') return true;
    // A blank item just added is not red before it was touched (until the next 下一步).
    for (const item of this.fresh) if (pointer === item || pointer.startsWith(item + '/')) return false;
    return this.checkedSteps.has(this._step);
  }

  /** A group's list changed from the form itself: an added item is fresh; a removal renumbers, so nothing is. */
  private noteNewItems(pointer: string, value: unknown): void {
    const before = getAt(this.store!.value, pointer);
    const count = Array.isArray(before) ? before.length : 0;
    if (Array.isArray(value) && value.length === count + 1) this.fresh.add(`${pointer}/${count}`);
    else this.fresh.clear();
  }

  /** Shows the latest evaluation in the rendered fields, in place (field-updates.ts). */
  private updateFields(): void {
    if (this.store) this.fieldIndex = updateFields(this.renderRoot, this.view());
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A render asked for by an evaluation alone (no property changed) adds or removes no field, and
    // applyEvaluation has updated the fields it changed; any other render may have added fields.
    if (changed.size > 0 || !this.fieldIndex) this.updateFields();
    // Upload, notice, review panel and timeline load on first use (lazy-elements.ts).
    this.lazyLoads = loadElementsUnder(this.renderRoot);
  }

  private lazyLoads: Promise<void> = Promise.resolve();
  /** Why the form cannot be shown (a strict CSP refused compiling its validator), if so. */
  private blocked: string | undefined;

  /** Also waits for the optional elements this render uses to be loaded and defined. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.lazyLoads;
    return result;
  }

  private spec(item: Extract<LayoutItem, { field: string }>, pointer: string): FieldSpec {
    let spec = this.specs.get(pointer);
    if (!spec) {
      spec = fieldSpec(this.compiled!, item, pointer, templateOf(this.compiled!.index, pointer), this.locale, this.dictionaries ?? defaultDictionaries());
      this.specs.set(pointer, spec);
    }
    // A field that indexes a list (`x-item-of`) takes its choices from the list as it stands now.
    return spec.info.itemOf ? { ...spec, options: itemOptions(spec, this.store?.value, this.locale) ?? [] } : spec;
  }

  private get steps() {
    return this.definition?.layout.steps ?? [];
  }

  /** Shows the 提交成功 page (for a host that cancelled `shenbao-submit` and stored the declaration itself): the draft is forgotten, the page scrolled to and focused. */
  async showSubmitted(): Promise<void> {
    this.submittedAt ??= new Date().toISOString();
    this._submitted = true;
    this.draft.clear();
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('[data-step-heading]');
    this.scrollIntoView?.({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  private async next(): Promise<void> {
    if (isNoticeStep(this.steps[this._step]) && this._step === this.steps.findIndex(isNoticeStep) && !this._noticeRead) {
      this._summary = t('readNoticeFirst', this.locale);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-tick="read-notice"]')?.focus();
      return;
    }
    const evaluation = await this.store?.evaluateNow();
    if (!evaluation) return;
    const issues = stepIssues(this.steps[this._step], this.compiled, evaluation);
    if (issues.length) {
      this.checkedSteps.add(this._step);
      this.fresh.clear();
      this.updateFields();
      this.requestUpdate();
      await this.updateComplete;
      // The count is what the candidate sees (one per field, group or slot with a message), and
      // focus goes to the first of them on screen, group messages included.
      const shown = shownProblems(this.renderRoot);
      this._summary = t('stepIssues', this.locale, { count: shown.length || issues.length });
      if (shown[0]) focusShown(shown[0]);
      else focusProblem(this.renderRoot, issues[0]!.path);
      return;
    }
    this.goTo(this._step + 1);
  }

  /** Shows a step; `push` (a move of the candidate, not Back/Forward) records it in the browser's history. */
  private goTo(index: number, push = true): void {
    this._summary = '';
    const previous = this._step;
    this._step = Math.max(0, Math.min(index, this.steps.length));
    if (this._submitted) return;
    this.draft.saveStep(this._step);
    if (push && this._step !== previous) this.navigation.push(this._step);
    const id = this._step < this.steps.length ? this.steps[this._step]!.id : 'confirm';
    this.dispatchEvent(new ShenbaoStepEvent({ index: this._step, id }));
    void this.updateComplete.then(() => focusStepHeading(this.renderRoot));
  }

  private async confirmSubmit(): Promise<void> {
    const evaluation = await this.store?.evaluateNow();
    if (!evaluation) return;
    if (!evaluation.complete) {
      for (let i = 0; i < this.steps.length; i++) this.checkedSteps.add(i);
      this._summary = t('formIssues', this.locale, { count: evaluation.issues.length });
      this.updateFields();
      // The list of every problem (also those of hidden fields, materials and the whole record) is at the top: go there.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('shenbao-issue-list')?.focus();
      return;
    }
    if (!this._pledged) {
      this._summary = t('pledgeFirst', this.locale);
      await this.updateComplete;
      const box = this.renderRoot.querySelector<HTMLElement>('[data-tick="pledge"]');
      box?.scrollIntoView?.({ block: 'center' });
      box?.focus();
      return;
    }
    // The declaration as it will be stored: hidden / not-applicable values stay in the draft, not in what is submitted (COMMON-9).
    const event = new ShenbaoSubmitEvent({ value: evaluation.declaration, evaluation });
    if (this.dispatchEvent(event)) {
      this.submittedAt = new Date().toISOString();
      await this.showSubmitted();
    }
  }

  /** What differs from the previous submission (review mode), computed once per pair of values. */
  private changed(): ReadonlySet<string> {
    if (this.mode !== 'review' || this.previousValue === undefined || !this.store) return new Set();
    const value = this.hostValue;
    if (this.changedCache?.previous !== this.previousValue || this.changedCache.value !== value) {
      this.changedCache = { previous: this.previousValue, value, paths: changedPaths(this.previousValue, this.store.value) };
    }
    return this.changedCache.paths;
  }

  /** Shows one masked value in full: the host fetches (and records) it; the field then shows it unmasked. */
  private async reveal(pointer: string): Promise<void> {
    if (!this.revealer || !this.store) return;
    const value = await this.revealer(pointer);
    assignAt(this.store.value, pointer, value);
    this.revealed.add(pointer);
    this.requestUpdate();
    await this.updateComplete;
    this.updateFields();
  }

  /** The form as its templates (form-view.ts) see it now. */
  private view(): FormView {
    return {
      locale: this.locale,
      mode: this.mode,
      definition: this.definition!,
      steps: this.steps,
      store: this.store!,
      compiled: this.compiled!,
      lookup: this.lookup,
      unmasked: this.unmasked,
      reviewComments: this.reviewComments,
      reviewActions: this.reviewActions,
      changed: this.changed(),
      maskedPaths: this.revealer ? this.maskedPaths : [],
      revealed: this.revealed,
      reveal: (pointer) => this.reveal(pointer),
      history: this.history,
      recordStatus: this.recordStatus,
      step: this._step,
      summary: this._summary,
      submitted: this._submitted,
      submittedAt: this.submittedAt,
      recordId: this.recordId,
      verified: (pointer) => this.prefilled.has(pointer),
      isComputed: (pointer) => this.computedTargets().has(pointer),
      noticeRead: this._noticeRead,
      pledged: this._pledged,
      setNoticeRead: (read) => {
        this._noticeRead = read;
        if (read && this._summary === t('readNoticeFirst', this.locale)) this._summary = '';
      },
      setPledged: (pledged) => {
        this._pledged = pledged;
        if (pledged && this._summary === t('pledgeFirst', this.locale)) this._summary = '';
      },
      uploader: () => this.connection.uploader,
      spec: (item, pointer) => this.spec(item, pointer),
      issueAt: (path) => this.issuesByPath.get(path),
      showErrorsAt: (path) => this.showErrorsAt(path),
      change: (pointer, value) => this.dispatchEvent(new ShenbaoFieldChangeEvent({ pointer, value, commit: true })),
      reviewed: (comments) => (this.reviewComments = comments),
      next: () => void this.next(),
      goTo: (index) => this.goTo(index),
      submit: () => void this.confirmSubmit(),
      saveImage: () => void this.saveImage(),
    };
  }

  override render(): TemplateResult | typeof nothing {
    if (this.blocked) return html`<div class="notice warning" part="blocked" role="alert">${this.blocked}</div>`;
    // `definition="[object Object]"`: the host's framework rendered before the element was defined.
    const misuse = attributeMisuse(this, this.locale);
    if (misuse && !this.definition) return html`<div class="notice warning" part="blocked" role="alert">${misuse}</div>`;
    if (!this.definition || !this.compiled || !this.store) return nothing;
    const title = localize(this.definition.title, this.locale);
    const view = this.view();
    return html`${this.mode === 'edit' ? renderWizard(view, title) : renderSummary(view, title)}${this.viewer.render(this.locale)}`;
  }
}
