/**
 * A long list of people (`"display": "summary"` on a layout group: the TCM teachers and recommending
 * physicians) as the manual's teacher list: one row per item — its name, role, the state of its
 * fields and files, 编辑 and 删除 — and an editor for one item at a time (完成 returns to the row). In
 * read-only views (信息确认, review) each item is one collapsed row (`<details>`) that opens in place.
 * The rows are rendered by the form into `<shenbao-group>`'s slot, so every field stays in the form's
 * tree; this file holds the row's state and template, its styles, and where focus goes.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { text, type Locale } from '@shenbao/core';
import type { Evaluation } from '@shenbao/rules';

/** How a row's state reads: complete, not yet filled in (not red before it was touched), or with problems shown. */
export type ItemTone = 'done' | 'todo' | 'issues';

/** The state of one item of a summary list, as its row shows it. */
export interface ItemState {
  tone: ItemTone;
  /** Places (fields, slots) of the item that show a message now. */
  issues: number;
  /** 「已填写」, 「待填写」 or 「还有 N 处需要处理」, then 「材料 1/4」 when the item has files. */
  status: string;
}

/** A file of a slot (`…/attachments/<slot>/<n>`): its messages show at the slot (as verdict.ts). */
const filePath = /^(.*\/attachments\/[^/]+)\/\d+(?:\/.*)?$/;

/**
 * The state of the item at `item` (`/teachers/1`): the places under it whose messages show
 * (`shown(place)`: touched, its step checked, or not filling in), and its required files.
 */
export function itemState(evaluation: Evaluation | undefined, item: string, shown: (place: string) => boolean, locale: Locale): ItemState {
  const prefix = item + '/';
  const places = new Set<string>();
  let hidden = 0;
  for (const issue of evaluation?.issues ?? []) {
    if (!issue.path.startsWith(prefix)) continue;
    const place = filePath.exec(issue.path)?.[1] ?? issue.path;
    if (shown(place)) places.add(place);
    else hidden++;
  }
  let done = 0;
  let total = 0;
  const slots = `${item}/attachments/`;
  for (const [path, state] of Object.entries(evaluation?.attachments ?? {})) {
    if (!path.startsWith(slots) || state.visible === false || !(state.required || state.count > 0)) continue;
    total++;
    if (state.count >= Math.max(1, state.min)) done++;
  }
  const tone: ItemTone = places.size ? 'issues' : hidden || !evaluation ? 'todo' : 'done';
  const first =
    tone === 'issues' ? text('group.statusIssues', locale, { count: places.size }) : text(tone === 'done' ? 'group.statusDone' : 'group.statusTodo', locale);
  return { tone, issues: places.size, status: total ? `${first} · ${text('group.files', locale, { done, total })}` : first };
}

/** What one row shows and does. */
export interface SummaryRow {
  /** The item's pointer (`/teachers/1`). */
  path: string;
  /** 「老师 2」. */
  itemName: string;
  /** The first summary field's value (the person's name), or empty. */
  name: string;
  /** The other summary fields' values (a choice: its label), joined. */
  detail: string;
  state: ItemState;
}

/** The accessible name of a row's item: 「老师 2（张三）」. */
export function rowName(row: SummaryRow): string {
  return row.name ? `${row.itemName}（${row.name}）` : row.itemName;
}

/**
 * The editable list: one row per item with 编辑 and 删除. A row with problems carries them as its
 * `error` (so 下一步 counts and focuses it like a field) and its count in `data-count`; `openItem`
 * on the row opens its editor (focusing `path` in it), for the issue list and 下一步.
 */
export function renderSummaryRows(
  rows: readonly SummaryRow[],
  locale: Locale,
  actions: { edit(index: number, path?: string): void; remove(index: number): void; removable: boolean },
): TemplateResult {
  if (!rows.length) return html`<p class="people-empty">${text('group.empty', locale)}</p>`;
  return html`<ul class="people">
    ${rows.map((row, i) => {
      const statusId = `status-${row.path}`;
      const who = rowName(row);
      return html`<li class="person" data-item-path=${row.path} data-count=${row.state.issues || nothing}
        .error=${row.state.tone === 'issues' ? row.state.status : undefined} .openItem=${(path?: string) => actions.edit(i, path)}>
        <div class="who">
          <span class="name">${row.name || row.itemName}</span>
          ${row.detail ? html`<span class="role">${row.detail}</span>` : nothing}
        </div>
        <span class="status ${row.state.tone}" id=${statusId}>${row.state.status}</span>
        <div class="row-actions">
          <button type="button" class="edit" aria-label="${text('group.edit', locale)} ${who}" aria-describedby=${statusId} @click=${() => actions.edit(i)}>
            ${text('group.edit', locale)}
          </button>
          <button type="button" class="remove" aria-label="${text('group.remove', locale)} ${who}" ?disabled=${!actions.removable} @click=${() => actions.remove(i)}>
            ${text('group.remove', locale)}
          </button>
        </div>
      </li>`;
    })}
  </ul>`;
}

/** The editor of one item: its heading, its fields (`body`) and 完成 back to the list. */
export function renderItemEditor(row: SummaryRow, body: unknown, locale: Locale, done: () => void): TemplateResult {
  return html`<fieldset class="item editor" data-editor=${row.path}>
    <legend><span role="heading" aria-level="4" tabindex="-1" class="editor-title">${text('group.editing', locale, { item: rowName(row) })}</span></legend>
    ${body}
    <div class="editor-actions">
      <button type="button" class="primary done" @click=${done}>${text('group.done', locale)}</button>
    </div>
  </fieldset>`;
}

/** A read-only item: one row that opens in place (`open` when a reviewer's comment or a change is inside). */
export function renderItemView(row: SummaryRow, body: unknown, open: boolean): TemplateResult {
  return html`<details class="person-view" data-item-view=${row.path} ?open=${open}>
    <summary>
      <span class="name">${row.name || row.itemName}</span>
      ${row.detail ? html`<span class="role">${row.detail}</span>` : nothing}
      <span class="status ${row.state.tone}">${row.state.status}</span>
    </summary>
    ${body}
  </details>`;
}

/**
 * After a render: focus the editor's first control (or the exact field at `path`), or, once the
 * editor closed, the 编辑 button of the row it came from (which reads the row's state).
 */
export function focusAfterEdit(root: ParentNode, group: string, index: number | undefined, previous: number | undefined, path?: string): void {
  if (index !== undefined) {
    const editor = root.querySelector<HTMLElement>(`[data-editor="${CSS.escape(`${group}/${index}`)}"]`);
    if (!editor) return;
    type WithPointer = HTMLElement & { spec?: { pointer: string } };
    const fields = [...editor.querySelectorAll<WithPointer>('shenbao-field, [data-path]')];
    const at = (el: WithPointer) => el.spec?.pointer ?? el.getAttribute('data-path') ?? '';
    const target = path ? (fields.find((f) => at(f) === path) ?? fields.find((f) => path.startsWith(at(f) + '/'))) : undefined;
    const focusable = target ?? editor.querySelector<HTMLElement>('.editor-title');
    focusable?.scrollIntoView?.({ block: target ? 'center' : 'start' });
    focusable?.focus();
    return;
  }
  if (previous === undefined) return;
  const edit = root.querySelector<HTMLElement>(`[data-item-path="${CSS.escape(`${group}/${previous}`)}"] button.edit`);
  edit?.scrollIntoView?.({ block: 'center' });
  edit?.focus();
}

/** A row of a summary list (the `<li>`) that opens its editor. */
export type SummaryRowElement = HTMLElement & { openItem(path?: string): void };

/** The row of a closed item that holds `path`, if any, under `root`. */
export function rowHolding(root: ParentNode, path: string): SummaryRowElement | undefined {
  for (const row of root.querySelectorAll<SummaryRowElement>('[data-item-path]')) {
    const at = row.getAttribute('data-item-path')!;
    if (path === at || path.startsWith(at + '/')) return row;
  }
  return undefined;
}

/** Opens every collapsed read-only item (`<details>`) around `el`, so it can be seen and focused. */
export function revealInItems(el: Element): void {
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
}

/** The styles of summary rows, editors and read-only items (in the form's shadow root). */
export const groupSummaryStyles = css`
  .people {
    list-style: none;
    margin: 0 0 12px;
    padding: 0;
    border: 1px solid var(--shenbao-border-color, #c9ced6);
    border-radius: var(--shenbao-radius, 6px);
  }
  .person {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 4px 12px;
    padding: 10px 12px;
  }
  .person + .person {
    border-top: 1px solid var(--shenbao-divider-color, #e5e6eb);
  }
  .who {
    min-width: 0;
  }
  .who .name,
  .person-view .name {
    font-weight: 600;
  }
  .role {
    margin-inline-start: 8px;
    color: var(--shenbao-hint-color, #4e5969);
    font-size: 0.875em;
  }
  .status {
    font-size: 0.875em;
    color: var(--shenbao-hint-color, #4e5969);
  }
  .person .status {
    grid-column: 1;
    grid-row: 2;
  }
  .status.done {
    color: var(--shenbao-success-color, #2e7d32);
  }
  .status.issues {
    color: var(--shenbao-error-color, #c62828);
  }
  .row-actions {
    grid-column: 2;
    grid-row: 1 / span 2;
    display: flex;
    gap: 8px;
  }
  .row-actions button {
    flex: none;
    padding: 0 14px;
    color: var(--shenbao-accent-color, #1565c0);
    background: transparent;
  }
  .row-actions button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .people-empty {
    margin: 0 0 12px;
    color: var(--shenbao-hint-color, #4e5969);
  }
  fieldset.editor {
    border-style: solid;
    border-color: var(--shenbao-accent-color, #1565c0);
  }
  .editor-title {
    font-weight: 600;
  }
  .editor-actions {
    display: flex;
    margin-top: 8px;
  }
  .person-view {
    margin: 0 0 8px;
    padding: 8px 12px;
    border: 1px solid var(--shenbao-border-color, #c9ced6);
    border-radius: var(--shenbao-radius, 6px);
  }
  .person-view > summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 8px;
    min-height: 32px;
    cursor: pointer;
  }
  .person-view > summary .role {
    margin: 0;
  }
  .person-view > summary .status {
    margin-inline-start: auto;
  }
  .person-view[open] > summary {
    margin-bottom: 8px;
  }
`;
