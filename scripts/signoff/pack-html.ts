/**
 * The HTML of the sign-off pack (`pnpm signoff`): a cover page with counts and one page per form,
 * each scenario a card — description, requirement IDs with their text, expected against actual
 * verdict and issues, the screenshot at 375 px, and the reviewer's column (已核对 / 意见 / 签名 / 日期).
 * Pure functions of the data the generator gathers; every value is escaped. Printable to PDF (A4).
 */

/** One scenario as the pack shows it. */
export interface PackScenario {
  file: string;
  name: string;
  description?: string;
  requirements: { id: string; summary?: string }[];
  year: number;
  expected: { complete: boolean; issues: { path: string; code: string; message?: string }[] };
  actual: { complete: boolean; issues: { path: string; code: string; message: string }[] };
  /** Expected verdict equals actual and every expected issue was reported. */
  agrees: boolean;
  /** The screenshot file, relative to the form's page; undefined when screenshots were not taken. */
  screenshot?: string;
}

/** One form of the pack. */
export interface PackForm {
  id: string;
  title: string;
  scenarios: PackScenario[];
}

/** Escapes text for HTML content and quoted attributes. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const verdict = (complete: boolean) => (complete ? '通过（可提交）' : '不通过');

const styles = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font: 13px/1.5 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; color: #1f2329; margin: 0; background: #f2f3f5; }
main { max-width: 1000px; margin: 0 auto; background: #fff; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 16px; margin: 0 0 6px; }
table.counts { border-collapse: collapse; width: 100%; margin: 12px 0; }
table.counts th, table.counts td { border: 1px solid #c9ced6; padding: 4px 8px; text-align: left; }
table.counts td.n { text-align: right; font-variant-numeric: tabular-nums; }
.card { display: grid; grid-template-columns: 1fr 260px 190px; gap: 12px; border: 1px solid #c9ced6; border-radius: 6px; padding: 12px; margin: 12px 0; break-inside: avoid; page-break-inside: avoid; }
.card.disagrees { border-color: #b71c1c; border-width: 2px; }
.card .no { color: #4e5969; font-size: 12px; }
.card ul { margin: 2px 0 6px; padding-inline-start: 1.2em; }
.card code { font-size: 11px; overflow-wrap: anywhere; }
.req strong { margin-inline-end: 4px; }
.pass { color: #1b5e20; font-weight: 700; }
.fail { color: #b71c1c; font-weight: 700; }
.shot img { width: 100%; border: 1px solid #e5e6eb; display: block; }
.shot .none { color: #4e5969; font-size: 12px; border: 1px dashed #c9ced6; padding: 24px 8px; text-align: center; }
.mark { border-inline-start: 1px dashed #c9ced6; padding-inline-start: 10px; }
.mark .box { display: inline-block; width: 14px; height: 14px; border: 1.5px solid #1f2329; vertical-align: -2px; margin-inline-end: 4px; }
.mark .line { border-bottom: 1px solid #86909c; height: 22px; margin: 2px 0 8px; }
.mark .lines { border-bottom: 1px solid #86909c; height: 66px; background: repeating-linear-gradient(transparent 0 21px, #c9ced6 21px 22px); margin: 2px 0 8px; }
.cover { break-after: page; page-break-after: always; }
nav a { margin-inline-end: 12px; }
@media print { body { background: #fff; } main { padding: 0; max-width: none; } nav { display: none; } }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${styles}</style></head>
<body><main>
${body}
</main></body>
</html>
`;
}

/** Counts of one form (or all): scenarios, expected to pass, expected to fail, agreeing with evaluate(). */
export function countsOf(scenarios: readonly PackScenario[]): { total: number; passing: number; failing: number; agree: number; requirements: number } {
  return {
    total: scenarios.length,
    passing: scenarios.filter((s) => s.expected.complete).length,
    failing: scenarios.filter((s) => !s.expected.complete).length,
    agree: scenarios.filter((s) => s.agrees).length,
    requirements: new Set(scenarios.flatMap((s) => s.requirements.map((r) => r.id))).size,
  };
}

function countsRow(label: string, href: string | undefined, c: ReturnType<typeof countsOf>): string {
  const name = href ? `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>` : escapeHtml(label);
  return `<tr><td>${name}</td><td class="n">${c.total}</td><td class="n">${c.passing}</td><td class="n">${c.failing}</td><td class="n">${c.requirements}</td><td class="n">${c.agree} / ${c.total}</td><td></td></tr>`;
}

const countsHead = '<tr><th>表单</th><th>场景</th><th>预期通过</th><th>预期不通过</th><th>涉及需求</th><th>实际与预期一致</th><th>审核人签名 / 日期</th></tr>';

/** The cover page (index.html): every form with its counts and a link to its page. */
export function coverHtml(forms: readonly PackForm[], generatedAt: string): string {
  const all = forms.flatMap((f) => f.scenarios);
  const rows = forms.map((f) => countsRow(f.title, `${f.id}.html`, countsOf(f.scenarios))).join('\n');
  return page(
    '申报表单审核签字包',
    `<section class="cover">
<h1>申报表单审核签字包</h1>
<p>每个表单一页：每个场景一张卡片，写明场景说明、需求编号、预期与实际结论，并附 375 px 手机宽度的“信息确认”截图；右栏供审核人标记“已核对”或写意见、签名、日期。</p>
<p>生成时间 ${escapeHtml(generatedAt)} · 共 ${forms.length} 个表单、${all.length} 个场景，实际与预期一致 ${countsOf(all).agree} 个。</p>
<table class="counts">${countsHead}
${rows}
${countsRow('合计', undefined, countsOf(all))}
</table>
</section>`,
  );
}

function issueList(issues: readonly { path: string; code: string; message?: string }[]): string {
  if (!issues.length) return '<p>无问题</p>';
  return `<ul>${issues.map((i) => `<li><code>${escapeHtml(i.path || '（整份申报）')}</code> ${escapeHtml(i.code)}${i.message ? `：${escapeHtml(i.message)}` : ''}</li>`).join('')}</ul>`;
}

function card(s: PackScenario, n: number): string {
  const shot = s.screenshot
    ? `<img src="${escapeHtml(s.screenshot)}" alt="“${escapeHtml(s.name)}”在 375 px 手机宽度的信息确认页" loading="lazy">`
    : '<div class="none">（未截图：以 --no-screenshots 生成）</div>';
  return `<article class="card${s.agrees ? '' : ' disagrees'}" id="${escapeHtml(s.file)}" data-scenario="${escapeHtml(s.file)}">
<div>
<div class="no">场景 ${n} · <code>${escapeHtml(s.file)}</code> · ${s.year} 年规则包</div>
<h2>${escapeHtml(s.name)}</h2>
${s.description ? `<p>${escapeHtml(s.description)}</p>` : ''}
<div class="req"><b>需求</b><ul>${s.requirements.map((r) => `<li><strong>${escapeHtml(r.id)}</strong>${escapeHtml(r.summary ?? '')}</li>`).join('')}</ul></div>
<div><b>预期</b> <span class="${s.expected.complete ? 'pass' : 'fail'}">${verdict(s.expected.complete)}</span>${s.expected.issues.length ? issueList(s.expected.issues) : ''}</div>
<div><b>实际</b> <span class="${s.actual.complete ? 'pass' : 'fail'}">${verdict(s.actual.complete)}</span>（evaluate()）${issueList(s.actual.issues)}</div>
<div><b>结论</b> ${s.agrees ? '<span class="pass">实际与预期一致</span>' : '<span class="fail">实际与预期不一致</span>'}</div>
</div>
<div class="shot">${shot}</div>
<div class="mark"><b>审核</b>
<div><span class="box"></span>已核对</div>
<div>意见</div><div class="lines"></div>
<div>审核人</div><div class="line"></div>
<div>日期</div><div class="line"></div>
</div>
</article>`;
}

/** A form's page: its counts, then one card per scenario. */
export function formHtml(form: PackForm, generatedAt: string): string {
  const c = countsOf(form.scenarios);
  return page(
    `${form.title} · 审核签字`,
    `<nav><a href="index.html">← 签字包封面</a></nav>
<h1>${escapeHtml(form.title)}</h1>
<p><code>packages/forms/${escapeHtml(form.id)}</code> · ${c.total} 个场景（预期通过 ${c.passing}、预期不通过 ${c.failing}）· 实际与预期一致 ${c.agree} / ${c.total} · 生成时间 ${escapeHtml(generatedAt)}</p>
${form.scenarios.map((s, i) => card(s, i + 1)).join('\n')}`,
  );
}
