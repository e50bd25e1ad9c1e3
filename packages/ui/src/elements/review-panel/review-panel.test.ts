import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { allowedActions, createRecord, transition, type LifecycleRecord } from '@shenbao/core';
import { ShenbaoReviewEvent } from '../../events/shenbao-review-event.js';
import { ShenbaoReviewPanel, type ReviewTarget } from './review-panel.js';

if (!customElements.get('shenbao-review-panel')) customElements.define('shenbao-review-panel', ShenbaoReviewPanel);

const targets: ReviewTarget[] = [
  { id: 'basic', label: '基本信息' },
  { id: 'practicing', label: '医师执业证' },
  { id: '/attachments/practicingCertBack', label: '医师执业证B面' },
];

/** A submitted record whose review has started, as core's lifecycle makes it. */
function submitted(): LifecycleRecord {
  const a = transition(createRecord(), 'submit', { actor: { id: 'cand-1', role: 'candidate' }, at: '2024-05-01T00:00:00Z' });
  if (!a.ok) throw new Error(a.reason);
  const b = transition(a.record, 'start-review', { actor: { id: 'unit-1', role: 'reviewer' }, at: '2024-05-02T00:00:00Z' });
  if (!b.ok) throw new Error(b.reason);
  return b.record;
}

async function mount(props: Partial<ShenbaoReviewPanel> = {}): Promise<ShenbaoReviewPanel> {
  const el = document.createElement('shenbao-review-panel') as ShenbaoReviewPanel;
  Object.assign(el, { targets, allowed: allowedActions(submitted(), 'reviewer') }, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element>(el: ShenbaoReviewPanel, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const buttons = (el: ShenbaoReviewPanel) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="actions"] button')];
const button = (el: ShenbaoReviewPanel, text: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

function type(control: HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

function record(el: ShenbaoReviewPanel): ShenbaoReviewEvent[] {
  const events: ShenbaoReviewEvent[] = [];
  el.addEventListener('shenbao-review', (e) => events.push(e));
  return events;
}

describe('<shenbao-review-panel> (COMMON-6, PEM-10, PP-10)', () => {
  afterEach(() => document.body.replaceChildren());

  it('offers only the review decisions the lifecycle allows now', async () => {
    const el = await mount();
    expect(buttons(el).map((b) => b.textContent!.trim())).toEqual(['审核通过', '允许修改', '退回']);
    const approved = transition(submitted(), 'approve', { actor: { id: 'unit-1', role: 'reviewer' }, at: '2024-05-03T00:00:00Z' });
    if (!approved.ok) throw new Error(approved.reason);
    el.allowed = allowedActions(approved.record, 'reviewer');
    await el.updateComplete;
    expect(buttons(el).map((b) => b.textContent!.trim())).toEqual(['允许修改']);
    el.allowed = allowedActions(createRecord(), 'reviewer');
    await el.updateComplete;
    expect(buttons(el)).toEqual([]);
    expect(el.shadowRoot!.textContent).toContain('考生尚未提交');
  });

  it('issue 8 item 13: read-only once returned — it says so, lists the comments, offers nothing to change', async () => {
    const el = await mount();
    el.comments = [{ target: el.targets[0]!.id, text: '请重新上传' }];
    const returned = transition(submitted(), 'return', { actor: { id: 'unit-1', role: 'reviewer' }, at: '2024-05-03T00:00:00Z', reason: '材料不清晰' });
    if (!returned.ok) throw new Error(returned.reason);
    el.allowed = allowedActions(returned.record, 'reviewer');
    el.status = 'returned';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toContain('该申报已退回，审核意见只读');
    expect(el.shadowRoot!.textContent).toContain('请重新上传');
    expect(el.shadowRoot!.querySelectorAll('button, textarea, select')).toHaveLength(0);
  });

  it('refuses to return without a reason: Chinese error, reason focused, no event', async () => {
    const el = await mount();
    const events = record(el);
    type($(el, '#reason'), '   ');
    button(el, '退回').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(events).toEqual([]);
    const reason = $<HTMLTextAreaElement>(el, '#reason');
    expect(el.shadowRoot!.activeElement).toBe(reason);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    const error = $(el, '#reason-error');
    expect(error.textContent).toBe('请填写“退回”的原因');
    expect(reason.getAttribute('aria-describedby')!.split(' ')).toContain('reason-error');
    button(el, '允许修改').click();
    await el.updateComplete;
    expect(events).toEqual([]);
    expect($(el, '#reason-error').textContent).toBe('请填写“允许修改”的原因');
    type(reason, '材料不全');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#reason-error')).toBeNull();
  });

  it('returns with the reason and per-target comments in the shenbao-review event', async () => {
    const el = await mount();
    const events = record(el);
    type($(el, '#reason'), '  请补充执业证书材料  ');
    type($(el, '#target'), 'practicing');
    type($(el, '#comment'), '执业范围与证书不一致');
    button(el, '添加批注').click();
    await el.updateComplete;
    expect($(el, '[part="comments"]').textContent).toContain('医师执业证');
    type($(el, '#target'), '/attachments/practicingCertBack');
    type($(el, '#comment'), 'B面不清晰，请重新上传');
    await el.updateComplete;
    // The comment still being written is part of the decision.
    button(el, '退回').click();
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toBeInstanceOf(ShenbaoReviewEvent);
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail).toEqual({
      action: 'return',
      reason: '请补充执业证书材料',
      comments: [
        { target: 'practicing', text: '执业范围与证书不一致' },
        { target: '/attachments/practicingCertBack', text: 'B面不清晰，请重新上传' },
      ],
    });
    // The host applies it with core's lifecycle: the reason is accepted.
    const applied = transition(submitted(), event.detail.action, { actor: { id: 'unit-1', role: 'reviewer' }, at: '2024-05-03T00:00:00Z', reason: event.detail.reason });
    expect(applied.ok && applied.record.status).toBe('returned');
  });

  it('edits and removes comments; one comment per target', async () => {
    const el = await mount({ comments: [{ target: 'basic', text: '姓名有误' }] });
    type($(el, '#target'), 'basic');
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#comment').value).toBe('姓名有误');
    expect(button(el, '更新批注')).toBeDefined();
    type($(el, '#comment'), '姓名与身份证不一致');
    button(el, '更新批注').click();
    await el.updateComplete;
    expect(el.comments).toEqual([{ target: 'basic', text: '姓名与身份证不一致' }]);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('已更新“基本信息”的批注');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="删除 基本信息"]')!.click();
    await el.updateComplete;
    expect(el.comments).toEqual([]);
    button(el, '添加批注').click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '#comment-error').textContent).toBe('请填写批注内容');
    expect(el.shadowRoot!.activeElement).toBe($(el, '#comment'));
  });

  it('approves without a reason', async () => {
    const el = await mount();
    const events = record(el);
    button(el, '审核通过').click();
    expect(events.map((e) => e.detail)).toEqual([{ action: 'approve', reason: '', comments: [] }]);
  });

  it('speaks English', async () => {
    const el = await mount({ locale: 'en' });
    button(el, 'Return').click();
    await el.updateComplete;
    expect($(el, '#reason-error').textContent).toBe('A reason is required to return');
  });

  it('has no axe violations, also while showing an error', async () => {
    const el = await mount({ comments: [{ target: 'basic', text: '姓名有误' }] });
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);
    button(el, '退回').click();
    await el.updateComplete;
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);
  });
});
