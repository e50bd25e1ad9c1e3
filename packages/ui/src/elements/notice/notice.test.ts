import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { ShenbaoNotice, escapeHtml, type NoticeRow } from './notice.js';

if (!customElements.get('shenbao-notice')) customElements.define('shenbao-notice', ShenbaoNotice);

const ID = '42010619900101123X';
const PHONE = '13812341234';
const rows: NoticeRow[] = [
  { label: '姓名', value: '李时珍' },
  { label: '证件号码', value: ID, mask: 'id' },
  { label: '手机号码', value: PHONE, mask: 'phone' },
  { label: '申报类别', value: '师承' },
  { label: '备注', value: '<img src=x onerror="window.__pwned=1">&amp;' },
];

async function mount(props: Partial<ShenbaoNotice> = {}): Promise<ShenbaoNotice> {
  const el = document.createElement('shenbao-notice') as ShenbaoNotice;
  Object.assign(el, { rows, recordId: 'TCM-2024-000123', submittedAt: '2024-05-01T06:03:00Z' }, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/**
 * Waits for the `beforeprint` of a window (its print() was called), then for the end of that task:
 * Chromium constructs no custom element while it prints, so the next test must not start inside it.
 */
async function printed(win: Window): Promise<void> {
  await new Promise<void>((resolve) => win.addEventListener('beforeprint', () => resolve(), { once: true }));
  await new Promise((resolve) => setTimeout(resolve));
}

/** axe-core run inside a frame's own window (its page-level rules then judge the frame's document). */
async function axeInFrame(doc: Document): Promise<string[]> {
  const win = doc.defaultView as (Window & { eval(code: string): unknown; axe?: typeof axe }) | null;
  if (!win) throw new Error('the print frame is gone');
  win.eval(axe.source);
  const result = await win.axe!.run(doc);
  return result.violations.map((v) => v.id);
}

describe('<shenbao-notice> registration notice (TCM-7, COMMON-4)', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the rows with the ID and phone masked, the record number and the time in China time', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).toBe('报名成功通知单');
    const cells = [...root.querySelectorAll('tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]);
    expect(cells.slice(0, 4)).toEqual([
      ['姓名', '李时珍'],
      ['证件号码', '4201**********123X'],
      ['手机号码', '138****1234'],
      ['申报类别', '师承'],
    ]);
    expect(root.textContent).not.toContain(ID);
    expect(root.textContent).not.toContain(PHONE);
    expect(root.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, '')).toBe('申报编号：TCM-2024-000123提交时间：2024年5月1日14:03');
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows numbers unmasked only when the host says so', async () => {
    const el = await mount({ unmasked: true });
    expect(el.shadowRoot!.textContent).toContain(ID);
    expect(el.printDocument()).toContain(ID);
  });

  it('打印 prints the notice alone from a same-origin iframe holding the rows, escaped and masked', async () => {
    const el = await mount({ title: '中医医术确有专长人员医师资格考核 报名成功通知单' });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    expect(button.textContent!.trim()).toBe('打印');
    button.click();
    const frame = el.shadowRoot!.querySelector('iframe')!;
    expect(frame).not.toBeNull();
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    expect(doc).not.toBeNull(); // same origin: the page can reach into it
    await printed(frame.contentWindow!);
    expect(doc.title).toBe('中医医术确有专长人员医师资格考核 报名成功通知单');
    expect(doc.querySelector('h1')!.textContent).toBe('中医医术确有专长人员医师资格考核 报名成功通知单');
    const cells = [...doc.querySelectorAll('tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]);
    expect(cells).toEqual([
      ['姓名', '李时珍'],
      ['证件号码', '4201**********123X'],
      ['手机号码', '138****1234'],
      ['申报类别', '师承'],
      ['备注', '<img src=x onerror="window.__pwned=1">&amp;'],
    ]);
    expect(doc.documentElement.outerHTML).not.toContain(ID);
    expect(doc.documentElement.outerHTML).not.toContain(PHONE);
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('time')!.getAttribute('datetime')).toBe('2024-05-01T06:03:00Z');
    expect(doc.body.textContent).toContain('2024年5月1日 14:03');
    // Nothing but the notice: no button, no host page.
    expect(doc.querySelector('button')).toBeNull();
    expect(doc.body.children).toHaveLength(1);
    // Its own print styles: A4 page, table lines.
    const styles = [...doc.styleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    expect(styles).toContain('@page');
    expect(getComputedStyle(doc.querySelector('td')!).borderTopStyle).toBe('solid');
  });

  it('print() again replaces the frame, and removing the notice removes it', async () => {
    const el = await mount();
    const first = await el.print();
    await printed(first.defaultView!);
    const second = await el.print();
    await printed(second.defaultView!);
    expect(first).not.toBe(second);
    expect(el.shadowRoot!.querySelectorAll('iframe')).toHaveLength(1);
    el.remove();
    expect(el.shadowRoot!.querySelectorAll('iframe')).toHaveLength(0);
  });

  it('escapes every character that could break out of text or attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('speaks English', async () => {
    const el = await mount({ locale: 'en' });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).toBe('Registration notice');
    expect(el.shadowRoot!.querySelector('[part="button"]')!.textContent!.trim()).toBe('Print');
    expect(el.printDocument()).toContain('<html lang="en">');
    expect(el.printDocument()).toContain('2024-05-01 14:03 (UTC+8)');
  });

  it('has no axe violations, on screen and in the printed document', async () => {
    const el = await mount();
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);
    const doc = await el.print();
    await printed(doc.defaultView!);
    expect(await axeInFrame(doc)).toEqual([]);
  });
});
