/**
 * `typedForm<TData>(element)`: a `<shenbao-form>` typed by the data of its form, for a host that
 * uses a built-in form (`TcmExpertiseData` …, generated in `@shenbao/forms`) or types its own:
 * `form.value` is `DraftOf<TData>`, `shenbao-input` / `change` details carry `DraftOf<TData>`,
 * `shenbao-submit` carries the complete `TData`. Types only: the element is returned as it is.
 */
import type { ShenbaoForm } from './form.js';

/**
 * The element, typed by its form's data.
 *
 * @example
 * import type { TcmExpertiseData } from '@shenbao/forms';
 * const form = typedForm<TcmExpertiseData>(document.createElement('shenbao-form'));
 * form.addEventListener('shenbao-submit', (e) => console.log(e.detail.value.applicant.name));
 */
export function typedForm<TData>(element: ShenbaoForm): ShenbaoForm<TData> {
  return element as ShenbaoForm<TData>;
}
