/**
 * The events of `<shenbao-form>` by name, typed by the data of the form (`TData`, e.g.
 * `TcmExpertiseData` of `@shenbao/forms`): what `addEventListener` of a typed form
 * (`ShenbaoForm<TData>`, see `typedForm`) hands its listeners.
 */
import type { ShenbaoChangeEvent } from './shenbao-change-event.js';
import type { ShenbaoEvaluatedEvent } from './shenbao-evaluated-event.js';
import type { ShenbaoInputEvent } from './shenbao-input-event.js';
import type { ShenbaoOpenDocumentEvent } from './shenbao-open-document-event.js';
import type { ShenbaoRecordEvent } from './shenbao-record-event.js';
import type { ShenbaoReviewEvent } from './shenbao-review-event.js';
import type { ShenbaoStepEvent } from './shenbao-step-event.js';
import type { ShenbaoSubmitEvent } from './shenbao-submit-event.js';

/**
 * The data of a form while it is filled in: any part may still be missing (every property
 * optional, at every depth). `DraftOf<unknown>` is `unknown`.
 */
export type DraftOf<T> = T extends readonly (infer U)[] ? DraftOf<U>[] : T extends object ? { [K in keyof T]?: DraftOf<T[K]> } : T;

/** The own events of `<shenbao-form>` and their classes; `value` in the details is typed by `TData`. */
export interface ShenbaoFormEventMap<TData = unknown> {
  'shenbao-input': ShenbaoInputEvent<DraftOf<TData>>;
  change: ShenbaoChangeEvent<DraftOf<TData>>;
  'shenbao-submit': ShenbaoSubmitEvent<TData>;
  'shenbao-step': ShenbaoStepEvent;
  'shenbao-evaluated': ShenbaoEvaluatedEvent;
  'shenbao-record': ShenbaoRecordEvent;
  'shenbao-review': ShenbaoReviewEvent;
  'shenbao-open-document': ShenbaoOpenDocumentEvent;
}
