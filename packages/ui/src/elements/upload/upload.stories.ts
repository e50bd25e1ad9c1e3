/**
 * `<shenbao-upload>` stories: the slots of the physician exam materials form (PEM-1, PEM-2, PEM-9,
 * PEM-10) with a demo uploader that keeps files in the page. Images are drawn and encoded by the
 * browser; the "uploading" and "error" stories pick real files in their `play` function (the sideways
 * photo is a JPEG with an EXIF orientation spliced in, as phones write it).
 */
import { checkFile, localize, type AttachmentRef, type AttachmentSlot, type Locale } from '@shenbao/core';
import { builtinForm } from '@shenbao/forms';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { withExifOrientation } from '../../../test/browser-files.js';
import type { UploadRequest, Uploader } from '../../types.js';
import { ShenbaoUpload } from './upload.js';

if (!customElements.get('shenbao-upload')) customElements.define('shenbao-upload', ShenbaoUpload);

const slots = builtinForm('physician-exam-materials').definition.attachments;
const slotById = (id: string): AttachmentSlot => slots.find((s) => s.id === id)!;

/** Args of an upload story (the Controls panel). */
interface UploadArgs {
  slotId: string;
  readonly: boolean;
  comment: string;
  error: string;
  /** Images already in the data (drawn by the story's loader). */
  preloaded: number;
  /** The demo uploader stops at this fraction and waits (until cancelled); 1 = never stops. */
  holdAt: number;
  /** The demo uploader sends every byte, then never answers (处理中, until cancelled). */
  holdAnswer: boolean;
}

/**
 * A demo uploader: keeps files in the page as blob URLs, reports progress in steps of 20 %, and
 * answers references with the type sniffed from the content by core's checkFile.
 */
class DemoUploader implements Uploader {
  private readonly urls = new Map<string, string>();
  private count = 0;

  constructor(
    private readonly holdAt = 1,
    private readonly holdAnswer = false,
  ) {}

  async upload(request: UploadRequest): Promise<AttachmentRef> {
    const bytes = new Uint8Array(await request.file.arrayBuffer());
    for (let step = 1; step <= 5; step++) {
      const fraction = step / 5;
      if (fraction > this.holdAt) {
        await new Promise((_, reject) => request.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));
      }
      await new Promise((resolve) => setTimeout(resolve, 120));
      if (request.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      request.onProgress(fraction);
    }
    if (this.holdAnswer) {
      await new Promise((_, reject) => request.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));
    }
    return this.store(bytes, request.name, request.slot);
  }

  /** Stores bytes and answers their reference. */
  async store(bytes: Uint8Array, name: string, slot: AttachmentSlot): Promise<AttachmentRef> {
    const { info } = await checkFile(bytes, slot, name);
    const ref: AttachmentRef = { id: `demo-${++this.count}`, name, type: info.type ?? 'application/octet-stream', size: info.size };
    if (info.width !== undefined && info.height !== undefined) Object.assign(ref, { width: info.width, height: info.height });
    this.urls.set(ref.id, URL.createObjectURL(new Blob([bytes as BlobPart], { type: ref.type })));
    return ref;
  }

  url(ref: AttachmentRef): string | undefined {
    return this.urls.get(ref.id);
  }
}

/** A card-like image drawn on a canvas, encoded as JPEG by the browser. */
async function drawnImage(label: string, width = 320, height = 200): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#e3ecf7';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#1f2329';
  g.font = '28px sans-serif';
  g.fillText(label, 24, height / 2);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })).arrayBuffer());
}

type Context = StoryContext<UploadArgs>;
const localeOf = (context: Context): Locale => (context.globals['locale'] === 'en' ? 'en' : 'zh-CN');

/** Sets files on the element's picker as the browser's file dialog does. */
function pickInStory(el: ShenbaoUpload, file: File): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-picker]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const uploadIn = (canvas: HTMLElement) => canvas.querySelector('shenbao-upload') as ShenbaoUpload;

export default {
  title: 'Elements/Upload',
  component: 'shenbao-upload',
  args: { slotId: 'graduationCert', readonly: false, comment: '', error: '', preloaded: 0, holdAt: 1, holdAnswer: false },
  argTypes: {
    slotId: { control: 'select', options: slots.map((s) => s.id) },
    holdAt: { control: { type: 'range', min: 0, max: 1, step: 0.2 } },
  },
  loaders: [
    async ({ args }) => {
      const uploader = new DemoUploader(args.holdAt, args.holdAnswer);
      const slot = slotById(args.slotId);
      const names = ['正面 front', '反面 back', '第 3 张', '第 4 张'];
      const files: AttachmentRef[] = [];
      for (let i = 0; i < args.preloaded; i++) files.push(await uploader.store(await drawnImage(names[i] ?? `#${i + 1}`), `${localize(slot.label, 'zh-CN')}-${i + 1}.jpg`, slot));
      return { uploader, files };
    },
  ],
  render: (args, context) => {
    const slot = slotById(args.slotId);
    const el = document.createElement('shenbao-upload') as ShenbaoUpload;
    el.attachmentSlot = slot;
    el.path = `/attachments/${slot.id}`;
    el.uploader = context.loaded['uploader'] as DemoUploader;
    el.files = context.loaded['files'] as AttachmentRef[];
    el.locale = localeOf(context);
    el.readonly = args.readonly;
    if (args.comment) el.comment = args.comment;
    if (args.error) el.error = args.error;
    // The demo keeps the data itself; inside <shenbao-form> the form does.
    el.addEventListener('shenbao-field-change', (e) => (el.files = e.detail.value as AttachmentRef[]));
    return el;
  },
  parameters: {
    docs: { description: { component: '一个材料槽位：选择或拍摄文件，先按内容检查（改名的 .exe 不会上传），再经上传适配器上传并显示进度；正反面证件固定两张。提交后只读，并显示审核意见。' } },
  },
} satisfies Meta<UploadArgs>;

type Story = StoryObj<UploadArgs>;

/** A required slot with nothing uploaded yet: the count rule, limits and hint, and the add buttons. */
export const EmptyRequired: Story = {
  name: '必传材料：尚未上传（毕业证书）',
};

/** The identity document: exactly two images in two labelled places (PEM-2, RN-2). */
export const IdentityTwoImages: Story = {
  name: '身份证明：正面、反面各一张（PEM-2）',
  args: { slotId: 'identity', preloaded: 2 },
};

/** An upload in progress: its progress bar and the cancel button. */
export const Uploading: Story = {
  name: '上传中：进度与取消',
  args: { slotId: 'identity', preloaded: 1, holdAt: 0.4 },
  play: async ({ canvasElement }) => {
    const el = uploadIn(canvasElement);
    await el.updateComplete;
    pickInStory(el, new File([(await drawnImage('反面 back')) as BlobPart], '反面.jpg', { type: 'image/jpeg' }));
    await waitFor(() => expect(el.shadowRoot!.querySelector('progress')?.getAttribute('aria-valuenow')).toBe('40'));
  },
};

/** A renamed executable refused by its content before anything is uploaded (PEM-9). */
export const Refused: Story = {
  name: '错误：改名的 .exe 被拒绝（PEM-9）',
  args: { slotId: 'photo' },
  play: async ({ canvasElement }) => {
    const el = uploadIn(canvasElement);
    await el.updateComplete;
    const exe = new Uint8Array(256);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03], 0);
    exe.set([0x80, 0x00, 0x00, 0x00], 0x3c);
    exe.set([0x50, 0x45, 0x00, 0x00, 0x4c, 0x01], 0x80);
    pickInStory(el, new File([exe as BlobPart], 'photo.jpg', { type: 'image/jpeg' }));
    await waitFor(() => expect(el.shadowRoot!.querySelector('#errors')?.textContent).toContain('实际内容为 EXE'));
  },
};

/** A photo taken sideways: stored rotated (EXIF orientation 6), refused, and 「自动转正后上传」 offered (PEM-9). */
export const Sideways: Story = {
  name: '错误：侧向保存的照片，可自动转正后上传（PEM-9）',
  args: { slotId: 'photo' },
  play: async ({ canvasElement }) => {
    const el = uploadIn(canvasElement);
    await el.updateComplete;
    const sideways = withExifOrientation(await drawnImage('照片 photo', 413, 295), 6);
    pickInStory(el, new File([sideways as BlobPart], 'photo.jpg', { type: 'image/jpeg' }));
    await waitFor(() => expect(el.shadowRoot!.querySelector('button[data-straighten]')).not.toBeNull());
  },
};

/** After submission: locked, thumbnails only, with the reviewer's comment on this material (PEM-10). */
export const ReadonlyWithComment: Story = {
  name: '已提交：只读，附审核意见（PEM-10）',
  args: { slotId: 'identity', preloaded: 2, readonly: true, comment: '身份证反面不清晰，请重新上传' },
};

/** Every byte sent, the server not answered yet: 处理中, never "100 %" (issue 8 item 10). */
export const Processing: Story = {
  name: '处理中：文件已发送，等待服务器',
  args: { slotId: 'graduationCert', holdAnswer: true },
  play: async ({ canvasElement }) => {
    const el = uploadIn(canvasElement);
    await el.updateComplete;
    pickInStory(el, new File([(await drawnImage('毕业证书')) as BlobPart], '毕业证.jpg', { type: 'image/jpeg' }));
    await waitFor(() => expect(el.shadowRoot!.querySelector('.percent')?.textContent).toBe('处理中…'));
  },
};

/** The 示例 the manual shows (004: 点击“示例”查看要求), opened from the slot in a dialog. */
export const Sample: Story = {
  name: '示例：身份证明正反面（点击“示例”查看要求）',
  args: { slotId: 'identity' },
  play: async ({ canvasElement }) => {
    const el = uploadIn(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sample-open]')!.click();
    await waitFor(() => expect(el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[data-sample]')!.open).toBe(true));
  },
};
