/**
 * The form's side of the document viewer (issue 8 item 12): a thumbnail's `shenbao-open-document`
 * opens `<shenbao-doc-viewer>` on that file, with every document of the record in screen order to
 * page through, each named by its place. The viewer's code is loaded on first use (a dynamic
 * import: a form that never opens a document never downloads it). In review mode a reviewer's
 * comment from the viewer joins the review panel's comments.
 */
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { getAt, type AttachmentRef } from '@shenbao/core';
import type { ShenbaoCommentEvent } from '../../events/shenbao-comment-event.js';
import type { ShenbaoOpenDocumentEvent } from '../../events/shenbao-open-document-event.js';
import type { ReviewComment } from '../../types.js';
import type { ShenbaoDocViewer, ViewerDocument } from '../doc-viewer/doc-viewer.js';
import type { FormView } from './form-view.js';
import { documentLabel, materialPlaces } from './review-places.js';

/** Every document of the record in screen order, named by its place, with the URL the uploader gives. */
export function recordDocuments(view: FormView): ViewerDocument[] {
  const context = { definition: view.definition, index: view.compiled.index, value: view.store.value, locale: view.locale, states: view.store.evaluation?.attachments ?? {} };
  const uploader = view.uploader();
  const documents: ViewerDocument[] = [];
  for (const material of materialPlaces(context)) {
    const list = getAt(view.store.value, material.path);
    const files = Array.isArray(list) ? (list as AttachmentRef[]) : [];
    files.forEach((ref, i) => {
      const url = uploader?.url?.(ref);
      documents.push({
        id: ref.id,
        name: ref.name,
        type: ref.type,
        ...(url ? { url } : {}),
        label: documentLabel(context, material, i, files.length),
        target: material.path,
        targetLabel: material.label,
      });
    });
  }
  return documents;
}

/** Adds, replaces or (empty text) removes the comment on `comment.target`. */
export function mergeComment(comments: readonly ReviewComment[], comment: ReviewComment): ReviewComment[] {
  const rest = comments.filter((c) => c.target !== comment.target);
  if (comment.text === '') return rest;
  const at = comments.findIndex((c) => c.target === comment.target);
  if (at < 0) return [...rest, comment];
  const next = [...comments];
  next[at] = comment;
  return next;
}

/** The viewer of a `<shenbao-form>`: opens on a thumbnail, renders once loaded. */
export class DocumentViewerController implements ReactiveController {
  private loaded = false;
  private documents: ViewerDocument[] = [];
  private comments: readonly ReviewComment[] = [];
  private commentable = false;

  constructor(
    private readonly host: LitElement,
    private readonly view: () => FormView | undefined,
    /** The reviewer's comments now (the review panel's, which may be ahead of the form's). */
    private readonly currentComments: () => readonly ReviewComment[],
    private readonly commented: (comments: ReviewComment[]) => void,
  ) {
    host.addController(this);
  }

  private readonly onOpen = (event: ShenbaoOpenDocumentEvent): void => {
    event.stopPropagation();
    void this.open(event.detail.path, event.detail.id);
  };

  hostConnected(): void {
    this.host.addEventListener('shenbao-open-document', this.onOpen);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('shenbao-open-document', this.onOpen);
  }

  /** Opens the viewer on the file `id` of the slot instance `path`. */
  async open(path: string, id: string): Promise<void> {
    const view = this.view();
    if (!view) return;
    this.documents = recordDocuments(view);
    this.comments = this.currentComments();
    this.commentable = view.mode === 'review' && view.reviewActions.some((a) => a === 'approve' || a === 'return' || a === 'allow-modification');
    const index = Math.max(0, this.documents.findIndex((d) => d.id === id && d.target === path));
    if (!this.loaded) {
      const { ShenbaoDocViewer } = await import('../doc-viewer/doc-viewer.js');
      ShenbaoDocViewer.define();
      this.loaded = true;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    const viewer = this.host.renderRoot.querySelector<ShenbaoDocViewer>('shenbao-doc-viewer');
    await viewer?.show(index);
  }

  private onComment(event: ShenbaoCommentEvent): void {
    event.stopPropagation();
    const next = mergeComment(this.currentComments(), event.detail);
    this.comments = next;
    this.commented(next);
  }

  /** The viewer element once loaded (nothing before). */
  render(locale: string): TemplateResult | typeof nothing {
    if (!this.loaded) return nothing;
    return html`<shenbao-doc-viewer .documents=${this.documents} .comments=${this.comments} .locale=${locale} ?commentable=${this.commentable}
      @shenbao-comment=${(e: ShenbaoCommentEvent) => this.onComment(e)}></shenbao-doc-viewer>`;
  }
}
