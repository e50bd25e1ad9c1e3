/**
 * `<studio-evidence>`: what the draft changes and what it breaks — the diff against the parent year
 * (the same as `shenbao rules diff`), every scenario's outcome before and now, and the requirement
 * coverage of the scenarios.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Evidence } from '../../model/evidence.js';
import { studioBase } from '../shared.styles.js';

const changeLabels = { added: '新增', removed: '删除', changed: '修改' } as const;
const outcome = (passed: boolean | undefined) => (passed === undefined ? html`—` : passed ? html`<span class="pass">✓ 通过</span>` : html`<span class="fail">✗ 未通过</span>`);

/** The evidence panel. */
export class StudioEvidence extends LitElement {
  static override styles = [
    studioBase,
    css`
      :host {
        display: block;
      }
      table {
        table-layout: fixed;
        overflow-wrap: anywhere;
      }
      section {
        margin-bottom: 1rem;
      }
      h3 {
        font-size: 16px;
        margin: 0.4rem 0;
      }
      pre {
        font-size: 12px;
        background: #f6f8fa;
        padding: 0.3rem;
        overflow: auto;
        margin: 0.2rem 0;
      }
      .scroll {
        max-height: 22rem;
        overflow: auto;
      }
      .summary {
        margin: 0.2rem 0;
      }
      table.scenarios th:first-child {
        width: 40%;
      }
      td.num {
        text-align: right;
      }
    `,
  ];
  static override properties = {
    evidence: { attribute: false },
    parentYear: { type: Number, attribute: 'parent-year' },
  };

  declare evidence: Evidence | undefined;
  declare parentYear: number | undefined;

  constructor() {
    super();
    this.evidence = undefined;
    this.parentYear = undefined;
  }

  #diff() {
    const diff = this.evidence?.diff;
    if (!diff) return html`<p>这一年没有继承的年度，无可比较。</p>`;
    if (!diff.params.length && !diff.rules.length) return html`<p>与 ${diff.from} 年相同，没有差异。</p>`;
    return html`${diff.params.length
      ? html`<table class="diff-params">
          <caption>参数变化（${diff.from} 年 → ${diff.to} 年）</caption>
          <thead>
            <tr><th scope="col">参数</th><th scope="col">变化</th><th scope="col">${diff.from} 年</th><th scope="col">${diff.to} 年</th></tr>
          </thead>
          <tbody>
            ${diff.params.map((p) => html`<tr><td>${p.description}（<code>${p.name}</code>）</td><td>${changeLabels[p.change]}</td><td>${p.from === undefined ? '—' : JSON.stringify(p.from)}</td><td>${p.to === undefined ? '—' : JSON.stringify(p.to)}</td></tr>`)}
          </tbody>
        </table>`
      : nothing}
    ${diff.rules.length
      ? html`<ul class="diff-rules">
          ${diff.rules.map(
            (r) => html`<li>
              ${changeLabels[r.change]} <code>${r.id}</code>：${r.description}
              ${r.previousDescription ? html`<br />说明原为：${r.previousDescription}` : nothing}
              ${r.patch ? html`<pre>${r.patch.join('\n')}</pre>` : nothing}
            </li>`,
          )}
        </ul>`
      : nothing}`;
  }

  override render() {
    const e = this.evidence;
    if (!e) return html`<p aria-live="polite">正在检查……</p>`;
    const failing = e.rows.filter((r) => !r.passed).length;
    const turned = e.rows.filter((r) => r.before === true && !r.passed).length;
    return html`${e.error ? html`<p class="problem" role="alert">${e.error}</p>` : nothing}
      <section aria-labelledby="lint">
        <h3 id="lint">检查（同 shenbao rules check）</h3>
        <p class=${e.problems.length ? 'problem' : 'pass'} role="status">${e.problems.length ? `发现 ${e.problems.length} 处问题` : '✓ 没有问题'}</p>
        ${e.problemsByRule.get('')?.length ? html`<ul>${e.problemsByRule.get('')!.map((p) => html`<li class="problem">${p.message}（${p.pointer || '文件'}）</li>`)}</ul>` : nothing}
      </section>
      <section aria-labelledby="diff">
        <h3 id="diff">与 ${this.parentYear ?? '上一'} 年的差异（同 shenbao rules diff）</h3>
        ${this.#diff()}
      </section>
      <section aria-labelledby="scenarios">
        <h3 id="scenarios">场景</h3>
        <p class="summary" role="status">共 ${e.rows.length} 个场景，${failing ? html`<span class="fail">${failing} 个未通过</span>` : html`<span class="pass">全部通过</span>`}${turned ? html`，其中 <span class="fail">${turned} 个由通过变为未通过</span>` : nothing}。</p>
        <div class="scroll" tabindex="0" role="region" aria-label="场景结果表">
          <table class="scenarios">
            <thead>
              <tr>
                <th scope="col">场景</th>
                <th scope="col">需求</th>
                <th scope="col">预期</th>
                ${this.parentYear ? html`<th scope="col">${this.parentYear} 年</th>` : nothing}
                <th scope="col">本稿</th>
              </tr>
            </thead>
            <tbody>
              ${e.rows.map(
                (r) => html`<tr data-scenario=${r.file}>
                  <td>
                    ${r.passed
                      ? r.name
                      : html`<details>
                          <summary>${r.name}</summary>
                          <ul>
                            ${r.failures.map((f) => html`<li>${f}</li>`)}
                          </ul>
                        </details>`}
                  </td>
                  <td>${r.requirements.join('、')}</td>
                  <td>${r.expectComplete ? '可提交' : '不可提交'}</td>
                  ${this.parentYear ? html`<td>${outcome(r.before)}</td>` : nothing}
                  <td class="now">${outcome(r.passed)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="coverage">
        <h3 id="coverage">需求覆盖</h3>
        <div class="scroll" tabindex="0" role="region" aria-label="需求覆盖表">
          <table>
            <thead>
              <tr><th scope="col">需求</th><th scope="col">可提交场景</th><th scope="col">不可提交场景</th><th scope="col">未通过</th><th scope="col">覆盖</th></tr>
            </thead>
            <tbody>
              ${e.coverage.map(
                (c) => html`<tr>
                  <td>${c.id}</td>
                  <td class="num">${c.passing}</td>
                  <td class="num">${c.failing}</td>
                  <td class="num ${c.broken ? 'fail' : ''}">${c.broken}</td>
                  <td>${c.passing && c.failing ? html`<span class="pass">✓ 完整</span>` : html`<span class="fail">缺${c.passing ? '不可提交' : '可提交'}场景</span>`}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>`;
  }
}
