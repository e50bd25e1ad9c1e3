/**
 * The record lifecycle of a declaration (COMMON-6) as a pure transition function:
 * draft → submitted → approved | returned. A candidate may withdraw a submitted record until the
 * review starts; a reviewer approves, returns it with comments, or allows modification (允许修改),
 * which puts it back into draft for the candidate to edit and resubmit. Every transition appends a
 * history entry (who, when, why); an illegal one is refused with a reason, never applied.
 *
 * `transition` never mutates its input (frozen records are fine) and returns a new record on success.
 */
import { text } from './messages/registry.js';
import type { Locale } from './types.js';

/** Where a record is in its lifecycle. */
export type RecordStatus = 'draft' | 'submitted' | 'approved' | 'returned';

/** What someone does to a record; `edit` is a check only and never changes the record. */
export type LifecycleAction = 'submit' | 'withdraw' | 'start-review' | 'approve' | 'return' | 'allow-modification' | 'edit';

/** Who acts: the candidate who owns the record or a reviewer (unit or authority). */
export type LifecycleRole = 'candidate' | 'reviewer';

/** The person performing an action. */
export interface LifecycleActor {
  id: string;
  role: LifecycleRole;
}

/**
 * What a history entry records: a lifecycle action, or `reveal` — a reviewer looked at one masked
 * field in full (COMMON-4); the entry names the field's `path`, never its value, and changes no state.
 */
export type HistoryAction = LifecycleAction | 'reveal';

/** One recorded transition (or reveal): what, from which state to which, who, when and why. */
export interface HistoryEntry {
  action: HistoryAction;
  from: RecordStatus;
  to: RecordStatus;
  actor: LifecycleActor;
  /** ISO 8601 time of the action. */
  at: string;
  reason?: string;
  /** For `reveal`: the JSON Pointer of the field that was shown unmasked. */
  path?: string;
}

/** The lifecycle state of one declaration record. */
export interface LifecycleRecord {
  status: RecordStatus;
  /** True once a reviewer has started reviewing the submitted record; the candidate can no longer withdraw. */
  reviewStarted: boolean;
  /** True when a reviewer allowed modification; cleared on the next submission. */
  modificationAllowed: boolean;
  history: HistoryEntry[];
}

/** Who, when and (for return and allow-modification, required) why. */
export interface TransitionInput {
  actor: LifecycleActor;
  at: string;
  reason?: string;
}

/** Why a transition was refused. */
export type LifecycleRefusalCode = 'forbidden-role' | 'illegal-transition' | 'reason-required';

/**
 * The outcome of {@link transition}: the new record, or a refusal with Chinese and English reasons
 * (`reasonEn` in a browser build: English once the en catalog is in, `await loadLocale('en')`).
 */
export type TransitionResult =
  | { ok: true; record: LifecycleRecord }
  | { ok: false; code: LifecycleRefusalCode; reason: string; reasonEn: string };

/** The rule of one action: who may do it, from which states, to which state, and whether a reason is needed. */
interface ActionRule {
  role: LifecycleRole;
  from: readonly RecordStatus[];
  /** Also requires that the review has not started. */
  beforeReview: boolean;
  reasonRequired: boolean;
}

const RULES: Readonly<Record<LifecycleAction, ActionRule>> = {
  submit: { role: 'candidate', from: ['draft', 'returned'], beforeReview: false, reasonRequired: false },
  withdraw: { role: 'candidate', from: ['submitted'], beforeReview: true, reasonRequired: false },
  'start-review': { role: 'reviewer', from: ['submitted'], beforeReview: true, reasonRequired: false },
  approve: { role: 'reviewer', from: ['submitted'], beforeReview: false, reasonRequired: false },
  return: { role: 'reviewer', from: ['submitted'], beforeReview: false, reasonRequired: true },
  'allow-modification': { role: 'reviewer', from: ['submitted', 'approved'], beforeReview: false, reasonRequired: true },
  edit: { role: 'candidate', from: ['draft', 'returned'], beforeReview: false, reasonRequired: false },
};

/** Every action, in the order {@link allowedActions} lists them. */
export const LIFECYCLE_ACTIONS: readonly LifecycleAction[] = Object.freeze(Object.keys(RULES) as LifecycleAction[]);

/**
 * The label of a status.
 *
 * @example
 * statusLabel('returned', 'zh-CN'); // '已退回'
 */
export function statusLabel(status: RecordStatus, locale: Locale = 'zh-CN'): string {
  if (!isStatus(status)) return String(status);
  return text(`lifecycle.status.${status}`, locale);
}

/**
 * The label of an action.
 *
 * @example
 * actionLabel('allow-modification', 'zh-CN'); // '允许修改'
 * actionLabel('reveal', 'zh-CN'); // '查看了'
 */
export function actionLabel(action: HistoryAction, locale: Locale = 'zh-CN'): string {
  if (action !== 'reveal' && !Object.hasOwn(RULES, action)) return String(action);
  return text(`lifecycle.action.${action}`, locale);
}

const STATUSES: readonly RecordStatus[] = ['draft', 'submitted', 'approved', 'returned'];
const isStatus = (value: unknown): value is RecordStatus => STATUSES.includes(value as RecordStatus);

/** A refusal in zh-CN and en from one catalog text. */
function refuse(code: LifecycleRefusalCode, say: (locale: Locale) => string): Refusal {
  return { ok: false, code, reason: say('zh-CN'), reasonEn: say('en') };
}

/** A new record in draft with an empty history. */
export function createRecord(): LifecycleRecord {
  return { status: 'draft', reviewStarted: false, modificationAllowed: false, history: [] };
}

type Refusal = Extract<TransitionResult, { ok: false }>;

/** The refusal for `action` by `role` on `record`, ignoring the reason; null when allowed. */
function refusal(record: LifecycleRecord, action: LifecycleAction, role: LifecycleRole): Refusal | null {
  const rule = Object.hasOwn(RULES, action) ? RULES[action] : undefined;
  if (rule === undefined) return refuse('illegal-transition', (l) => text('lifecycle.unknownAction', l, { action: String(action) }));
  const verb = (l: Locale) => text(`lifecycle.verb.${action}`, l);
  if (role !== rule.role) {
    return refuse('forbidden-role', (l) => text('lifecycle.forbiddenRole', l, { role: text(`lifecycle.role.${rule.role}`, l), verb: verb(l) }));
  }
  const status = (l: Locale) => (isStatus(record.status) ? text(`lifecycle.statusInText.${record.status}`, l) : String(record.status));
  if (!rule.from.includes(record.status)) {
    return refuse('illegal-transition', (l) => text('lifecycle.illegalTransition', l, { status: status(l), verb: verb(l) }));
  }
  if (rule.beforeReview && record.reviewStarted) {
    return refuse('illegal-transition', (l) => text('lifecycle.reviewStarted', l, { status: status(l), verb: verb(l) }));
  }
  return null;
}

/** The state after an allowed action, without the history. */
function nextState(record: LifecycleRecord, action: LifecycleAction): Omit<LifecycleRecord, 'history'> {
  switch (action) {
    case 'submit':
      return { status: 'submitted', reviewStarted: false, modificationAllowed: false };
    case 'withdraw':
      return { status: 'draft', reviewStarted: false, modificationAllowed: false };
    case 'start-review':
      return { status: 'submitted', reviewStarted: true, modificationAllowed: false };
    case 'approve':
      return { status: 'approved', reviewStarted: true, modificationAllowed: false };
    case 'return':
      return { status: 'returned', reviewStarted: true, modificationAllowed: false };
    case 'allow-modification':
      return { status: 'draft', reviewStarted: false, modificationAllowed: true };
    case 'edit':
      return { status: record.status, reviewStarted: record.reviewStarted, modificationAllowed: record.modificationAllowed };
  }
}

/**
 * Applies `action` to `record`. Checks, in order: the actor's role (`forbidden-role`), the current
 * state (`illegal-transition`) and, for `return` and `allow-modification`, a non-blank reason
 * (`reason-required`). On success returns a new record with one more history entry; `edit` only
 * checks and returns the same record object.
 *
 * @example
 * const result = transition(createRecord(), 'submit', { actor: { id: 'u1', role: 'candidate' }, at: '2024-03-01T08:00:00Z' });
 * result.ok && result.record.status; // 'submitted'
 */
export function transition(record: LifecycleRecord, action: LifecycleAction, input: TransitionInput): TransitionResult {
  const refused = refusal(record, action, input.actor?.role);
  if (refused !== null) return refused;
  const rule = RULES[action];
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (rule.reasonRequired && reason === '') {
    return refuse('reason-required', (l) => text('lifecycle.reasonRequired', l, { verb: text(`lifecycle.verb.${action}`, l) }));
  }
  if (action === 'edit') return { ok: true, record };
  const next = nextState(record, action);
  const entry: HistoryEntry = {
    action,
    from: record.status,
    to: next.status,
    actor: { id: input.actor.id, role: input.actor.role },
    at: input.at,
  };
  if (reason !== '') entry.reason = reason;
  return { ok: true, record: { ...next, history: [...record.history, entry] } };
}

/**
 * The actions `role` may take on `record` now, in {@link LIFECYCLE_ACTIONS} order. Actions that need
 * a reason are listed; the reason is checked when the action is taken.
 *
 * @example
 * allowedActions(createRecord(), 'candidate'); // ['submit', 'edit']
 */
export function allowedActions(record: LifecycleRecord, role: LifecycleRole): LifecycleAction[] {
  return LIFECYCLE_ACTIONS.filter((action) => refusal(record, action, role) === null);
}
