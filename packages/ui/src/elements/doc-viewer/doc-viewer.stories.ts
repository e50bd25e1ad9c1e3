import type { Locale } from '@shenbao/core';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { ShenbaoDocViewer, type ViewerDocument } from './doc-viewer.js';

ShenbaoDocViewer.define();

type Args = { commentable: boolean; onComment?: (e: Event) => void; onClose?: (e: Event) => void };

/** A scanned card as an SVG data URL: its name written on a coloured sheet. */
function card(text: string, colour: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"><rect width="640" height="400" fill="${colour}"/><text x="40" y="120" font-size="48" font-family="sans-serif">${text}</text><rect x="40" y="300" width="200" height="40" fill="#1f2329"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

const target = '/teachers/1/attachments/teacherIdCard';
const documents: ViewerDocument[] = [
  { id: 'f1', name: 'id-front.png', type: 'image/png', url: card('身份证 正面', '#e3f2fd'), label: '老师 2（李某）· 身份证正面', target, targetLabel: '老师 2（李某）· 身份证' },
  { id: 'f2', name: 'id-back.png', type: 'image/png', url: card('身份证 反面', '#fff3e0'), label: '老师 2（李某）· 身份证反面', target, targetLabel: '老师 2（李某）· 身份证' },
  { id: 'f3', name: 'contract.pdf', type: 'application/pdf', label: '传统医学师承关系合同（经公证）', target: '/attachments/apprenticeshipContract', targetLabel: '传统医学师承关系合同（经公证）' },
];

const localeOf = (context: StoryContext<Args>): Locale => (context.globals['locale'] === 'en' ? 'en' : 'zh-CN');

export default {
  title: 'Elements/Document viewer',
  component: 'shenbao-doc-viewer',
  render: (args, context) => {
    const wrap = document.createElement('div');
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = '查看老师 2 的身份证';
    const viewer = document.createElement('shenbao-doc-viewer');
    viewer.documents = documents;
    viewer.commentable = args.commentable;
    viewer.comments = [{ target, text: '反面不清晰' }];
    viewer.locale = localeOf(context);
    if (args.onComment) viewer.addEventListener('shenbao-comment', args.onComment);
    if (args.onClose) viewer.addEventListener('close', args.onClose);
    open.addEventListener('click', () => void viewer.show(0));
    wrap.append(open, viewer);
    return wrap;
  },
  args: { commentable: true },
  argTypes: { onComment: { action: 'shenbao-comment' }, onClose: { action: 'close' } },
  parameters: {
    docs: { description: { component: '文件查看（issue 8 item 12, PEM-10）：原尺寸、缩放、旋转、上一份/下一份，键盘可操作（Esc 关闭，← → 切换，+ − 缩放，R 旋转），审核人员可在旁边写批注。' } },
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** A reviewer opens teacher 2's ID front: the dialog named by its place, the comment box beside it. */
export const Reviewer: Story = {
  name: '审核人员查看（可批注）',
  play: async ({ canvasElement }) => {
    const viewer = canvasElement.querySelector<ShenbaoDocViewer>('shenbao-doc-viewer')!;
    await viewer.show(0);
    await expect(viewer.open).toBe(true);
    await expect(viewer.shadowRoot!.querySelector('#title')!.textContent!.trim()).toBe('老师 2（李某）· 身份证正面');
    viewer.close();
  },
};

/** The candidate looks at their own upload: no comment box. */
export const Candidate: Story = { name: '考生查看', args: { commentable: false } };
