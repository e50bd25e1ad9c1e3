/**
 * `<shenbao-notice>`: the registration notice (报名成功通知单) a candidate prints after submitting
 * (TCM-7), with ID and phone numbers masked (COMMON-4).
 *
 * Printing: the notice lives in a shadow root, so a `@media print` sheet inside it cannot hide the
 * rest of the host page (it only hides the notice's own 打印 button when the whole page is printed).
 * The 打印 button therefore prints the notice alone: it writes a self-contained HTML document of the
 * notice (every value escaped, styles inline plus the same sheet adopted through CSSOM so a strict
 * CSP still styles it) into a hidden same-origin `srcdoc` iframe and calls that frame's `print()`.
 * That document has its own `@page` and `@media print` rules (A4, margins, no colours lost).
 */
import { html, nothing } from 'lit';
import { maskValue, text, type KeysUnder, type Locale, type MaskKind } from '@shenbao/core';
import { formatChinaTime } from '../../format-time.js';
import { t } from '../../ui-texts.js';
import { noticeStyles, printStyles } from './notice.styles.js';
import { controlStateStyles } from '../../styles/control-states.styles.js';
import { LocalizedElement } from '../../localized-element.js';

/** One line of the notice: a label, its value and, for ID and phone numbers, how to mask it. */
export interface NoticeRow {
  label: string;
  value: string;
  /** Masks the value in the notice and its print (COMMON-4) unless the notice is `unmasked`. */
  mask?: MaskKind;
}


/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A printable registration notice.
 *
 * @csspart notice - The notice card (what is printed).
 * @csspart title - The notice title.
 * @csspart meta - Record number and submission time.
 * @csspart table - The table of rows.
 * @csspart actions - The button bar.
 * @csspart button - The 打印 button.
 * @cssproperty [--shenbao-accent-color=#1565c0] - The 打印 button and focus.
 * @cssproperty [--shenbao-border-color=#c9ced6] - The table lines.
 * @cssproperty [--shenbao-radius=6px] - Corner radius.
 */
export class ShenbaoNotice extends LocalizedElement {
  static override styles = [controlStateStyles, noticeStyles];
  static override properties = {
    title: { type: String },
    rows: { attribute: false },
    recordId: { type: String, attribute: 'record-id' },
    submittedAt: { type: String, attribute: 'submitted-at' },
    locale: { type: String },
    unmasked: { type: Boolean },
  };

  /** The notice title; default 报名成功通知单. Set the property: the `title` attribute is also the host's tooltip. */
  declare title: string;
  declare rows: readonly NoticeRow[];
  /** The record number the host gave the declaration. */
  declare recordId: string;
  /** ISO 8601 submission time (shown in China time). */
  declare submittedAt: string;
  declare locale: Locale;
  /** Shows ID and phone numbers unmasked (COMMON-4: masked unless the host says so). */
  declare unmasked: boolean;

  private frame: HTMLIFrameElement | undefined;

  constructor() {
    super();
    this.title = '';
    this.rows = [];
    this.recordId = '';
    this.submittedAt = '';
    this.locale = 'zh-CN';
    this.unmasked = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.frame?.remove();
    this.frame = undefined;
  }

  private text(key: KeysUnder<'notice'>): string {
    return text(`notice.${key}`, this.locale);
  }

  private get heading(): string {
    return this.title || this.text('title');
  }

  /** The rows as shown: values as strings, masked where flagged. */
  private shownRows(): { label: string; value: string }[] {
    const rows = Array.isArray(this.rows) ? this.rows : [];
    return rows.map((row) => {
      const value = row.value === undefined || row.value === null ? '' : String(row.value);
      return { label: String(row.label ?? ''), value: row.mask && !this.unmasked ? maskValue(value, row.mask) : value };
    });
  }

  /** Record number and submission time, as label/value pairs. */
  private meta(): { label: string; value: string; datetime?: string }[] {
    const meta: { label: string; value: string; datetime?: string }[] = [];
    if (this.recordId) meta.push({ label: this.text('recordId'), value: this.recordId });
    if (this.submittedAt) meta.push({ label: this.text('submittedAt'), value: formatChinaTime(this.submittedAt, this.locale), datetime: this.submittedAt });
    return meta;
  }

  /**
   * The notice as one self-contained HTML document (what the 打印 button prints): every value
   * escaped, ID and phone numbers masked as on screen, print styles inline.
   */
  printDocument(): string {
    const colon = t('colon', this.locale);
    const meta = this.meta()
      .map((m) => `<span>${escapeHtml(m.label)}${colon}${m.datetime ? `<time datetime="${escapeHtml(m.datetime)}">${escapeHtml(m.value)}</time>` : escapeHtml(m.value)}</span>`)
      .join('');
    const rows = this.shownRows()
      .map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${escapeHtml(r.value)}</td></tr>`)
      .join('');
    return `<!doctype html>
<html lang="${escapeHtml(this.locale)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(this.heading)}</title>
<style>${printStyles}</style>
</head>
<body>
<main class="notice">
<h1>${escapeHtml(this.heading)}</h1>
${meta ? `<p class="meta">${meta}</p>` : ''}
<table><tbody>${rows}</tbody></table>
</main>
</body>
</html>`;
  }

  /**
   * Prints the notice alone from a hidden same-origin iframe and resolves with the printed document
   * once the frame's `print()` was called. The frame stays until the next print, `afterprint` or
   * the element's removal.
   */
  async print(): Promise<Document> {
    this.frame?.remove();
    const frame = document.createElement('iframe');
    this.frame = frame;
    frame.title = this.heading;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('style', 'position: absolute; width: 0; height: 0; border: 0; visibility: hidden');
    frame.srcdoc = this.printDocument();
    const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
    this.renderRoot.append(frame);
    await loaded;
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    const doc = frame.contentDocument;
    if (!win || !doc) throw new Error('The print frame did not load');
    // The same styles through CSSOM: a page whose CSP forbids inline styles still prints them.
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(printStyles);
      doc.adoptedStyleSheets = [sheet];
    } catch {
      // Older engines without constructable sheets use the inline <style>.
    }
    win.addEventListener('afterprint', () => {
      if (this.frame === frame) this.frame = undefined;
      frame.remove();
    }, { once: true });
    win.focus();
    win.print();
    return doc;
  }

  override render() {
    const meta = this.meta();
    const colon = t('colon', this.locale);
    return html`<article part="notice" class="notice" aria-labelledby="title">
        <h2 part="title" id="title">${this.heading}</h2>
        ${meta.length
          ? html`<p part="meta" class="meta">
              ${meta.map((m) => html`<span>${m.label}${colon}${m.datetime ? html`<time datetime=${m.datetime}>${m.value}</time>` : m.value}</span>`)}
            </p>`
          : nothing}
        <table part="table">
          <tbody>
            ${this.shownRows().map((r) => html`<tr><th scope="row">${r.label}</th><td>${r.value}</td></tr>`)}
          </tbody>
        </table>
      </article>
      <div part="actions" class="actions">
        <button part="button" type="button" aria-label=${this.text('printHint')} @click=${() => void this.print()}>${t('print', this.locale)}</button>
      </div>`;
  }
}
