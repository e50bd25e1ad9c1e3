/**
 * Issue 8 items 12–14 end to end, as a unit reviewer at 375 and 1280 px (Chinese rendered): the
 * review desk (record and sticky panel side by side from 1024 px, 本次修改 on what changed since the
 * previous submission), numbers masked as the server hands them to a reviewer (core's `maskData`,
 * which the reference server uses) with a recorded 显示 per field (COMMON-4), a thumbnail opening the
 * document viewer whose comment joins the panel and the decision (PEM-10), each comment's place
 * named the same on the candidate's side, and the panel read-only once returned (COMMON-6).
 */
import { allowedActions, createRecord, getAt, maskData, compileForm, setAt, transition, type AttachmentRef, type HistoryEntry } from '@shenbao/core';
import { evaluate, resolvePack } from '@shenbao/rules';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ShenbaoDocViewer } from '../elements/doc-viewer/doc-viewer.js';
import { reviewPlaceLabel } from '../elements/form/review-places.js';
import type { ShenbaoReviewPanel } from '../elements/review-panel/review-panel.js';
import type { ShenbaoUpload } from '../elements/upload/upload.js';
import type { ShenbaoReviewEvent } from '../events/shenbao-review-event.js';
import type { Uploader } from '../types.js';
import { builtinForm, deepActiveElement, deepQueryAll, fieldAt, mountForm, scenariosOf, settle } from './e2e-support.js';

const tcm = builtinForm('tcm-expertise');
const scenario = scenariosOf(tcm).find((s) => s.name.includes('师承') && s.expect.complete === true) ?? scenariosOf(tcm).find((s) => s.expect.complete === true)!;
const submittedData = scenario.data;
const previous = setAt(submittedData, '/experience/expertiseSummary', '擅长运用经方治疗脾胃病。') as Record<string, unknown>;

/** Every image reference of the record drawn as a card with its file name, lent by URL as a host's uploader does. */
async function cardUploader(): Promise<Uploader> {
  const urls = new Map<string, string>();
  const visit = async (value: unknown): Promise<void> => {
    if (Array.isArray(value)) for (const item of value) await visit(item);
    else if (value && typeof value === 'object') {
      const ref = value as Partial<AttachmentRef>;
      if (typeof ref.id === 'string' && typeof ref.type === 'string' && ref.type.startsWith('image/')) {
        const canvas = new OffscreenCanvas(480, 300);
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#e8f0fe';
        context.fillRect(0, 0, 480, 300);
        context.fillStyle = '#1f2329';
        context.font = '36px "Noto Sans CJK SC", sans-serif';
        context.fillText(String(ref.name), 24, 80);
        urls.set(ref.id, URL.createObjectURL(await canvas.convertToBlob({ type: 'image/png' })));
      } else for (const child of Object.values(value)) await visit(child);
    }
  };
  await visit(submittedData);
  return { upload: () => Promise.reject(new Error('只读')), url: (ref) => urls.get(ref.id) };
}

/** The record as the reference server answers it to a reviewer: numbers masked, the masked pointers, the previous submission. */
function reviewerView() {
  const index = compileForm(tcm.definition).index;
  const current = maskData(submittedData, index);
  return { data: current.data, masked: current.paths, previous: maskData(previous, index).data };
}

function submittedRecord() {
  const a = transition(createRecord(), 'submit', { actor: { id: 'cand-zhang', role: 'candidate' }, at: '2024-05-01T02:00:00Z' });
  const b = a.ok ? transition(a.record, 'return', { actor: { id: 'unit-7', role: 'reviewer' }, at: '2024-05-02T02:00:00Z', reason: '请补正' }) : a;
  const c = b.ok ? transition(b.record, 'submit', { actor: { id: 'cand-zhang', role: 'candidate' }, at: '2024-05-03T02:00:00Z' }) : b;
  if (!c.ok) throw new Error(c.reason);
  return c.record;
}

const panelOf = (form: HTMLElement) => form.shadowRoot!.querySelector<ShenbaoReviewPanel>('shenbao-review-panel')!;
const shownValue = (form: HTMLElement, pointer: string) => fieldAt(form as never, pointer).shadowRoot!.querySelector('[part~="value"]')!.textContent!.trim();

describe.each([375, 1280])('the review desk at %i px (issue 8 items 12–14, COMMON-4, COMMON-6, PEM-10)', (width) => {
  beforeEach(async () => {
    await page.viewport(width, 900);
  });
  afterEach(() => document.body.replaceChildren());

  async function desk() {
    const view = reviewerView();
    const record = submittedRecord();
    const revealed: string[] = [];
    const form = await mountForm(tcm, {
      mode: 'review',
      value: view.data,
      previousValue: view.previous,
      maskedPaths: view.masked,
      revealer: async (pointer: string) => {
        revealed.push(pointer);
        return getAt(submittedData, pointer) as string;
      },
      context: scenario.context ?? { today: '2024-05-01' },
      history: record.history,
      recordStatus: record.status,
      reviewActions: allowedActions(record, 'reviewer'),
      uploader: await cardUploader(),
    });
    await settle(form);
    return { form, revealed };
  }

  it('record and panel side by side from 1024 px, the panel sticky; one column on a phone; what changed is marked', async () => {
    const { form } = await desk();
    const panel = panelOf(form);
    const record = form.shadowRoot!.querySelector<HTMLElement>('.desk-record')!;
    if (width >= 1024) {
      expect(panel.getBoundingClientRect().left).toBeGreaterThanOrEqual(record.getBoundingClientRect().right - 1);
      window.scrollTo(0, document.documentElement.scrollHeight);
      await new Promise((r) => requestAnimationFrame(r));
      const top = panel.getBoundingClientRect().top;
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(window.innerHeight);
      window.scrollTo(0, 0);
    } else {
      expect(panel.getBoundingClientRect().top).toBeGreaterThan(record.getBoundingClientRect().bottom - 1);
    }
    const marks = deepQueryAll<HTMLElement>(form, '.review-mark.changed');
    expect(marks.map((m) => m.dataset.reviewPath)).toEqual(['/experience/expertiseSummary']);
    expect(marks[0]!.textContent).toContain('本次修改');
    await page.screenshot({ path: `__screenshots__/review-desk-${width}.png` });
    const violations = (await axe.run(form)).violations;
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('COMMON-4: numbers arrive masked (an ID inside a 资格证书编号 too); 显示 reveals one field through the host, which records it', async () => {
    const { form, revealed } = await desk();
    const id = (submittedData.applicant as { idNumber: string }).idNumber;
    expect(shownValue(form, '/applicant/idNumber')).toBe(`${id.slice(0, 4)}**********${id.slice(-4)}`);
    expect(shownValue(form, '/teachers/0/qualificationCertNo')).toContain('**********');
    const reveal = deepQueryAll<HTMLButtonElement>(form, '.review-mark button.reveal').find((b) => b.closest('[data-review-path]')?.getAttribute('data-review-path') === '/applicant/idNumber')!;
    expect(reveal.getAttribute('aria-label')).toBe('显示完整的证件编号（查看会记入办理记录）');
    await userEvent.click(reveal);
    await expect.poll(() => shownValue(form, '/applicant/idNumber')).toBe(id);
    expect(revealed).toEqual(['/applicant/idNumber']);
    expect(shownValue(form, '/applicant/mobile')).toContain('****');

    // The history's reveal entry reads 查看了 证件编号, the field's name as the form shows it (its layout label).
    const entry: HistoryEntry = { action: 'reveal', from: 'submitted', to: 'submitted', actor: { id: 'unit-7', role: 'reviewer' }, at: '2024-05-03T03:00:00Z', path: '/applicant/idNumber' };
    form.history = [...(form.history ?? []), entry];
    await settle(form);
    const timeline = form.shadowRoot!.querySelector('shenbao-timeline')!;
    expect(timeline.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toContain('查看了 证件编号');
  });

  it('a thumbnail opens the viewer on that document; its comment joins the panel and the decision; the candidate’s side names it alike', async () => {
    const { form } = await desk();
    // The teachers are one compact row each: the reviewer opens 老师 2.
    await userEvent.click(form.shadowRoot!.querySelector<HTMLElement>('details[data-item-view="/teachers/1"] > summary')!);
    const upload = deepQueryAll<ShenbaoUpload>(form, 'shenbao-upload').find((u) => u.path === '/teachers/1/attachments/teacherIdCard')!;
    const thumb = upload.shadowRoot!.querySelector<HTMLButtonElement>('button[data-open]')!;
    thumb.focus();
    await userEvent.click(thumb);
    const viewer = await expect.poll(() => form.shadowRoot!.querySelector<ShenbaoDocViewer>('shenbao-doc-viewer')).toBeTruthy().then(() => form.shadowRoot!.querySelector<ShenbaoDocViewer>('shenbao-doc-viewer')!);
    await expect.poll(() => viewer.open).toBe(true);
    const teacher = (submittedData.teachers as { name: string }[])[1]!.name;
    const place = `老师 2（${teacher}）· 身份证`;
    // 正面 and 反面 where the slot takes exactly two images (as the upload element shows them), else numbered.
    const idCard = tcm.definition.attachments.find((s) => s.id === 'teacherIdCard')!;
    const places = idCard.min === 2 && idCard.max === 2;
    const files = (getAt(submittedData, '/teachers/1/attachments/teacherIdCard') as unknown[]).length;
    const fileName = (i: number) => (places ? `${place}${i === 0 ? '正面' : '反面'}` : files > 1 ? `${place}（第 ${i + 1} 份）` : place);
    expect(viewer.shadowRoot!.querySelector('#title')!.textContent!.trim()).toBe(fileName(0));
    expect(viewer.shadowRoot!.querySelector('label[for="comment"]')!.textContent).toBe(`批注：${place}`);
    await userEvent.keyboard('{ArrowRight}');
    await viewer.updateComplete;
    expect(viewer.shadowRoot!.querySelector('#title')!.textContent!.trim()).toBe(fileName(1));
    await userEvent.type(viewer.shadowRoot!.querySelector<HTMLTextAreaElement>('#comment')!, '反面反光，请重新拍摄');
    await userEvent.click(viewer.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="save-comment"]')!);
    await page.screenshot({ path: `__screenshots__/review-desk-viewer-${width}.png` });
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => viewer.open).toBe(false);
    expect(deepActiveElement()).toBe(thumb);

    const panel = panelOf(form);
    await settle(form);
    expect(panel.comments).toEqual([{ target: '/teachers/1/attachments/teacherIdCard', text: '反面反光，请重新拍摄' }]);
    expect(panel.shadowRoot!.querySelector('[part="comments"]')!.textContent).toContain(place);
    const decisions: ShenbaoReviewEvent['detail'][] = [];
    form.addEventListener('shenbao-review', (e) => decisions.push(e.detail));
    await userEvent.type(panel.shadowRoot!.querySelector<HTMLTextAreaElement>('#reason')!, '请补正老师身份证');
    await userEvent.click([...panel.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === '退回')!);
    expect(decisions).toEqual([{ action: 'return', reason: '请补正老师身份证', comments: [{ target: '/teachers/1/attachments/teacherIdCard', text: '反面反光，请重新拍摄' }] }]);

    // The candidate's side: the same name for the place, and the comment on the material itself.
    expect(reviewPlaceLabel(tcm.definition, submittedData, '/teachers/1/attachments/teacherIdCard')).toBe(place);
    document.body.replaceChildren();
    const own = await mountForm(tcm, { mode: 'readonly', value: submittedData, reviewComments: [{ target: '/teachers/1/attachments/teacherIdCard', text: '反面反光，请重新拍摄' }] });
    const slot = deepQueryAll<ShenbaoUpload>(own, 'shenbao-upload').find((u) => u.path === '/teachers/1/attachments/teacherIdCard')!;
    expect(slot.shadowRoot!.querySelector('[part="comment"]')!.textContent).toContain('反面反光，请重新拍摄');
  });

  it('COMMON-4: the issue list is the verdict of the real data — masked ID and phone numbers never read as invalid', async () => {
    const issueTexts = (form: HTMLElement) => {
      const list = form.shadowRoot!.querySelector('shenbao-issue-list');
      return list ? [...list.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()) : [];
    };
    // Without the host's verdict: nothing about a masked value (the masked numbers themselves would read as invalid).
    const { form } = await desk();
    await settle(form);
    expect(issueTexts(form).filter((t) => /身份证号|证件号码|手机号码|联系电话|实名认证/.test(t))).toEqual([]);
    expect(form.shadowRoot!.querySelector('shenbao-issue-list')).toBeNull();
    // With the host's verdict of the real data (the reference server's `issues`): exactly what it says.
    const real = await evaluate(tcm.definition, resolvePack(Object.values(tcm.packs), scenario.year ?? 2024), setAt(submittedData, '/applicant/name', '') as Record<string, unknown>, scenario.context ?? { today: '2024-05-01' });
    expect(real.issues.length).toBeGreaterThan(0);
    form.recordIssues = real.issues;
    await settle(form);
    const shown = issueTexts(form);
    expect(shown.length).toBe(new Set(real.issues.map((i) => `${i.path} ${i.message}`)).size);
    expect(shown.join(' ')).toContain('姓名');
    expect(shown.join(' ')).not.toMatch(/不是有效的(居民身份证|手机)号码/);
    await page.screenshot({ path: `__screenshots__/review-desk-issues-${width}.png` });
  });

  it('COMMON-6: once returned the panel is read-only — it says so and lists the comments, nothing to add or remove', async () => {
    const { form } = await desk();
    const record = submittedRecord();
    const returned = transition(record, 'return', { actor: { id: 'unit-7', role: 'reviewer' }, at: '2024-05-04T02:00:00Z', reason: '请补正' });
    if (!returned.ok) throw new Error(returned.reason);
    form.reviewActions = allowedActions(returned.record, 'reviewer');
    form.recordStatus = 'returned';
    form.reviewComments = [{ target: '/teachers/1/attachments/teacherIdCard', text: '反面反光，请重新拍摄' }];
    await settle(form);
    const panel = panelOf(form);
    expect(panel.shadowRoot!.textContent).toContain('该申报已退回，审核意见只读');
    expect(panel.shadowRoot!.textContent).toContain('老师 2（');
    expect(panel.shadowRoot!.querySelectorAll('button, textarea, select')).toHaveLength(0);
  });
});
