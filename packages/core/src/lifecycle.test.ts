import { describe, it, expect } from 'vitest';
import {
  LIFECYCLE_ACTIONS,
  actionLabel,
  allowedActions,
  createRecord,
  statusLabel,
  transition,
  type LifecycleAction,
  type LifecycleRecord,
  type LifecycleRole,
  type RecordStatus,
  type TransitionInput,
} from './lifecycle.js';

/** Freezes a value and everything reachable from it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const AT = '2024-03-01T08:00:00.000Z';
const candidate: TransitionInput = { actor: { id: 'c1', role: 'candidate' }, at: AT };
const reviewer: TransitionInput = { actor: { id: 'r1', role: 'reviewer' }, at: AT, reason: '请补充学历认证报告' };

const STATUSES: RecordStatus[] = ['draft', 'submitted', 'approved', 'returned'];
const ROLES: LifecycleRole[] = ['candidate', 'reviewer'];
const ROLE_OF: Record<LifecycleAction, LifecycleRole> = {
  submit: 'candidate',
  withdraw: 'candidate',
  'start-review': 'reviewer',
  approve: 'reviewer',
  return: 'reviewer',
  'allow-modification': 'reviewer',
  edit: 'candidate',
};

/** Expected outcome for the right role: the state afterwards, `same` for the edit check, or refused. */
type Outcome = { to: RecordStatus; reviewStarted: boolean; modificationAllowed: boolean } | 'same' | 'illegal';
const to = (status: RecordStatus, reviewStarted = false, modificationAllowed = false): Outcome => ({
  to: status,
  reviewStarted,
  modificationAllowed,
});

/** The whole table, written out by hand: status → review started? → action → outcome. */
const EXPECTED: Record<RecordStatus, Record<'fresh' | 'started', Record<LifecycleAction, Outcome>>> = {
  draft: {
    fresh: { submit: to('submitted'), withdraw: 'illegal', 'start-review': 'illegal', approve: 'illegal', return: 'illegal', 'allow-modification': 'illegal', edit: 'same' },
    started: { submit: to('submitted'), withdraw: 'illegal', 'start-review': 'illegal', approve: 'illegal', return: 'illegal', 'allow-modification': 'illegal', edit: 'same' },
  },
  submitted: {
    fresh: {
      submit: 'illegal',
      withdraw: to('draft'),
      'start-review': to('submitted', true),
      approve: to('approved', true),
      return: to('returned', true),
      'allow-modification': to('draft', false, true),
      edit: 'illegal',
    },
    started: {
      submit: 'illegal',
      withdraw: 'illegal',
      'start-review': 'illegal',
      approve: to('approved', true),
      return: to('returned', true),
      'allow-modification': to('draft', false, true),
      edit: 'illegal',
    },
  },
  approved: {
    fresh: { submit: 'illegal', withdraw: 'illegal', 'start-review': 'illegal', approve: 'illegal', return: 'illegal', 'allow-modification': to('draft', false, true), edit: 'illegal' },
    started: { submit: 'illegal', withdraw: 'illegal', 'start-review': 'illegal', approve: 'illegal', return: 'illegal', 'allow-modification': to('draft', false, true), edit: 'illegal' },
  },
  returned: {
    fresh: { submit: to('submitted'), withdraw: 'illegal', 'start-review': 'illegal', approve: 'illegal', return: 'illegal', 'allow-modification': 'illegal', edit: 'same' },
    started: { submit: to('submitted'), withdraw: 'illegal', 'start-review': 'illegal', approve: 'illegal', return: 'illegal', 'allow-modification': 'illegal', edit: 'same' },
  },
};

const STATUS_ZH: Record<RecordStatus, string> = { draft: '草稿', submitted: '已提交', approved: '已通过', returned: '已退回' };
const ACTION_ZH: Record<LifecycleAction, string> = {
  submit: '提交',
  withdraw: '撤回',
  'start-review': '开始审核',
  approve: '审核通过',
  return: '退回',
  'allow-modification': '允许修改',
  edit: '修改',
};

/** A frozen record in `status` with one earlier history entry. */
function frozenRecord(status: RecordStatus, reviewStarted: boolean): LifecycleRecord {
  return deepFreeze({
    status,
    reviewStarted,
    modificationAllowed: false,
    history: [{ action: 'submit', from: 'draft', to: 'submitted', actor: { id: 'c0', role: 'candidate' }, at: '2024-01-01T00:00:00.000Z' }],
  } satisfies LifecycleRecord);
}

const cases = STATUSES.flatMap((status) =>
  [false, true].flatMap((reviewStarted) =>
    LIFECYCLE_ACTIONS.flatMap((action) => ROLES.map((role) => ({ status, reviewStarted, action, role }))),
  ),
);

describe('COMMON-6 / PP-10 transition matrix (reviewer = the unit, e.g. the trial unit)', () => {
  it('covers every status × review started × action × role', () => {
    expect(cases).toHaveLength(4 * 2 * 7 * 2);
  });

  it.each(cases)('$status (review started: $reviewStarted) · $action by $role', ({ status, reviewStarted, action, role }) => {
    const record = frozenRecord(status, reviewStarted);
    const snapshot = structuredClone(record);
    const input: TransitionInput = { actor: { id: `${role}-1`, role }, at: AT, reason: '  原因  ' };
    const result = transition(record, action, input);
    const expected = EXPECTED[status][reviewStarted ? 'started' : 'fresh'][action];

    expect(record).toEqual(snapshot);
    if (role !== ROLE_OF[action]) {
      expect(result).toMatchObject({ ok: false, code: 'forbidden-role' });
      return;
    }
    if (expected === 'illegal') {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe('illegal-transition');
      expect(result.reason).toContain(`“${STATUS_ZH[status]}”`);
      expect(result.reason).toContain(`“${ACTION_ZH[action]}”`);
      expect(result.reasonEn.length).toBeGreaterThan(0);
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    if (expected === 'same') {
      expect(result.record).toBe(record);
      return;
    }
    expect(result.record).not.toBe(record);
    expect(result.record.status).toBe(expected.to);
    expect(result.record.reviewStarted).toBe(expected.reviewStarted);
    expect(result.record.modificationAllowed).toBe(expected.modificationAllowed);
    expect(result.record.history).toHaveLength(2);
    expect(result.record.history[0]).toEqual(record.history[0]);
    expect(result.record.history[1]).toEqual({ action, from: status, to: expected.to, actor: { id: `${role}-1`, role }, at: AT, reason: '原因' });
  });

  it.each(cases)('allowedActions agrees: $status (review started: $reviewStarted) · $action by $role', ({ status, reviewStarted, action, role }) => {
    const expected = EXPECTED[status][reviewStarted ? 'started' : 'fresh'][action];
    const allowed = role === ROLE_OF[action] && expected !== 'illegal';
    expect(allowedActions(frozenRecord(status, reviewStarted), role).includes(action)).toBe(allowed);
  });
});

describe('COMMON-6 transition details', () => {
  it('starts in draft with no history', () => {
    expect(createRecord()).toEqual({ status: 'draft', reviewStarted: false, modificationAllowed: false, history: [] });
    expect(createRecord()).not.toBe(createRecord());
  });

  it('requires a non-blank reason to return or allow modification', () => {
    const record = frozenRecord('submitted', true);
    for (const action of ['return', 'allow-modification'] as const) {
      for (const reason of [undefined, '', '   ', '\n\t']) {
        const result = transition(record, action, { actor: reviewer.actor, at: AT, ...(reason === undefined ? {} : { reason }) });
        expect(result).toMatchObject({ ok: false, code: 'reason-required' });
        if (!result.ok) {
          expect(result.reason).toBe(`“${ACTION_ZH[action]}”须填写原因`);
          expect(result.reasonEn).toMatch(/^A reason is required/);
        }
      }
    }
    expect(record.status).toBe('submitted');
  });

  it('checks role and state before the reason', () => {
    const asCandidate = transition(frozenRecord('submitted', false), 'return', { actor: candidate.actor, at: AT });
    expect(asCandidate).toMatchObject({ ok: false, code: 'forbidden-role' });
    const fromDraft = transition(frozenRecord('draft', false), 'return', { actor: reviewer.actor, at: AT });
    expect(fromDraft).toMatchObject({ ok: false, code: 'illegal-transition' });
  });

  it('does not record a reason when none is given', () => {
    const result = transition(createRecord(), 'submit', candidate);
    expect(result.ok && result.record.history[0]).toEqual({ action: 'submit', from: 'draft', to: 'submitted', actor: { id: 'c1', role: 'candidate' }, at: AT });
    expect(result.ok && 'reason' in (result.record.history[0] ?? {})).toBe(false);
  });

  it('copies the actor instead of keeping the caller’s object', () => {
    const actor = { id: 'c1', role: 'candidate' as const, extra: 'x' };
    const result = transition(createRecord(), 'submit', { actor, at: AT });
    expect(result.ok && result.record.history[0]?.actor).toEqual({ id: 'c1', role: 'candidate' });
    expect(result.ok && result.record.history[0]?.actor).not.toBe(actor);
  });

  it('explains refusals in Chinese and English', () => {
    const approved = frozenRecord('approved', true);
    expect(transition(approved, 'submit', candidate)).toEqual({
      ok: false,
      code: 'illegal-transition',
      reason: '记录当前状态为“已通过”，不能“提交”',
      reasonEn: 'Cannot submit: the record is approved',
    });
    expect(transition(frozenRecord('submitted', true), 'withdraw', candidate)).toEqual({
      ok: false,
      code: 'illegal-transition',
      reason: '记录当前状态为“已提交”且审核已开始，不能“撤回”',
      reasonEn: 'Cannot withdraw: the record is submitted and its review has started',
    });
    expect(transition(approved, 'approve', candidate)).toEqual({
      ok: false,
      code: 'forbidden-role',
      reason: '只有审核人员可以“审核通过”',
      reasonEn: 'Only a reviewer can approve',
    });
    expect(transition(approved, 'edit', reviewer)).toEqual({
      ok: false,
      code: 'forbidden-role',
      reason: '只有考生可以“修改”',
      reasonEn: 'Only the candidate can edit',
    });
  });

  it('refuses an unknown action or role given at run time', () => {
    const unknown = transition(createRecord(), 'delete' as LifecycleAction, candidate);
    expect(unknown).toMatchObject({ ok: false, code: 'illegal-transition' });
    const toStringAction = transition(createRecord(), 'toString' as LifecycleAction, candidate);
    expect(toStringAction).toMatchObject({ ok: false, code: 'illegal-transition' });
    const badRole = transition(createRecord(), 'submit', { actor: { id: 'x', role: 'admin' as LifecycleRole }, at: AT });
    expect(badRole).toMatchObject({ ok: false, code: 'forbidden-role' });
  });

  it('records a whole review round trip', () => {
    const steps: Array<[LifecycleAction, TransitionInput, RecordStatus]> = [
      ['submit', candidate, 'submitted'],
      ['start-review', reviewer, 'submitted'],
      ['return', { ...reviewer, reason: '照片不清晰' }, 'returned'],
      ['submit', candidate, 'submitted'],
      ['approve', { actor: reviewer.actor, at: AT }, 'approved'],
      ['allow-modification', { ...reviewer, reason: '请更新执业证书' }, 'draft'],
      ['submit', candidate, 'submitted'],
      ['withdraw', candidate, 'draft'],
    ];
    let record = deepFreeze(createRecord());
    for (const [action, input, status] of steps) {
      const result = transition(record, action, input);
      expect(result.ok, action).toBe(true);
      if (!result.ok) return;
      record = deepFreeze(result.record);
      expect(record.status, action).toBe(status);
    }
    expect(record.history.map((entry) => `${entry.action}:${entry.from}>${entry.to}`)).toEqual([
      'submit:draft>submitted',
      'start-review:submitted>submitted',
      'return:submitted>returned',
      'submit:returned>submitted',
      'approve:submitted>approved',
      'allow-modification:approved>draft',
      'submit:draft>submitted',
      'withdraw:submitted>draft',
    ]);
    expect(record.history[2]?.reason).toBe('照片不清晰');
    expect(record.history[5]?.reason).toBe('请更新执业证书');
    expect(record.history[5]?.actor).toEqual({ id: 'r1', role: 'reviewer' });
  });

  it('sets and clears modificationAllowed', () => {
    const allowed = transition(frozenRecord('approved', true), 'allow-modification', reviewer);
    expect(allowed.ok && allowed.record.modificationAllowed).toBe(true);
    if (!allowed.ok) return;
    expect(transition(deepFreeze(allowed.record), 'edit', candidate)).toMatchObject({ ok: true });
    const resubmitted = transition(deepFreeze(allowed.record), 'submit', candidate);
    expect(resubmitted.ok && resubmitted.record.modificationAllowed).toBe(false);
    expect(resubmitted.ok && resubmitted.record.reviewStarted).toBe(false);
  });
});

describe('allowedActions', () => {
  it('lists actions in a stable order', () => {
    expect(allowedActions(createRecord(), 'candidate')).toEqual(['submit', 'edit']);
    expect(allowedActions(createRecord(), 'reviewer')).toEqual([]);
    expect(allowedActions(frozenRecord('submitted', false), 'reviewer')).toEqual(['start-review', 'approve', 'return', 'allow-modification']);
    expect(allowedActions(frozenRecord('submitted', false), 'candidate')).toEqual(['withdraw']);
    expect(allowedActions(frozenRecord('submitted', true), 'candidate')).toEqual([]);
    expect(allowedActions(frozenRecord('approved', true), 'reviewer')).toEqual(['allow-modification']);
  });
});

describe('labels', () => {
  it('labels statuses in both locales', () => {
    expect(STATUSES.map((status) => statusLabel(status, 'zh-CN'))).toEqual(['草稿', '已提交', '已通过', '已退回']);
    expect(STATUSES.map((status) => statusLabel(status, 'en'))).toEqual(['Draft', 'Submitted', 'Approved', 'Returned']);
    expect(statusLabel('draft')).toBe('草稿');
  });

  it('labels actions in both locales', () => {
    expect(LIFECYCLE_ACTIONS.map((action) => actionLabel(action, 'zh-CN'))).toEqual(LIFECYCLE_ACTIONS.map((action) => ACTION_ZH[action]));
    expect(actionLabel('allow-modification', 'en')).toBe('Allow modification');
    expect(actionLabel('start-review', 'en')).toBe('Start review');
  });

  it('falls back to the raw value for an unknown status or action', () => {
    expect(statusLabel('archived' as RecordStatus, 'zh-CN')).toBe('archived');
    expect(actionLabel('delete' as LifecycleAction, 'en')).toBe('delete');
    expect(statusLabel('constructor' as RecordStatus, 'en')).toBe('constructor');
    expect(actionLabel('toString' as LifecycleAction, 'zh-CN')).toBe('toString');
  });
});
