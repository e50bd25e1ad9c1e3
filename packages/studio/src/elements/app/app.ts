/**
 * `<studio-app>`: the rules studio (规则工作台). Pick a form, see its years and their `extends`
 * chain, open a year (params, rules as sentences), make next year's pack, edit with undo/redo, see
 * lint, diff, scenarios and a live preview, and save the file (or download it when served
 * statically).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { PackRule, RulePack } from '@shenbao/rules';
import { ApiError, StudioApi, type FormSummary, type LoadedForm, type StudioBackend } from '../../app/api.js';
import { StaticApi } from '../../app/static-api.js';
import { evidenceOf, type Evidence } from '../../model/evidence.js';
import { fieldCatalog, type FieldCatalog } from '../../model/field-catalog.js';
import { downloadPack } from '../../app/download.js';
import { EditHistory } from '../../model/history.js';
import { chainOf, newYearPack, paramStatus, parentOf, removeRule, resolveDraft, resolveWithParent, ruleStatus, setParam, upsertRule, type ChangeStatus } from '../../model/pack-edit.js';
import { ruleSentence } from '../../model/sentence.js';
import type { ParamChangeEvent } from '../../events/param-change-event.js';
import type { RuleApplyDetail, RuleApplyEvent } from '../../events/rule-apply-event.js';
import type { ScenarioSaveDetail, ScenarioSaveEvent } from '../../events/scenario-save-event.js';
import { blankRule } from '../rule-editor/rule-editor.js';
import { appStyles } from './app.styles.js';

const confirmDiscard = () => window.confirm('有未保存的修改。确定放弃这些修改吗？');

/** The studio application. */
export class StudioApp extends LitElement {
  static override styles = appStyles;
  static override properties = {
    api: { attribute: false },
    _forms: { state: true },
    _form: { state: true },
    _year: { state: true },
    _version: { state: true },
    _evidence: { state: true },
    _editing: { state: true },
    _message: { state: true },
    _error: { state: true },
    _offline: { state: true },
  };

  /** Where the forms come from (default: the local server, or the built-in forms when served statically). */
  declare api: StudioBackend;
  declare private _forms: FormSummary[];
  declare private _form: LoadedForm | undefined;
  declare private _year: number | undefined;
  /** Bumped on every edit, undo and redo (the history is not itself reactive). */
  declare private _version: number;
  declare private _evidence: Evidence | undefined;
  /** The id of the rule whose editor is open; `''` for a new rule. */
  declare private _editing: string | undefined;
  declare private _message: string;
  declare private _error: string;
  declare private _offline: boolean;
  #history: EditHistory<RulePack> | undefined;
  #catalog: FieldCatalog | undefined;
  #unsaved = false;
  #evidenceRun = 0;

  constructor() {
    super();
    this.api = new StudioApi();
    this._forms = [];
    this._form = undefined;
    this._year = undefined;
    this._version = 0;
    this._evidence = undefined;
    this._editing = undefined;
    this._message = '';
    this._error = '';
    this._offline = false;
  }

  readonly #beforeUnload = (e: BeforeUnloadEvent) => {
    if (this.dirty) e.preventDefault();
  };

  readonly #keys = (e: KeyboardEvent) => {
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) this.undo();
    else if (key === 'y' || (key === 'z' && e.shiftKey)) this.redo();
    else return;
    e.preventDefault();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#beforeUnload);
    this.addEventListener('keydown', this.#keys);
    void this.#loadForms();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeunload', this.#beforeUnload);
    this.removeEventListener('keydown', this.#keys);
    super.disconnectedCallback();
  }

  /** True when the open year has edits not yet saved. */
  get dirty(): boolean {
    return this.#unsaved || (this.#history?.dirty ?? false);
  }

  /** The open year's pack as edited (the file's content). */
  get draft(): RulePack | undefined {
    return this.#history?.current;
  }

  async #loadForms(): Promise<void> {
    try {
      try {
        this._forms = await this.api.forms();
      } catch (error) {
        // Served statically (no local server): the built-in forms, read-only; saving downloads.
        if (!(error instanceof ApiError) || !(this.api instanceof StudioApi)) throw error;
        const [{ builtinForms }, { scenariosOf }] = await Promise.all([import('@shenbao/forms'), import('@shenbao/forms/scenarios')]);
        this.api = new StaticApi(builtinForms.map((f) => ({ ...f, scenarios: scenariosOf(f.id) })));
        this._forms = await this.api.forms();
        this._message = '静态方式打开：可以查看和修改，保存时下载文件';
      }
      this._offline = this.api.offline === true;
      const wanted = new URL(location.href).searchParams.get('form');
      const first = this._forms.find((f) => f.id === wanted) ?? this._forms[0];
      if (first) await this.openForm(first.id);
    } catch (error) {
      this._offline = error instanceof ApiError && error.status !== 0;
      this._error = (error as Error).message;
    }
  }

  /** Opens a form (asks first when there are unsaved edits). */
  async openForm(id: string): Promise<boolean> {
    if (this.dirty && !confirmDiscard()) return false;
    this._error = '';
    this._form = await this.api.form(id);
    this.#catalog = fieldCatalog(this._form.definition);
    const years = this._form.packs.map((p) => p.year);
    this.#open(years.length ? Math.max(...years) : undefined);
    return true;
  }

  #open(year: number | undefined, pack?: RulePack, unsaved = false): void {
    this._year = year;
    this._editing = undefined;
    const file = pack ?? this._form?.packs.find((p) => p.year === year)?.value;
    this.#history = file ? new EditHistory(file) : undefined;
    this.#unsaved = unsaved;
    this._version++;
  }

  /** Opens a year of the open form (asks first when there are unsaved edits). */
  openYear(year: number): boolean {
    if (year === this._year) return true;
    if (this.dirty && !confirmDiscard()) return false;
    this.#open(year);
    return true;
  }

  #packs(): RulePack[] {
    return (this._form?.packs ?? []).map((p) => p.value);
  }

  /** 新建 N 年规则: a pack extending the newest year, holding nothing yet (unsaved). */
  newYear(): void {
    if (!this._form) return;
    if (this.dirty && !confirmDiscard()) return;
    const packs = this.#packs();
    const year = Math.max(...packs.map((p) => p.year)) + 1;
    this.#open(year, newYearPack(packs, year), true);
    this._message = `已新建 ${year} 年规则（继承 ${year - 1} 年，尚未保存）`;
  }

  #edit(next: RulePack): void {
    this.#history?.push(next);
    this._version++;
  }

  /** Undoes the last edit. */
  undo(): void {
    if (!this.#history?.canUndo) return;
    this.#history.undo();
    this._message = '已撤销';
    this._version++;
  }

  /** Redoes the last undone edit. */
  redo(): void {
    if (!this.#history?.canRedo) return;
    this.#history.redo();
    this._message = '已重做';
    this._version++;
  }

  /** Saves the open year to the forms folder (or downloads it when there is no local server). */
  async save(): Promise<void> {
    const draft = this.draft;
    if (!draft || !this._form) return;
    if (this._offline) return this.download();
    try {
      const saved = await this.api.savePack(draft);
      const packs = this._form.packs.filter((p) => p.year !== draft.year);
      this._form = { ...this._form, packs: [...packs, { year: draft.year, text: saved.text, value: draft }].sort((a, b) => a.year - b.year) };
      this.#history!.markSaved();
      this.#unsaved = false;
      this._message = `已保存 ${saved.file}`;
      this._error = '';
      this._forms = this._forms.map((f) => (f.id === draft.form ? { ...f, years: this._form!.packs.map((p) => (p.value.extends === undefined ? { year: p.year } : { year: p.year, extends: p.value.extends })) } : f));
    } catch (error) {
      this._error = `保存失败：${(error as Error).message}${error instanceof ApiError && error.problems.length ? '：' + error.problems.map((p) => `${p.pointer} ${p.message}`).join('；') : ''}`;
    }
    this._version++;
  }

  /** Downloads the open year's file, formatted like the hand-written ones. */
  download(): void {
    const draft = this.draft;
    if (!draft) return;
    downloadPack(draft, this._form?.packs.find((p) => p.year === draft.year)?.text);
    this._message = `已下载 ${draft.year}.json：放到 ${draft.form}/rules/ 目录下`;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_version') || changed.has('_form')) void this.#recompute();
  }

  async #recompute(): Promise<void> {
    const draft = this.draft;
    const form = this._form;
    if (!draft || !form) return;
    const run = ++this.#evidenceRun;
    const evidence = await evidenceOf(form.definition, this.#packs(), draft, form.scenarios);
    if (run === this.#evidenceRun) this._evidence = evidence;
  }

  #applyRule(detail: RuleApplyDetail): void {
    const draft = this.draft!;
    const packs = this.#packs();
    const clash = detail.rule.id !== detail.previousId && (draft.rules.some((r) => r.id === detail.rule.id) || (parentOf(packs, draft)?.rules.some((r) => r.id === detail.rule.id) && !(draft.remove ?? []).includes(detail.rule.id)));
    if (clash) {
      this._error = `规则 ID ${detail.rule.id} 已存在，请换一个`;
      return;
    }
    this._error = '';
    const isNew = this._editing === '';
    this.#edit(isNew ? upsertRule(packs, draft, detail.rule) : upsertRule(packs, draft, detail.rule, detail.previousId));
    this._editing = undefined;
    this._message = `规则 ${detail.rule.id} 已${isNew ? '新增' : '修改'}`;
  }

  #removeRule(id: string): void {
    this.#edit(removeRule(this.#packs(), this.draft!, id));
    this._message = `规则 ${id} 已删除`;
  }

  async #saveScenario(detail: ScenarioSaveDetail): Promise<void> {
    if (!this._form) return;
    try {
      const saved = await this.api.saveScenario(this._form.id, detail.name, detail.scenario);
      this._form = { ...this._form, scenarios: [...this._form.scenarios, { name: detail.name, value: detail.scenario }] };
      this._message = `已保存场景 ${saved.file}`;
      this._error = '';
    } catch (error) {
      this._error = `场景未保存：${(error as Error).message}`;
    }
  }

  #yearsNav() {
    const form = this._form!;
    const packs = this.#packs();
    const years = packs.map((p) => p.year);
    const next = years.length ? Math.max(...years) + 1 : undefined;
    const openIsNew = this._year !== undefined && !years.includes(this._year);
    return html`<nav aria-label="年度">
      <h2>年度</h2>
      <ul class="years">
        ${[...years, ...(openIsNew ? [this._year!] : [])].map((year) => {
          const pack = year === this._year && this.draft ? this.draft : packs.find((p) => p.year === year)!;
          return html`<li>
            <button type="button" class="year" aria-current=${year === this._year ? 'page' : 'false'} @click=${() => this.openYear(year)}>${year} 年</button>
            <span class="chain">${pack.extends === undefined ? '独立' : `继承 ${pack.extends} 年`}${year === this._year && openIsNew ? '（未保存）' : ''}</span>
          </li>`;
        })}
      </ul>
      ${next && !openIsNew ? html`<button type="button" class="primary new-year" @click=${() => this.newYear()}>新建 ${next} 年规则</button>` : nothing}
      <p class="hint">表单：${form.definition.title['zh-CN']}</p>
    </nav>`;
  }

  #rules(draft: RulePack) {
    const packs = this.#packs();
    const chain = resolveWithParent(packs, draft);
    if ('error' in chain) return html`<p class="problem" role="alert">${chain.error}</p>`;
    const { resolved, parent } = chain;
    const catalog = this.#catalog!;
    const ctx = { catalog, params: resolved.params };
    const statuses: Record<string, ChangeStatus> = Object.fromEntries(Object.keys(resolved.params).map((n) => [n, paramStatus(parent, draft, n)]));
    const requirement = catalog.definition.requirements?.[0]?.id ?? 'RULE';
    const editor = (rule: PackRule, heading: string) =>
      html`<studio-rule-editor
        .rule=${rule}
        .catalog=${catalog}
        .params=${resolved.params}
        .heading=${heading}
        @rule-apply=${(e: RuleApplyEvent) => this.#applyRule(e.detail)}
        @rule-cancel=${() => (this._editing = undefined)}
      ></studio-rule-editor>`;
    return html`<section aria-labelledby="params-h">
        <h3 id="params-h">参数</h3>
        <studio-params .params=${resolved.params} .statuses=${statuses} @param-change=${(e: ParamChangeEvent) => this.#edit(setParam(packs, draft, e.detail.name, e.detail.value))}></studio-params>
      </section>
      <section aria-labelledby="rules-h">
        <div class="bar">
          <h3 id="rules-h">规则（${resolved.rules.length} 条）</h3>
          <button type="button" class="add-rule" aria-expanded=${this._editing === '' ? 'true' : 'false'} @click=${() => (this._editing = '')}>新增规则</button>
        </div>
        ${this._editing === '' ? editor(blankRule(requirement), '新增规则') : nothing}
        <ol class="rules">
          ${resolved.rules.map(
            (rule) => html`<li>
              <studio-rule-card
                .rule=${rule}
                .sentence=${ruleSentence(rule, ctx)}
                .status=${ruleStatus(parent, draft, rule.id)}
                .problems=${this._evidence?.problemsByRule.get(rule.id) ?? []}
                .expanded=${this._editing === rule.id}
                @rule-edit=${() => (this._editing = this._editing === rule.id ? undefined : rule.id)}
                @rule-remove=${() => this.#removeRule(rule.id)}
              ></studio-rule-card>
              ${this._editing === rule.id ? editor(rule, `编辑规则 ${rule.id}`) : nothing}
            </li>`,
          )}
        </ol>
        ${draft.remove?.length
          ? html`<h4>本年删除的继承规则</h4>
              <ul class="removed">
                ${draft.remove.map((id) => {
                  const rule = parent?.rules.find((r) => r.id === id);
                  return html`<li><code>${id}</code> ${rule?.description ?? ''} ${rule ? html`<button type="button" @click=${() => this.#edit(upsertRule(packs, draft, rule))}>恢复</button>` : nothing}</li>`;
                })}
              </ul>`
          : nothing}
      </section>`;
  }

  #year() {
    const draft = this.draft;
    if (!draft || !this._form) return html`<p>这个表单还没有规则包。</p>`;
    const packs = this.#packs();
    const chain = chainOf([...packs.filter((p) => p.year !== draft.year), draft], draft.year);
    const history = this.#history!;
    let resolved;
    try {
      resolved = resolveDraft(packs, draft);
    } catch {
      resolved = undefined;
    }
    return html`<div class="main">
      <section class="year" aria-labelledby="year-h">
        <div class="bar toolbar">
          <h2 id="year-h">${draft.year} 年规则</h2>
          <span class="chain" aria-label="继承链">${chain.map((y) => `${y} 年`).join(' → ')}</span>
          <span class="tools">
            <button type="button" ?disabled=${!history.canUndo} @click=${() => this.undo()} title="Ctrl+Z">撤销</button>
            <button type="button" ?disabled=${!history.canRedo} @click=${() => this.redo()} title="Ctrl+Y">重做</button>
            ${this._offline ? nothing : html`<button type="button" class="primary save" ?disabled=${!this.dirty} @click=${() => this.save()}>保存</button>`}
            <button type="button" @click=${() => this.download()}>下载文件</button>
          </span>
        </div>
        ${this.dirty ? html`<p class="unsaved">有未保存的修改</p>` : nothing}
        ${this.#rules(draft)}
      </section>
      <aside aria-label="检查与预览">
        <section aria-labelledby="evidence-h">
          <h2 id="evidence-h">检查、差异与场景</h2>
          <studio-evidence .evidence=${this._evidence} .parentYear=${draft.extends}></studio-evidence>
        </section>
        <section aria-labelledby="preview-h">
          <h2 id="preview-h">预览（375 像素）</h2>
          ${resolved
            ? html`<studio-preview .definition=${this._form.definition} .pack=${resolved} .scenarios=${this._form.scenarios} @scenario-save=${(e: ScenarioSaveEvent) => this.#saveScenario(e.detail)}></studio-preview>`
            : nothing}
        </section>
      </aside>
    </div>`;
  }

  override render() {
    return html`<header>
        <h1>规则工作台</h1>
        <label
          >表单
          <select
            class="form-picker"
            @change=${async (e: Event) => {
              const select = e.target as HTMLSelectElement;
              if (!(await this.openForm(select.value))) select.value = this._form?.id ?? '';
            }}
          >
            ${this._forms.map((f) => html`<option value=${f.id} ?selected=${f.id === this._form?.id}>${f.title}</option>`)}
          </select></label
        >
        <p class="status" role="status" aria-live="polite">${this._message}</p>
      </header>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${this._form ? html`<div class="layout">${this.#yearsNav()} ${this.#year()}</div>` : nothing}`;
  }
}
