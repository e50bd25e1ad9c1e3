import { createRecord, transition, type HistoryEntry, type LifecycleAction, type LifecycleActor, type LifecycleRecord, type Locale, type RecordStatus } from '@shenbao/core';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { ShenbaoTimeline } from './timeline.js';

if (!customElements.get('shenbao-timeline')) customElements.define('shenbao-timeline', ShenbaoTimeline);

type Args = { status?: RecordStatus; newestFirst?: boolean; steps: Step[] };
type Step = [LifecycleAction, LifecycleActor, string, string?];

const candidate: LifecycleActor = { id: 'cand-20240501-0042', role: 'candidate' };
const unit: LifecycleActor = { id: '武汉市武昌医院', role: 'reviewer' };

/** A history made by core's lifecycle, so every story is a history the library can produce. */
function historyOf(steps: Step[]): HistoryEntry[] {
  let record: LifecycleRecord = createRecord();
  for (const [action, actor, at, reason] of steps) {
    const result = transition(record, action, { actor, at, ...(reason ? { reason } : {}) });
    if (!result.ok) throw new Error(result.reason);
    record = result.record;
  }
  return record.history;
}

const submitted: Step = ['submit', candidate, '2024-05-01T06:03:00Z'];
const reviewing: Step = ['start-review', unit, '2024-05-02T01:10:00Z'];
const returned: Step = ['return', unit, '2024-05-02T01:30:00Z', '执业证书B面照片不清晰，请重新拍摄上传；试用期起止时间与单位证明不一致。'];
const resubmitted: Step = ['submit', candidate, '2024-05-03T12:00:00Z'];
const approved: Step = ['approve', unit, '2024-05-06T02:00:00Z'];
const modification: Step = ['allow-modification', unit, '2024-05-08T03:15:00Z', '考生申请更正学历信息，同意修改。'];

const localeOf = (context: StoryContext<Args>): Locale => (context.globals['locale'] === 'en' ? 'en' : 'zh-CN');

export default {
  title: 'Elements/Timeline',
  component: 'shenbao-timeline',
  render: (args, context) => {
    const el = document.createElement('shenbao-timeline') as ShenbaoTimeline;
    el.history = historyOf(args.steps);
    if (args.status) el.status = args.status;
    el.newestFirst = args.newestFirst === true;
    el.locale = localeOf(context);
    return el;
  },
  args: { steps: [submitted, reviewing, returned], newestFirst: false },
  argTypes: {
    status: { control: 'select', options: [undefined, 'draft', 'submitted', 'approved', 'returned'] },
    steps: { control: false },
  },
  parameters: {
    docs: { description: { component: '进度详情（COMMON-6, TCM-7）：记录的每次状态变化——做了什么、谁（考生/审核单位）、何时（北京时间）、为什么。' } },
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Returned by the unit with a reason. */
export const Returned: Story = {
  name: '已退回（含原因）',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShenbaoTimeline>('shenbao-timeline')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('li')).toHaveLength(3);
    await expect(el.shadowRoot!.querySelector('[part="reason"]')).toBeTruthy();
  },
};

/** Returned, corrected, resubmitted and approved. */
export const Approved: Story = {
  name: '退回后重新提交并通过',
  args: { steps: [submitted, reviewing, returned, resubmitted, approved] },
};

/** Approved, then the unit allowed modification: back to draft. */
export const ModificationAllowed: Story = {
  name: '通过后允许修改',
  args: { steps: [submitted, reviewing, approved, modification] },
};

/** Newest entry first (`<ol reversed>`). */
export const NewestFirst: Story = {
  name: '最新在前',
  args: { steps: [submitted, reviewing, returned, resubmitted, approved], newestFirst: true },
};

/** Only submitted so far. */
export const JustSubmitted: Story = {
  name: '刚提交',
  args: { steps: [submitted] },
};

/** No history yet: a clear text. */
export const Empty: Story = {
  name: '暂无记录',
  args: { steps: [], status: 'draft' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShenbaoTimeline>('shenbao-timeline')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[part="empty"]')).toBeTruthy();
  },
};
