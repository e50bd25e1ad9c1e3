import type { Locale } from '@shenbao/core';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { ShenbaoNotice, type NoticeRow } from './notice.js';

if (!customElements.get('shenbao-notice')) customElements.define('shenbao-notice', ShenbaoNotice);

type Args = { title?: string; rows: NoticeRow[]; recordId?: string; submittedAt?: string; unmasked?: boolean };

const tcmRows: NoticeRow[] = [
  { label: '姓名', value: '李时珍' },
  { label: '证件类型', value: '居民身份证' },
  { label: '证件号码', value: '42010619900101123X', mask: 'id' },
  { label: '手机号码', value: '13812341234', mask: 'phone' },
  { label: '申报地区', value: '湖北省武汉市武昌区' },
  { label: '考核类别', value: '师承' },
  { label: '指导老师', value: '张仲景' },
  { label: '推荐医师', value: '孙思邈、华佗' },
];

const localeOf = (context: StoryContext<Args>): Locale => (context.globals['locale'] === 'en' ? 'en' : 'zh-CN');

export default {
  title: 'Elements/Notice',
  component: 'shenbao-notice',
  render: (args, context) => {
    const el = document.createElement('shenbao-notice') as ShenbaoNotice;
    el.rows = args.rows;
    if (args.title) el.title = args.title;
    el.recordId = args.recordId ?? '';
    el.submittedAt = args.submittedAt ?? '';
    el.unmasked = args.unmasked === true;
    el.locale = localeOf(context);
    return el;
  },
  args: {
    title: '中医医术确有专长人员医师资格考核 报名成功通知单',
    rows: tcmRows,
    recordId: 'TCM-2024-000123',
    submittedAt: '2024-05-01T06:03:00Z',
    unmasked: false,
  },
  argTypes: { rows: { control: 'object' } },
  parameters: {
    docs: {
      description: {
        component:
          '报名成功通知单（TCM-7）：证件号码与手机号码默认打码（COMMON-4）。“打印”只打印通知单：通知单在影子 DOM 中，无法隐藏宿主页面的其他内容，所以它把自包含的通知单 HTML 写入隐藏的同源 iframe 再打印。',
      },
    },
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** The TCM expertise notice, ID and phone masked. */
export const Masked: Story = {
  name: '通知单（打码）',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShenbaoNotice>('shenbao-notice')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('4201**********123X');
    await expect(el.shadowRoot!.textContent).not.toContain('42010619900101123X');
  },
};

/** The host allowed unmasked numbers. */
export const Unmasked: Story = { name: '不打码（宿主允许）', args: { unmasked: true } };

/** Default title, long values wrapping on a phone. */
export const LongValues: Story = {
  name: '默认标题，长内容换行',
  args: {
    title: '',
    rows: [
      ...tcmRows.slice(0, 3),
      { label: '医术专长综述', value: '擅长运用传统中医方法治疗脾胃病，尤以针药结合治疗慢性胃炎见长，跟师学习十年，累计诊治患者三千余人次。' },
      { label: '备注', value: '<b>不是HTML</b> & “引号”' },
    ],
  },
};

/** No record number or time yet. */
export const RowsOnly: Story = { name: '仅信息行', args: { recordId: '', submittedAt: '' } };
