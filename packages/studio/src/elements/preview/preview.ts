/**
 * `<studio-preview>`: the real `<shenbao-form>` at 375 px with the edited pack, loaded with any
 * scenario's data; the data as it is in the preview can be saved as a new scenario with the
 * outcome the edited pack gives it.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { FormDefinition } from '@shenbao/core';
import type { Evaluation, ResolvedPack, Scenario } from '@shenbao/rules';
import type { ShenbaoForm } from '@shenbao/ui';
import type { NamedScenario } from '../../model/evidence.js';
import { ScenarioSaveEvent } from '../../events/scenario-save-event.js';
import { studioBase } from '../shared.styles.js';

/** One object for "no context": a new `{}` per render would make the form evaluate again, forever. */
const noContext = Object.freeze({});

/** The detail of `scenario-save`. */
export type { ScenarioSaveDetail } from '../../events/scenario-save-event.js';

/**
 * The live preview.
 *
 * @fires {ScenarioSaveEvent} scenario-save - 另存为场景 was pressed; `detail` is `{ name, scenario }`.
 */
export class StudioPreview extends LitElement {
  static override styles = [
    studioBase,
    css`
      :host {
        display: block;
      }
      .phone {
        width: 375px;
        max-width: 100%;
        border: 8px solid #32383f;
        border-radius: 18px;
        overflow: hidden;
        background: #f6f8fa;
        max-height: 720px;
        overflow-y: auto;
      }
      .line select {
        width: 100%;
      }
      .line label {
        display: grid;
        max-width: 100%;
        min-width: 0;
      }
      .line {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
        margin: 0.4rem 0;
      }
      form {
        margin-top: 0.6rem;
        border-top: 1px solid #d0d7de;
        padding-top: 0.4rem;
      }
      ul {
        margin: 0.2rem 0;
      }
    `,
  ];
  static override properties = {
    definition: { attribute: false },
    pack: { attribute: false },
    scenarios: { attribute: false },
    selected: { type: String },
    _evaluation: { state: true },
    _data: { state: true },
  };

  declare definition: FormDefinition | undefined;
  declare pack: ResolvedPack | undefined;
  declare scenarios: readonly NamedScenario[];
  /** File name of the scenario loaded into the preview. */
  declare selected: string;
  declare private _evaluation: Evaluation | undefined;
  declare private _data: unknown;
  #loaded: string | undefined;

  constructor() {
    super();
    this.definition = undefined;
    this.pack = undefined;
    this.scenarios = [];
    this.selected = '';
    this._evaluation = undefined;
    this._data = undefined;
  }

  /** The last evaluation the preview showed. */
  get evaluation(): Evaluation | undefined {
    return this._evaluation;
  }

  #scenario(): NamedScenario | undefined {
    return this.scenarios.find((s) => s.name === this.selected);
  }

  override willUpdate(): void {
    if (this.selected !== this.#loaded) {
      this.#loaded = this.selected;
      this._data = structuredClone(this.#scenario()?.value.data ?? {});
    }
  }

  #save(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const fields = new FormData(form);
    const evaluation = this._evaluation;
    const shenbao = this.renderRoot.querySelector('shenbao-form') as ShenbaoForm | null;
    if (!evaluation || !shenbao || !this.pack) return;
    const base = this.#scenario()?.value;
    const scenario: Scenario = {
      $schema: '../../../rules/schema/scenario.schema.json',
      name: String(fields.get('title') ?? ''),
      requirements: String(fields.get('requirements') ?? '')
        .split(/[、,，\s]+/)
        .filter(Boolean),
      year: this.pack.year,
      data: shenbao.value,
      ...(base?.context ? { context: base.context } : {}),
      expect: { complete: evaluation.complete, issues: evaluation.issues.map((i) => ({ path: i.path, code: i.code })) },
    };
    this.dispatchEvent(new ScenarioSaveEvent({ name: String(fields.get('name') ?? ''), scenario }));
  }

  override render() {
    if (!this.definition || !this.pack) return nothing;
    const evaluation = this._evaluation;
    const base = this.#scenario()?.value;
    return html`<div class="line">
        <label
          >载入场景的数据
          <select @change=${(e: Event) => (this.selected = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.selected}>空白申报</option>
            ${this.scenarios.map((s) => html`<option value=${s.name} ?selected=${s.name === this.selected}>${s.value.name}</option>`)}
          </select></label
        >
      </div>
      <p role="status">
        ${evaluation
          ? evaluation.complete
            ? html`<span class="pass">按本稿规则：可以提交</span>`
            : html`<span class="fail">按本稿规则：不能提交（${evaluation.issues.length} 个问题）</span>`
          : '正在计算……'}
      </p>
      ${evaluation && evaluation.issues.length
        ? html`<ul class="issues">
            ${evaluation.issues.slice(0, 8).map((i) => html`<li>${i.message}</li>`)}
          </ul>`
        : nothing}
      <div class="phone">
        <shenbao-form
          .definition=${this.definition}
          .rules=${this.pack}
          .value=${this._data}
          .context=${base?.context ?? noContext}
          @shenbao-evaluated=${(e: CustomEvent<Evaluation>) => (this._evaluation = e.detail)}
        ></shenbao-form>
      </div>
      <form @submit=${(e: Event) => this.#save(e)} aria-label="另存为场景">
        <div class="line">
          <label>文件名 <input name="name" required pattern="[a-z0-9][a-z0-9\\-]*" placeholder="例如 shicheng-three-recommenders" /></label>
          <label>场景名称 <input name="title" required .value=${base ? `${base.name}（${this.pack.year} 年）` : ''} /></label>
          <label>需求 <input name="requirements" required .value=${base?.requirements.join('、') ?? ''} /></label>
        </div>
        <p>预期结果取本稿规则的计算结果：${evaluation ? (evaluation.complete ? '可以提交' : `不能提交，${evaluation.issues.length} 个问题`) : '—'}。</p>
        <button type="submit">另存为场景</button>
      </form>`;
  }
}
