/**
 * The `lookup` widget: a combobox over a code table the host searches (units, schools): the field's
 * dictionary is not among the registered ones, so the host's `Lookup` adapter answers as the
 * candidate types (300 ms after the last key); arrows, Enter and Escape work the list.
 */
import { html, nothing } from 'lit';
import { localize, type DictionaryItem } from '@shenbao/core';
import { t } from '../../ui-texts.js';
import { defineWidget, rankWith, type WidgetContext } from '../widget.js';

/** What the lookup keeps between renders (in the field's widget state). */
interface LookupState {
  items?: DictionaryItem[] | undefined;
  open?: boolean;
  active?: number;
  timer?: ReturnType<typeof setTimeout>;
  abort?: AbortController;
}

function render(context: WidgetContext) {
  const { spec, id, required, invalid, describedBy, locale, lookup, emit, requestUpdate } = context;
  const state = context.state as LookupState;
  const str = context.value === undefined || context.value === null ? '' : String(context.value);
  const items = state.items;
  const open = state.open === true;
  const active = state.active ?? -1;
  const listId = `${id}-list`;
  const search = (query: string) => {
    clearTimeout(state.timer);
    state.abort?.abort();
    if (!lookup || !spec.lookup) {
      // No host lookup: the typed text is the value (a form stays fillable without the adapter).
      state.items = undefined;
      emit(query === '' ? undefined : query, false);
      return;
    }
    if (query.trim() === '') {
      state.items = undefined;
      requestUpdate();
      return;
    }
    state.timer = setTimeout(() => {
      const abort = (state.abort = new AbortController());
      lookup.search(spec.lookup!, query, abort.signal).then(
        (found) => {
          if (abort.signal.aborted) return;
          state.items = found;
          state.open = true;
          state.active = found.length ? 0 : -1;
          requestUpdate();
        },
        () => undefined,
      );
    }, 300);
  };
  const choose = (item: DictionaryItem) => {
    state.open = false;
    emit(item.code, true);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!items?.length) return;
    if (e.key === 'ArrowDown') state.active = Math.min(items.length - 1, active + 1);
    else if (e.key === 'ArrowUp') state.active = Math.max(0, active - 1);
    else if (e.key === 'Enter' && active >= 0) return void (e.preventDefault(), choose(items[active]!));
    else if (e.key === 'Escape') state.open = false;
    else return;
    e.preventDefault();
    requestUpdate();
  };
  const shown = items?.find((i) => i.code === str);
  return html`<div class="lookup">
    <input part="control" id=${id} type="search" role="combobox" aria-autocomplete="list" aria-expanded=${open ? 'true' : 'false'} aria-controls=${listId}
      aria-activedescendant=${open && active >= 0 ? `${listId}-${active}` : nothing}
      aria-required=${required ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy}
      .value=${shown ? localize(shown.label, locale) : str}
      @input=${(e: Event) => {
        e.stopPropagation();
        search((e.target as HTMLInputElement).value);
      }} @change=${(e: Event) => e.stopPropagation()} @keydown=${onKey} />
    <ul id=${listId} role="listbox" class="options" ?hidden=${!open}>
      ${items?.length === 0 ? html`<li class="empty">${t('noMatch', locale)}</li>` : nothing}
      ${(items ?? []).map(
        (item, i) => html`<li id="${listId}-${i}" role="option" aria-selected=${i === active ? 'true' : 'false'} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => choose(item)}>
          ${localize(item.label, locale)}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** A search-as-you-type combobox over a host code table. */
export const lookupWidget = defineWidget({
  name: 'lookup',
  overflows: true,
  test: rankWith(80, ({ info, dictionaries }) => info.type !== 'array' && info.dictionary !== undefined && !dictionaries.has(info.dictionary) && !info.enum),
  render,
});
