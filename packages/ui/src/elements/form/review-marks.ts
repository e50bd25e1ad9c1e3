/**
 * What a review adds around a field or a material in the record (issue 8 items 13–14): the mark
 * 本次修改 on what differs from the previous submission, and 显示 beside a number masked for the
 * reviewer (COMMON-4: the host fetches it in full and records that it did). Also the text of a
 * material's comments for the candidate: the material's own, then each document's by its place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getAt, localize, text, type AttachmentSlot } from '@shenbao/core';
import type { FormView } from './form-view.js';
import { documentLabel, materialPlaces } from './review-places.js';

/** Wraps a field or a material with its review marks; unchanged when it has none. */
export function reviewMarks(view: FormView, pointer: string, label: string, content: TemplateResult): TemplateResult {
  if (view.mode !== 'review') return content;
  const changed = view.changed.has(pointer);
  const revealable = view.maskedPaths.includes(pointer) && !view.revealed.has(pointer);
  if (!changed && !revealable) return content;
  return html`<div class="review-mark ${changed ? 'changed' : ''} ${revealable ? 'revealable' : ''}" data-review-path=${pointer}>
    ${changed ? html`<span class="changed-badge">${text('review.changed', view.locale)}</span>` : nothing}
    ${content}
    ${revealable
      ? html`<button type="button" class="reveal" aria-label=${text('review.revealLabel', view.locale, { label })}
          @click=${() => void view.reveal(pointer)}>${text('review.reveal', view.locale)}</button>`
      : nothing}
  </div>`;
}

/**
 * The comments on a material as its slot shows them: the comment on the material itself, then the
 * comment on each of its documents (a reviewer's comment from the viewer), named by place.
 */
export function commentText(view: FormView, path: string, slot: AttachmentSlot, own: string | undefined): string | undefined {
  const perFile = view.reviewComments.filter((c) => c.target.startsWith(`${path}/`) && /^\d+$/.test(c.target.slice(path.length + 1)));
  if (perFile.length === 0) return own;
  const context = { definition: view.definition, index: view.compiled.index, value: view.store.value, locale: view.locale };
  const material = materialPlaces(context).find((m) => m.path === path) ?? { path, slotId: slot.id, label: localize(slot.label, view.locale), section: '' };
  const list = getAt(view.store.value, path);
  const count = Array.isArray(list) ? list.length : 0;
  const parts = perFile.map((c) => `${documentLabel(context, material, Number(c.target.slice(path.length + 1)), count)}：${c.text}`);
  return [own, ...parts].filter(Boolean).join('；');
}
