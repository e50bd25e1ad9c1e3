/**
 * `<shenbao-form>`: renders any shenbao definition as a phone-first wizard (COMMON-1), shows what
 * `evaluate()` says (it never re-implements a rule), keeps a draft of every change, and takes part
 * in a host `<form>` (form-associated). Modes: edit, confirm, readonly, review. This file holds the
 * element (its properties, data, evaluation and wizard moves); each of its parts is a file beside it,
 * but for the rules input (../../resolve-rules.ts).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  compileForm,
  getAt,
  loadLocale,
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
import { ShenbaoFieldChangeEvent } from '../../events/shenbao-field-change-event.js';
import { ShenbaoInputEvent } from '../../events/shenbao-input-event.js';
import { ShenbaoRecordEvent } from '../../events/shenbao-record-event.js';
import { ShenbaoStepEvent } from '../../events/shenbao-step-event.js';
import { ShenbaoSubmitEvent } from '../../events/shenbao-submit-event.js';
import { ShenbaoChangeEvent } from '../../events/shenbao-change-event.js';
import { ShenbaoEvaluatedEvent } from '../../events/shenbao-evaluated-event.js';
import type { DraftOf, ShenbaoFormEventMap } from '../../events/form-event-map.js';
import { defaultDictionaries, fieldSpec, itemOptions } from '../../field-specs.js';
import { computedTargets, FormStore } from '../../form-store.js';
import type { RulesInput } from '../../resolve-rules.js';
import { loadElementsUnder } from '../../lazy-elements.js';
import type { DraftStore, FieldSpec, FormMode, Lookup, RecordStore, ReviewComment, Uploader } from '../../types.js';
import { t } from '../../ui-texts.js';
import { DraftController } from './draft-controller.js';
import { changedPlaces, changedStates, messagesByPlace, updateMessages, updatePlaces, updatePlacesAt, type PlaceIndex } from './verdict.js';
import { renderNeeded } from './render-needed.js';
import { renderSummary } from './form-summary.js';
import type { FormView } from './form-view.js';
import { renderWizard } from './form-wizard.js';
import { formStyles } from './form.styles.js';
import { RecordConnection } from './record-connection.js';
import { changedPaths } from './changed-paths.js';
import { DocumentViewerController } from './document-viewer.js';
import { assignAt } from '../../form-store.js';
import { applyPrefill, deriveBirthDate, prefillItems } from './prefill.js';
import { StepHistory } from './step-history.js';
import { attributeMisuse } from './attribute-misuse.js';
import { firstStepWithIssues, focusProblem, focusShown, focusStepHeading, isNoticeStep, shownCount, shownProblems, stepIssues } from './wizard-steps.js';
import { controlStateStyles } from '../../styles/control-states.styles.js';
import { checkAtDoor, loadRuntimeDoor, renderDoorProblems, reportDoorProblems, runtimeDoor, thrownAtDoor, valueProblem, type DoorProblem } from './definition-door.js';
import { DoorInputs } from './door-inputs.js';
import { reviewIssues } from './review-verdict.js';
import { doorStyles } from './definition-door.styles.js';
import { firstIssue, FormValidity } from './form-validity.js';
import { focusAfterEdit, groupSummaryStyles } from '../group/group-summary.js';
import { LocalizedElement } from '../../localized-element.js';

/** The old value the form's update is asked with once the runtime door is loaded (so `definition` counts as changed). */
const doorLoaded = Symbol('runtime door loaded');
/** Definitions whose refused compilation was reported in the console (once each). */
const reportedBlocked = new WeakSet<object>();

/** `addEventListener` of a form typed by its data (`ShenbaoForm<TData>`): its own events typed by {@link ShenbaoFormEventMap}. */
export interface ShenbaoForm<TData = unknown> {
  addEventListener<K extends keyof ShenbaoFormEventMap<TData>>(type: K, listener: (this: ShenbaoForm<TData>, ev: ShenbaoFormEventMap<TData>[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: ShenbaoForm<TData>, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ShenbaoFormEventMap<TData>>(type: K, listener: (this: ShenbaoForm<TData>, ev: ShenbaoFormEventMap<TData>[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: ShenbaoForm<TData>, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * A shenbao declaration form.
 *
 * @csspart step - The current step's container.
 * @csspart section - A section (card) of fields.
 * @csspart actions - The wizard's button bar.
 * @csspart button - Each wizard button.
 * @csspart summary - The live issue summary of a step.
 * @csspart label - Every field's, group's and attachment slot's label (exported from `<shenbao-field>`, `<shenbao-group>`, `<shenbao-upload>`).
 * @csspart control - A field's input, select or textarea (each of the region widget's two selects).
 * @csspart error - Every message under a field, a group or a slot.
 * @csspart value - A field's value in read-only modes.
 * @csspart hint - An attachment slot's hint.
 * @csspart group-header - A group's label, count rule and 添加 button.
 * @csspart group-add - A group's 添加 button.
 * @csspart upload-rule - A slot's count rule, types and size limit.
 * @csspart upload-comment - The reviewer's comment on a slot.
 * @csspart upload-files - A slot's list of files.
 * @csspart upload-file - One file of a slot.
 * @csspart upload-open - The button around a thumbnail.
 * @csspart upload-preview - An image thumbnail.
 * @csspart upload-chip - A file shown without an image.
 * @csspart upload-progress - The progress bar of an upload.
 * @csspart upload-button - Every button of a slot.
 * @csspart upload-add - A slot's 选择文件 / 拍照 buttons.
 * @csspart upload-straighten - A slot's 「自动转正后上传」 button.
 * @csspart upload-sample - A slot's 示例 button.
 * @csspart upload-sample-dialog - The dialog showing a slot's 示例.
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
 * @event shenbao-record - The record store opened the record (before the first upload, when there was no `record-id`); `detail.recordId` is its id (also in `recordId`).
 * @event shenbao-open-document - A thumbnail was activated; the form opens its document viewer (`<shenbao-doc-viewer>`, loaded on first use) and stops the event.
 * @event shenbao-review - Review mode: the reviewer approved, returned or allowed modification; `detail` has `action`, `reason` and `comments` ({target, text}[]).
 */
export class ShenbaoForm<TData = unknown> extends LocalizedElement {
  static formAssociated = true;
  static override styles = [controlStateStyles, formStyles, doorStyles, groupSummaryStyles];
  static override properties = {
    definition: { attribute: false, noAccessor: true },
    rules: { attribute: false, noAccessor: true },
    year: { type: Number },
    value: { attribute: false },
    context: { attribute: false },
    mode: { type: String, reflect: true },
    locale: { type: String },
    name: { type: String, reflect: true },
    draftKey: { type: String, attribute: 'draft-key' },
    draftStore: { attribute: false },
    uploader: { attribute: false },
    recordStore: { attribute: false },
    recordId: { type: String, attribute: 'record-id', reflect: true },
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
    recordIssues: { attribute: false },
    stepHistory: { type: Boolean, attribute: 'step-history' },
    prefill: { attribute: false },
    _step: { state: true },
    _structure: { state: true },
    _submitted: { state: true },
    _summary: { state: true },
    _noticeRead: { state: true },
    _pledged: { state: true },
  };

  /** The form definition: an object, or its JSON text (problems then carry line:column). Checked when set (definition-door.ts). */
  get definition(): FormDefinition | undefined {
    return this.given.definition;
  }
  set definition(value: FormDefinition | string | undefined) {
    const old = this.given.definition;
    this.given.setDefinition(value);
    this.requestUpdate('definition', old);
  }
  /** The rules: one pack, the form's packs (with `year`), a resolved pack, or the JSON text of one pack or a list. Checked when set. */
  get rules(): RulesInput | undefined {
    return this.given.rules;
  }
  set rules(value: RulesInput | string | undefined) {
    const old = this.given.rules;
    this.given.setRules(value);
    this.requestUpdate('rules', old);
  }
  declare year: number | undefined;
  declare context: unknown;
  declare mode: FormMode;
  declare locale: Locale;
  declare name: string;
  /** Key under which drafts are kept; empty string turns drafts off. Default: `shenbao:<form id>`. */
  declare draftKey: string | undefined;
  declare draftStore: DraftStore;
  /** Uploads files; default: the {@link ShenbaoForm.recordStore}'s. Neither set: no uploads (a page never sends candidates' files anywhere it did not name). */
  declare uploader: Uploader | undefined;
  /**
   * The host's back end for the record (a {@link RecordStore}, e.g. `createServerRecordStore` of
   * the reference server's client). With it and no `uploader`, files go to the store under
   * `record-id`; without a `record-id` the first upload asks it to open the record, sets
   * `record-id`, fires `shenbao-record` and keeps the id with the draft.
   */
  declare recordStore: RecordStore | undefined;
  /** The record the declaration and its files belong to; shown as 申报编号 (success page, 报名成功通知单). */
  declare recordId: string | undefined;
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
  /** Review mode: fetches one masked value in full (the host's back end records the reveal). */
  declare revealer: ((pointer: string) => Promise<string>) | undefined;
  /**
   * Review mode: the verdict of the record's real data (e.g. the reference server's `issues` of a
   * reviewer's record view). The desk lists these, never a check of the masked numbers it shows;
   * without them it lists its own verdict minus anything about a masked value.
   */
  declare recordIssues: readonly Issue[] | undefined;
  /**
   * What the host has verified about the candidate (COMMON-12), e.g. the reference server's
   * profile of the signed-in candidate: `{ name, idType, idNumber, gender, birthDate, unit: { name, … } }`. Fields
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
  /** What the host gave as definition and rules (objects, or parsed from JSON text). */
  private readonly given = new DoorInputs();
  /** What the door refused (definition-door.ts): the form renders this list, never half a form. */
  private doorProblems: DoorProblem[] | undefined;
  /** Validity for a host `<form>`: anchored on the first issue's field, as a native control's (form-validity.ts). */
  private readonly validityState = new FormValidity(this, () => this.internals, () => this.showFirstIssue());
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
  /** The open item's editor of each summary group (`display: "summary"`). */
  private readonly openItems = new Map<string, number>();
  private readonly specs = new Map<string, FieldSpec>();
  /** The messages each place shows (verdict.ts). */
  private messages = new Map<string, string>();
  /** The evaluation the places show, the rendered places by path, and fields touched since. */
  private shown: Evaluation | undefined;
  private fieldIndex: PlaceIndex | undefined;
  private readonly newlyTouched = new Set<string>();
  /** Pointers edited since the evaluation shown (render-needed.ts). */
  private readonly edited = new Set<string>();
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
  /** The record store's uploader; a record it opens is kept, saved with the draft and announced. */
  private readonly connection = new RecordConnection(this, (id) => {
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

  /** The current data (a copy; typed by the form on a typed form, see `typedForm`). Setting it replaces the data and skips the draft. */
  get value(): DraftOf<TData> {
    return (this.store ? this.store.snapshot() : this.hostValue) as DraftOf<TData>;
  }
  set value(value: DraftOf<TData>) {
    this.hostValue = value;
    this.revealed?.clear();
    // A value that is no object is refused at the door (as is a good one after it: the form is set up again).
    if (valueProblem(value) || this.doorProblems) this.requestUpdate('definition');
    else this.store?.load(value);
    this._structure++;
  }

  /** As a native control's: `customError` while the declaration has issues (edit and confirm modes) or the door refused the form. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** As a native control's: the first issue's message (empty when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** As a native control's: whether a host `<form>` checks this element before submitting. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** The host `<form>` this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** As a native control's: true when valid; otherwise fires `invalid` and returns false (nothing shown). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** As a native control's: true when valid; otherwise fires `invalid`, goes to the first issue, focuses its field and shows its message. */
  reportValidity(): boolean {
    return this.validityState.report();
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
    if (this.store && changed.has('mode') && !changed.has('definition')) this.store.configure({ fillComputed: this.mode === 'edit' });
    if (this.store && changed.has('prefill') && !changed.has('definition')) this.fillVerified();
  }

  private setup(): void {
    // A definition without its precompiled validator, or text JSON.parse refused: the runtime door first (runtime-door.ts).
    if ((this.given.unparsed || (!this.validator && this.given.definition)) && !runtimeDoor()) return this.awaitRuntimeDoor();
    const definition = this.definition;
    const dictionaries = this.dictionaries ?? defaultDictionaries();
    this.blocked = undefined;
    const door = checkAtDoor({ ...this.given.input(), year: this.year, value: this.hostValue, dictionaries, precompiled: !!this.validator });
    this.pack = door.ok ? door.pack : undefined;
    if (!door.ok && door.problems.length) return this.refuse(door.problems);
    this.doorProblems = undefined;
    if (!definition || !this.pack) return;
    try {
      this.compiled = compileForm(definition, { dictionaries, ...(this.validator ? { validator: this.validator } : {}) });
    } catch (e) {
      if (!(e instanceof EvalError)) return this.refuse([thrownAtDoor('definition', e)]);
      // A strict CSP refuses ajv's runtime compilation: say what to do, once, on screen and in the console.
      this.compiled = undefined;
      this.store?.dispose();
      this.store = undefined;
      this.blocked = t('cspBlocked', this.locale, { form: localize(definition.title, this.locale) });
      if (!reportedBlocked.has(definition)) {
        reportedBlocked.add(definition);
        const log = () => console.error(`shenbao: ${t('cspBlocked', 'en', { form: localize(definition.title, 'en') })}`, e);
        void loadLocale('en').then(log, log); // in English once the catalog is in (loaded on first use in a browser)
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
      fillComputed: this.mode === 'edit',
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

  /** Loading the runtime door (checks, JSON parser, ajv's compiler); the form is set up again when it is in. */
  private doorLoad: Promise<void> | undefined;
  private awaitRuntimeDoor(): void {
    this.doorLoad ??= loadRuntimeDoor().then(
      () => {
        this.doorLoad = undefined;
        this.requestUpdate('definition', doorLoaded);
      },
      (error: unknown) => {
        this.doorLoad = undefined;
        // The chunk did not load (network, a CSP without 'self'): say so, never a blank form.
        this.refuse([{ file: 'definition', pointer: '', message: `无法加载运行时检查与编译模块（runtime-door）：${(error as Error)?.message ?? String(error)}` }]);
        this.requestUpdate();
      },
    );
  }

  /** Shows what the door refused instead of the form: no field renders; the console gets the list once. */
  private refuse(problems: DoorProblem[]): void {
    this.doorProblems = problems;
    this.compiled = undefined;
    this.store?.dispose();
    this.store = undefined;
    this.pack = undefined;
    reportDoorProblems(problems);
  }

  /** The candidate's own views (edit, confirm) hold a host `<form>` back while issues remain; readonly and review never do. */
  private blocksHost(): boolean {
    return this.mode === 'edit' || this.mode === 'confirm';
  }

  /** Goes to the first issue (its step, or 信息确认 for issues of no step), shows the step's messages and focuses the first; resolves with the message. */
  private async showFirstIssue(): Promise<string | undefined> {
    const evaluation = await this.store?.evaluateNow();
    const first = evaluation && firstIssue(this.steps, this.compiled, evaluation.issues);
    if (!evaluation || !first || this.mode !== 'edit' || this._submitted) return first?.message;
    const index = firstStepWithIssues(this.steps, this.compiled, evaluation);
    const target = stepIssues(this.steps[index], this.compiled, evaluation).length ? index : this.steps.length;
    this.checkedSteps.add(target);
    if (target !== this._step) this.goTo(target);
    this.updateFields();
    this.requestUpdate();
    await this.updateComplete;
    this.updateFields();
    const shown = shownProblems(this.renderRoot);
    this._summary = target === this.steps.length ? t('formIssues', this.locale, { count: evaluation.issues.length }) : t('stepIssues', this.locale, { count: shown.length || 1 });
    await this.updateComplete;
    if (shown[0]) focusShown(shown[0]);
    else if (target === this.steps.length) this.renderRoot.querySelector<HTMLElement>('shenbao-issue-list')?.focus();
    else focusProblem(this.renderRoot, first.path);
    return first.message;
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
    this.edited.add(pointer);
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
        this.dispatchEvent(new ShenbaoChangeEvent({ value: this.store!.snapshot(), pointer, evaluation }));
      });
    }
  }

  /** Shows a new evaluation: only the places (fields, groups, slots) whose state changed update (their own renders; verdict.ts). */
  private applyEvaluation(evaluation: Evaluation): void {
    const before = this.shown;
    // The messages by place: patched from the last evaluation's where few issues differ (verdict.ts).
    const patched = before && this.fieldIndex ? updateMessages(this.messages, before, evaluation) : undefined;
    const messagesBefore = this.messages;
    const messages = patched ? this.messages : messagesByPlace(evaluation);
    this.messages = messages;
    this.shown = evaluation;
    this.internals.setFormValue(JSON.stringify(this.store!.value));
    this.validityState.sync(this.blocksHost() ? firstIssue(this.steps, this.compiled, evaluation.issues) : undefined, this.renderRoot, true);
    let render = true;
    if (before && this.fieldIndex) {
      const changed = patched ? changedStates(before, evaluation, patched) : changedPlaces(before, evaluation, messagesBefore, messages);
      for (const pointer of this.newlyTouched) changed.add(pointer); // their errors now show
      updatePlacesAt(this.fieldIndex, changed, this.view());
      render = this.mode !== 'edit' || this._step >= this.steps.length || renderNeeded(this.definition!, before, evaluation, changed, this.edited);
    } else this.updateFields();
    this.newlyTouched.clear();
    this.edited.clear();
    // Sections (all of whose items the answers hid), group counts and rows follow through the template.
    if (render) this.requestUpdate();
    this.dispatchEvent(new ShenbaoEvaluatedEvent(evaluation));
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

  /** Shows the latest evaluation in every rendered field, group and slot, in place (verdict.ts). */
  private updateFields(): void {
    if (this.store) this.fieldIndex = updatePlaces(this.renderRoot, this.view());
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A render asked for by an evaluation alone (no property changed) adds or removes no field, and
    // applyEvaluation has updated the fields it changed; any other render may have added fields.
    if (changed.size > 0 || !this.fieldIndex) this.updateFields();
    if (this.doorProblems) this.validityState.refused(this.renderRoot, t('doorTitle', this.locale, { count: this.doorProblems.length }));
    else this.validityState.sync(this.blocksHost() ? firstIssue(this.steps, this.compiled, this.store?.evaluation?.issues ?? []) : undefined, this.renderRoot);
    // Upload, notice, review panel and timeline load on first use (lazy-elements.ts).
    this.lazyLoads = loadElementsUnder(this.renderRoot);
  }

  private lazyLoads: Promise<void> = Promise.resolve();
  /** Why the form cannot be shown (a strict CSP refused compiling its validator), if so. */
  private blocked: string | undefined;

  /** Also waits for the optional elements this render uses to be loaded and defined. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.doorLoad) {
      await this.doorLoad;
      result = await super.getUpdateComplete();
    }
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
      this._summary = t('stepIssues', this.locale, { count: shownCount(shown) || issues.length });
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
    this.store.noteChange(pointer);
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
      reviewIssues: this.mode === 'review' ? reviewIssues(this.store?.evaluation, this.recordIssues, this.maskedPaths, this.store?.value) : undefined,
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
      isComputed: (pointer) => (this.pack ? computedTargets(this.pack).has(pointer) : false),
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
      messagesAt: (path) => this.messages.get(path),
      showErrorsAt: (path) => this.showErrorsAt(path),
      openItem: (group) => this.openItems.get(group),
      editItem: (group, index, path) => {
        const previous = this.openItems.get(group);
        if (index === undefined) this.openItems.delete(group);
        else this.openItems.set(group, index);
        this._structure++; // other fields are rendered: they take the verdict after the render
        void this.updateComplete.then(() => focusAfterEdit(this.renderRoot, group, index, previous, path));
      },
      change: (pointer, value) => this.dispatchEvent(new ShenbaoFieldChangeEvent({ pointer, value, commit: true })),
      reviewed: (comments) => (this.reviewComments = comments),
      next: () => void this.next(),
      goTo: (index) => this.goTo(index),
      submit: () => void this.confirmSubmit(),
      saveImage: () => void this.saveImage(),
    };
  }

  override render(): TemplateResult | typeof nothing {
    if (this.doorProblems) return renderDoorProblems(this.doorProblems, this.locale);
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
