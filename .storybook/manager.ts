/**
 * Storybook's manager for reviewers: the 审核签字 panel (mark the story on screen 已核对 or write an
 * 意见, with name and date; kept in this browser; export/import JSON and CSV) and a toolbar switch
 * that shows only the stories not yet checked. The record itself is `signoff-record.ts`.
 */
import React from 'react';
import { addons, types, useStorybookApi, useStorybookState } from 'storybook/manager-api';
import { AddonPanel } from 'storybook/internal/components';
import { chinaDate, loadRecord, mergeRecords, parseRecord, saveRecord, toCsv, toJson, type SignoffMark, type SignoffRecord } from './signoff-record.js';

const addonId = 'shenbao/signoff';
const panelId = `${addonId}/panel`;
const toolId = `${addonId}/unchecked`;
const reviewerKey = 'shenbao:signoff:reviewer';
const h = React.createElement;

/** The record, shared by the panel and the filter; listeners redraw on change. */
let record: SignoffRecord = loadRecord(localStorage);
const listeners = new Set<() => void>();
function setRecord(next: SignoffRecord): void {
  record = next;
  saveRecord(localStorage, next);
  listeners.forEach((l) => l());
}
function useRecord(): SignoffRecord {
  const [, redraw] = React.useState(0);
  React.useEffect(() => {
    const listener = () => redraw((n) => n + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return record;
}

let uncheckedOnly = false;
/** Only stories (not docs) with no 已核对 mark pass the "unchecked only" filter. */
const uncheckedFilter = (item: { id: string; type: string }) => !uncheckedOnly || (item.type === 'story' && record[item.id]?.status !== 'checked');

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const box = { padding: '12px 16px', fontSize: 14, lineHeight: 1.6, display: 'grid', gap: 10, maxWidth: 720 } as const;
const input = { font: 'inherit', padding: '4px 8px', border: '1px solid #c9ced6', borderRadius: 4 } as const;
const button = { font: 'inherit', padding: '4px 12px', border: '1px solid #1565c0', borderRadius: 4, background: '#fff', color: '#1565c0', cursor: 'pointer' } as const;
const primary = { ...button, background: '#1565c0', color: '#fff' } as const;

function SignoffPanel(): React.ReactElement {
  const api = useStorybookApi();
  const state = useStorybookState();
  const current = useRecord();
  const entry = state.storyId ? api.getData(state.storyId) : undefined;
  const storyId = state.storyId;
  const mark: SignoffMark | undefined = storyId ? current[storyId] : undefined;
  const [reviewer, setReviewer] = React.useState(() => localStorage.getItem(reviewerKey) ?? '');
  const [comment, setComment] = React.useState(mark?.comment ?? '');
  const [message, setMessage] = React.useState('');
  React.useEffect(() => setComment(current[storyId]?.comment ?? ''), [storyId]);
  const title = entry ? `${entry.title} › ${entry.name}` : storyId;
  const checked = Object.values(current).filter((m) => m.status === 'checked').length;
  const comments = Object.values(current).filter((m) => m.status === 'comment').length;

  const save = (status: SignoffMark['status']) => {
    if (!storyId) return;
    if (!reviewer.trim()) return setMessage('请先填写审核人姓名。');
    if (status === 'comment' && !comment.trim()) return setMessage('请填写意见。');
    localStorage.setItem(reviewerKey, reviewer.trim());
    setRecord({ ...current, [storyId]: { status, comment: status === 'comment' ? comment.trim() : '', reviewer: reviewer.trim(), date: chinaDate(), title } });
    setMessage(status === 'checked' ? '已标记为已核对。' : '意见已记录。');
  };
  const clear = () => {
    if (!storyId) return;
    const { [storyId]: _removed, ...rest } = current;
    setRecord(rest);
    setMessage('已清除本故事的标记。');
  };
  const importFile = (file: File | undefined) => {
    if (!file) return;
    void file.text().then(
      (text) => {
        try {
          const imported = parseRecord(text);
          setRecord(mergeRecords(current, imported));
          setMessage(`已导入 ${Object.keys(imported).length} 条标记（同一故事以较晚的日期为准）。`);
        } catch (error) {
          setMessage(`无法导入 ${file.name}：${(error as Error).message}`);
        }
      },
      () => setMessage(`无法读取 ${file.name}`),
    );
  };

  return h(
    'div',
    { style: box, 'data-signoff-panel': '' },
    h('div', null, h('strong', null, '当前故事：'), title ?? '（未选择）'),
    h(
      'div',
      { 'data-signoff-status': mark?.status ?? 'none' },
      mark
        ? mark.status === 'checked'
          ? `✓ 已核对 — ${mark.reviewer}，${mark.date}`
          : `意见（${mark.reviewer}，${mark.date}）：${mark.comment}`
        : '尚未核对',
    ),
    h('label', null, '审核人 ', h('input', { style: input, value: reviewer, onChange: (e: React.ChangeEvent<HTMLInputElement>) => setReviewer(e.target.value), placeholder: '姓名' })),
    h('label', { style: { display: 'grid', gap: 4 } }, '意见', h('textarea', { style: input, rows: 3, value: comment, onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value) })),
    h(
      'div',
      { style: { display: 'flex', gap: 8, flexWrap: 'wrap' } },
      h('button', { style: primary, type: 'button', onClick: () => save('checked') }, '已核对'),
      h('button', { style: button, type: 'button', onClick: () => save('comment') }, '记录意见'),
      h('button', { style: button, type: 'button', onClick: clear, disabled: !mark }, '清除标记'),
    ),
    h('div', { role: 'status' }, message),
    h('hr', { style: { border: 0, borderTop: '1px solid #e5e6eb', width: '100%' } }),
    h('div', null, `本浏览器中的记录：已核对 ${checked} 个，有意见 ${comments} 个。`),
    h(
      'div',
      { style: { display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' } },
      h('button', { style: button, type: 'button', onClick: () => download(`审核签字-${chinaDate()}.json`, toJson(current), 'application/json') }, '导出 JSON'),
      h('button', { style: button, type: 'button', onClick: () => download(`审核签字-${chinaDate()}.csv`, toCsv(current), 'text/csv;charset=utf-8') }, '导出 CSV'),
      h('label', null, '导入（JSON 或 CSV） ', h('input', { type: 'file', accept: '.json,.csv,application/json,text/csv', onChange: (e: React.ChangeEvent<HTMLInputElement>) => importFile(e.target.files?.[0]) })),
    ),
  );
}

function UncheckedTool(): React.ReactElement {
  const api = useStorybookApi();
  const [on, setOn] = React.useState(uncheckedOnly);
  useRecord(); // a new mark re-applies the filter
  React.useEffect(() => {
    const listener = () => {
      if (uncheckedOnly) void api.experimental_setFilter(addonId, uncheckedFilter as never);
    };
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, [api]);
  const toggle = () => {
    uncheckedOnly = !on;
    setOn(uncheckedOnly);
    void api.experimental_setFilter(addonId, uncheckedFilter as never);
  };
  return h(
    'button',
    {
      type: 'button',
      onClick: toggle,
      'aria-pressed': on,
      title: '只显示尚未标记“已核对”的故事',
      style: { font: 'inherit', fontSize: 12, padding: '2px 8px', margin: '0 4px', borderRadius: 4, border: '1px solid currentColor', background: on ? '#1565c0' : 'transparent', color: on ? '#fff' : 'inherit', cursor: 'pointer', alignSelf: 'center' },
    },
    on ? '仅未核对 ✓' : '仅未核对',
  );
}

/**
 * The desktop view scaled to fit: when the viewport tool makes the canvas wider than the room the
 * manager gives it (1280 px in a 1280 px window minus the sidebar), the canvas is zoomed out to fit
 * (CSS zoom: the story still lays out at 1280 px, nothing is clipped on the right); narrower canvases stay at 100 %.
 */
function fitPreview(): void {
  const wrapper = document.getElementById('storybook-preview-wrapper');
  const frame = document.getElementById('storybook-preview-iframe');
  if (!wrapper || !frame) return;
  const available = wrapper.clientWidth - 2;
  let target: HTMLElement | undefined;
  for (let e: HTMLElement | null = frame; e && e !== wrapper; e = e.parentElement) {
    const zoom = Number(e.style.zoom || 1);
    if (e.getBoundingClientRect().width / zoom > available + 1) target = e;
  }
  for (let e: HTMLElement | null = frame; e && e !== wrapper; e = e.parentElement) if (e !== target && e.style.zoom) e.style.zoom = '';
  if (!target) return;
  const natural = target.getBoundingClientRect().width / Number(target.style.zoom || 1);
  const zoom = Math.max(0.25, available / natural).toFixed(3);
  if (target.style.zoom !== zoom) target.style.zoom = zoom;
}
setInterval(fitPreview, 400);

addons.register(addonId, (api) => {
  void api.experimental_setFilter(addonId, uncheckedFilter as never);
  addons.add(panelId, {
    type: types.PANEL,
    title: '审核签字',
    render: ({ active }) => h(AddonPanel, { active: !!active }, h(SignoffPanel)),
  });
  addons.add(toolId, {
    type: types.TOOL,
    title: '仅未核对',
    match: () => true,
    render: () => h(UncheckedTool),
  });
});
