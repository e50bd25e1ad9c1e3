import { allowedActions, createRecord, transition, type LifecycleRecord, type Locale } from '@shenbao/core';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { ReviewComment } from '../../types.js';
import { ShenbaoReviewPanel, type ReviewTarget } from './review-panel.js';

if (!customElements.get('shenbao-review-panel')) customElements.define('shenbao-review-panel', ShenbaoReviewPanel);

type State = 'submitted' | 'reviewing' | 'approved' | 'draft' | 'returned';
type Args = { state: State; comments?: ReviewComment[]; reason?: string; disabled?: boolean; onReview?: (e: Event) => void };

/** The sections and slot instances of the physician exam materials form a unit may comment on. */
const targets: ReviewTarget[] = [
  { id: 'basic', label: '基本信息' },
  { id: 'education', label: '学历信息' },
  { id: '/attachments/photo', label: '照片' },
  { id: '/attachments/idCard', label: '身份证明（正反面）' },
  { id: '/attachments/diploma', label: '毕业证书' },
  { id: '/attachments/practicingCert', label: '医师执业证书' },
];

const candidate = { id: 'cand-1', role: 'candidate' as const };
const unit = { id: 'unit-1', role: 'reviewer' as const };

/** A record in `state`, made by core's lifecycle. */
function recordIn(state: State): LifecycleRecord {
  let record = createRecord();
  const step = (action: Parameters<typeof transition>[1], actor: typeof unit | typeof candidate) => {
    const result = transition(record, action, { actor, at: '2024-05-01T00:00:00Z' });
    if (!result.ok) throw new Error(result.reason);
    record = result.record;
  };
  if (state === 'draft') return record;
  step('submit', candidate);
  if (state === 'submitted') return record;
  step('start-review', unit);
  if (state === 'reviewing') return record;
  if (state === 'returned') {
    const result = transition(record, 'return', { actor: unit, at: '2024-05-02T00:00:00Z', reason: '请补正材料' });
    if (!result.ok) throw new Error(result.reason);
    return result.record;
  }
  step('approve', unit);
  return record;
}

const localeOf = (context: StoryContext<Args>): Locale => (context.globals['locale'] === 'en' ? 'en' : 'zh-CN');

export default {
  title: 'Elements/Review panel',
  component: 'shenbao-review-panel',
  render: (args, context) => {
    const el = document.createElement('shenbao-review-panel') as ShenbaoReviewPanel;
    el.targets = targets;
    const record = recordIn(args.state);
    el.allowed = allowedActions(record, 'reviewer');
    el.status = record.status;
    el.comments = args.comments ?? [];
    el.reason = args.reason ?? '';
    el.disabled = args.disabled === true;
    el.locale = localeOf(context);
    if (args.onReview) el.addEventListener('shenbao-review', args.onReview);
    return el;
  },
  args: { state: 'reviewing' },
  argTypes: {
    state: { control: 'inline-radio', options: ['draft', 'submitted', 'reviewing', 'approved', 'returned'] },
    onReview: { action: 'shenbao-review' },
  },
  parameters: {
    docs: { description: { component: '审核（COMMON-6, PEM-10, PP-10）：审核单位填写意见、逐项批注，然后审核通过、退回（须填原因）或允许修改（须填原因）。只显示当前状态允许的操作。' } },
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Under review: approve, allow modification, return. */
export const Reviewing: Story = { name: '审核中' };

/** Comments on a section and a material, and a reason. */
export const WithComments: Story = {
  name: '已写批注',
  args: {
    reason: '请按批注补充材料后重新提交。',
    comments: [
      { target: 'education', text: '毕业时间与毕业证书不一致' },
      { target: '/attachments/practicingCert', text: '请上传含全部注册记录的执业证书页面' },
    ],
  },
};

/** 退回 pressed without a reason: the Chinese error, the reason focused. */
export const ReasonMissing: Story = {
  name: '退回未填原因',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShenbaoReviewPanel>('shenbao-review-panel')!;
    await el.updateComplete;
    const ret = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="actions"] button')].find((b) => b.classList.contains('return'))!;
    ret.click();
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('#reason-error')).toBeTruthy();
    await expect(el.shadowRoot!.querySelector('#reason')!.getAttribute('aria-invalid')).toBe('true');
  },
};

/** Approved: only 允许修改 is left. */
export const Approved: Story = { name: '已通过（仅可允许修改）', args: { state: 'approved' } };

/** A draft: nothing to review. */
export const NothingToDo: Story = { name: '草稿（无可执行操作）', args: { state: 'draft' } };

/** While the host stores a decision. */
export const Disabled: Story = { name: '提交中（禁用）', args: { disabled: true, reason: '材料齐全' } };

/** Returned (issue 8 item 13): read-only — why, and the comments given; nothing to add or remove. */
export const Returned: Story = {
  name: '已退回（只读）',
  args: { state: 'returned', comments: [{ target: '/attachments/idCard', text: '身份证反面反光，请重新拍摄' }] },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShenbaoReviewPanel>('shenbao-review-panel')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('审核意见只读');
    await expect(el.shadowRoot!.querySelectorAll('button, textarea, select').length).toBe(0);
  },
};
