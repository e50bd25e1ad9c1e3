import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { createRecord, registerLocale, transition, zhCN, type Catalog, type HistoryEntry, type LifecycleRecord, type Locale } from '@shenbao/core';
import { formatChinaTime } from '../../format-time.js';
import { ShenbaoTimeline } from './timeline.js';

if (!customElements.get('shenbao-timeline')) customElements.define('shenbao-timeline', ShenbaoTimeline);

/** A real history made by core's lifecycle: submitted, returned with a reason, resubmitted. */
function history(): HistoryEntry[] {
  const candidate = { id: 'cand-42', role: 'candidate' as const };
  const unit = { id: 'unit-wuchang', role: 'reviewer' as const };
  let record: LifecycleRecord = createRecord();
  const step = (action: Parameters<typeof transition>[1], actor: typeof unit | typeof candidate, at: string, reason?: string) => {
    const result = transition(record, action, { actor, at, ...(reason ? { reason } : {}) });
    if (!result.ok) throw new Error(result.reason);
    record = result.record;
  };
  step('submit', candidate, '2024-05-01T06:03:00Z');
  step('return', unit, '2024-05-02T01:30:00Z', '执业证书B面不清晰，请重新上传');
  step('submit', candidate, '2024-05-03T12:00:00+08:00');
  return record.history;
}

async function mount(props: Partial<ShenbaoTimeline>): Promise<ShenbaoTimeline> {
  const el = document.createElement('shenbao-timeline') as ShenbaoTimeline;
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('<shenbao-timeline> progress view (COMMON-6, TCM-7)', () => {
  afterEach(() => document.body.replaceChildren());

  it('formats times in China time whatever the device time zone', () => {
    expect(formatChinaTime('2024-05-01T06:03:00Z', 'zh-CN')).toBe('2024年5月1日 14:03');
    expect(formatChinaTime('2024-12-31T16:30:00Z', 'zh-CN')).toBe('2025年1月1日 00:30');
    expect(formatChinaTime('2024-05-01T06:03:00Z', 'en')).toBe('2024-05-01 14:03 (UTC+8)');
    expect(formatChinaTime('not a time', 'zh-CN')).toBe('not a time');
  });

  it('renders every entry in order with what, who, when and why, the current status on top', async () => {
    const el = await mount({ history: history(), status: 'submitted' });
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, '')).toBe('当前状态：已提交');
    const status = root.querySelector('[part="status"]')!;
    const list = root.querySelector('ol')!;
    expect(status.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const items = [...list.querySelectorAll(':scope > li')];
    expect(items).toHaveLength(3);
    const text = (li: Element) => li.textContent!.replace(/\s+/g, ' ').trim();
    expect(text(items[0]!)).toContain('提交');
    expect(text(items[0]!)).toContain('草稿 → 变为已提交');
    expect(text(items[0]!)).toContain('考生 cand-42');
    expect(text(items[0]!)).toContain('2024年5月1日 14:03');
    expect(items[0]!.querySelector('[part="reason"]')).toBeNull();
    expect(text(items[1]!)).toContain('退回');
    expect(text(items[1]!)).toContain('审核单位 unit-wuchang');
    expect(text(items[1]!)).toContain('2024年5月2日 09:30');
    expect(items[1]!.querySelector('[part="reason"]')!.textContent).toBe('原因：执业证书B面不清晰，请重新上传');
    expect(items[1]!.querySelector('time')!.getAttribute('datetime')).toBe('2024-05-02T01:30:00Z');
    expect(text(items[2]!)).toContain('已退回 → 变为已提交');
    expect(text(items[2]!)).toContain('2024年5月3日 12:00');
  });

  it('derives the current status from the last entry and lists newest first on request', async () => {
    const el = await mount({ history: history().slice(0, 2), newestFirst: true });
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="status"] strong')!.textContent).toBe('已退回');
    const list = root.querySelector('ol')!;
    expect(list.reversed).toBe(true);
    expect(list.querySelector('li')!.textContent).toContain('退回');
  });

  it('speaks English', async () => {
    const el = await mount({ history: history(), locale: 'en' });
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Current status: Submitted');
    expect(text).toContain('Reviewing unit unit-wuchang');
    expect(text).toContain('2024-05-02 09:30 (UTC+8)');
    expect(text).toContain('Reason: 执业证书B面不清晰');
  });

  it('says so when there is no history yet', async () => {
    const el = await mount({ history: [] });
    expect(el.shadowRoot!.querySelector('ol')).toBeNull();
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).toBe('暂无办理记录。');
    expect(el.shadowRoot!.querySelector('[part="status"]')).toBeNull();
  });

  it('has no axe violations, with and without entries', async () => {
    const full = await mount({ history: history(), status: 'submitted' });
    expect(await axeViolations(full)).toEqual([]);
    document.body.replaceChildren();
    const empty = await mount({ history: [], status: 'draft' });
    expect(await axeViolations(empty)).toEqual([]);
  });
});

describe('<shenbao-timeline> in a locale the host registered', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows every word from the registered catalog (adding a locale is one catalog and one registration)', async () => {
    const locale = 'x-bracketed' as Locale;
    registerLocale(locale, Object.fromEntries(Object.entries(zhCN).map(([key, value]) => [key, `⟦${value}⟧`])) as unknown as Catalog);
    const el = await mount({ history: history(), locale });
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')?.textContent).toBe('⟦进度详情⟧');
    expect(root.querySelector('[part="status"]')?.textContent).toBe('⟦当前状态⟧⟦：⟧⟦已提交⟧');
    expect(root.querySelector('[part="reason"]')?.textContent).toBe('⟦原因⟧⟦：⟧执业证书B面不清晰，请重新上传');
    expect(root.querySelector('ol')?.getAttribute('aria-label')).toBe('⟦办理记录⟧');
    // No text of the page is left in zh-CN or en outside the catalog: every Chinese run is bracketed.
    const visible = root.textContent!.replace(/⟦[^⟧]*⟧/g, '').replace('执业证书B面不清晰，请重新上传', '');
    expect(visible).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
