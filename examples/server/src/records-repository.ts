/**
 * Declaration records in SQLite: the data, the lifecycle state and its history (with the review
 * comments of each entry). Every write is conditional on the version (and status) that was read,
 * so of two concurrent writers exactly one wins; the other learns it lost (`false`) and answers 409.
 */
import type { HistoryEntry, LifecycleRecord, LifecycleRole, RecordStatus } from '@shenbao/core';
import type { Db } from './database.js';

/** A history entry as stored: the lifecycle's entry plus the reviewer's comments per section or slot. */
export interface StoredHistoryEntry extends HistoryEntry {
  comments?: Record<string, string>;
}

/** The data of one submission, from the history entry it was submitted with. */
export interface Submission {
  at: string;
  data: unknown;
}

/** One declaration record. */
export interface StoredRecord extends LifecycleRecord {
  id: string;
  form: string;
  year: number;
  candidateId: string;
  data: unknown;
  /** Incremented by every write; the optimistic lock. */
  version: number;
  createdAt: string;
  updatedAt: string;
  history: StoredHistoryEntry[];
}

/** The statuses in which the candidate may edit the data and the files. */
export const editableStatuses: readonly RecordStatus[] = ['draft', 'returned'];

interface RecordRow {
  id: string;
  form: string;
  year: number;
  candidate_id: string;
  status: RecordStatus;
  review_started: number;
  modification_allowed: number;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}

interface HistoryRow {
  seq: number;
  action: HistoryEntry['action'];
  from_status: RecordStatus;
  to_status: RecordStatus;
  actor_id: string;
  actor_role: LifecycleRole;
  at: string;
  reason: string | null;
  comments: string | null;
  path: string | null;
}

/** A record without its data and history, for lists. */
export type RecordSummary = Omit<StoredRecord, 'data' | 'history'>;

/** What {@link RecordsRepository.list} filters on. */
export interface RecordFilter {
  candidateId?: string;
  status?: RecordStatus;
  form?: string;
}

/** A lifecycle transition to store: the record as read, the state after, and what goes with it. */
export interface TransitionWrite {
  /** The record as read (its id, version and status are the write's condition). */
  before: StoredRecord;
  /** The record after core's `transition()`; its last history entry is appended. */
  after: LifecycleRecord;
  at: string;
  /** New data (on submission); unchanged when omitted. */
  data?: unknown;
  /** Review comments stored with the new history entry. */
  comments?: Record<string, string>;
  /** The data as submitted, kept with a `submit` entry (what changed since then is shown to reviewers). */
  submitted?: unknown;
  /** On submission: the files the data references; the record's other files are deleted. */
  keepFiles?: readonly string[];
}

/** The prepared statements, compiled once per connection. */
function prepareRecordStatements(db: Db) {
  return {
    insert: db.prepare(
      `INSERT INTO records (id, form, year, candidate_id, status, review_started, modification_allowed, data, version, created_at, updated_at)
       VALUES (@id, @form, @year, @candidateId, 'draft', 0, 0, '{}', 1, @at, @at)`,
    ),
    get: db.prepare<[string], RecordRow>('SELECT * FROM records WHERE id = ?'),
    list: db.prepare<{ candidateId: string | null; status: string | null; form: string | null; limit: number }, Omit<RecordRow, 'data'>>(
      `SELECT id, form, year, candidate_id, status, review_started, modification_allowed, version, created_at, updated_at
       FROM records
       WHERE (@candidateId IS NULL OR candidate_id = @candidateId) AND (@status IS NULL OR status = @status) AND (@form IS NULL OR form = @form)
       ORDER BY updated_at DESC, id
       LIMIT @limit`,
    ),
    history: db.prepare<[string], HistoryRow>(
      'SELECT seq, action, from_status, to_status, actor_id, actor_role, at, reason, comments, path FROM history WHERE record_id = ? ORDER BY seq',
    ),
    submissions: db.prepare<[string], { at: string; data: string }>(
      `SELECT at, data FROM history WHERE record_id = ? AND action = 'submit' AND data IS NOT NULL ORDER BY seq DESC LIMIT 2`,
    ),
    findOwn: db.prepare<{ candidateId: string; form: string; year: number }, { id: string }>(
      'SELECT id FROM records WHERE candidate_id = @candidateId AND form = @form AND year = @year ORDER BY created_at, id LIMIT 1',
    ),
    saveDraft: db.prepare(
      `UPDATE records SET data = @data, version = version + 1, updated_at = @at
       WHERE id = @id AND version = @version AND status IN ('draft', 'returned')`,
    ),
    transition: db.prepare(
      `UPDATE records
       SET status = @status, review_started = @reviewStarted, modification_allowed = @modificationAllowed,
           data = coalesce(@data, data), version = version + 1, updated_at = @at
       WHERE id = @id AND version = @version AND status = @fromStatus`,
    ),
    // The next seq is read in the same statement: a reveal entry (which changes no version) may
    // have been appended since the record was read.
    appendHistory: db.prepare(
      `INSERT INTO history (record_id, seq, action, from_status, to_status, actor_id, actor_role, at, reason, comments, path, data)
       VALUES (@recordId, (SELECT coalesce(max(seq), 0) + 1 FROM history WHERE record_id = @recordId),
               @action, @from, @to, @actorId, @actorRole, @at, @reason, @comments, @path, @data)`,
    ),
    deleteOtherFiles: db.prepare(`DELETE FROM files WHERE record_id = @id AND id NOT IN (SELECT value FROM json_each(@keep))`),
  };
}

/** The records table and the history table. */
export class RecordsRepository {
  readonly #db: Db;
  readonly #statements: ReturnType<typeof prepareRecordStatements>;

  constructor(db: Db) {
    this.#db = db;
    this.#statements = prepareRecordStatements(db);
  }

  /**
   * Creates a draft record for a candidate, unless the candidate already has a record of this form
   * and year (COMMON-11: one declaration per form and exam year); then nothing is written and the
   * existing record is answered with `existing: true`. Check and insert are one transaction.
   */
  create(input: { id: string; form: string; year: number; candidateId: string; at: string }): { record: StoredRecord; existing: boolean } {
    const run = this.#db.transaction((): { id: string; existing: boolean } => {
      const found = this.#statements.findOwn.get({ candidateId: input.candidateId, form: input.form, year: input.year });
      if (found !== undefined) return { id: found.id, existing: true };
      this.#statements.insert.run(input);
      return { id: input.id, existing: false };
    });
    const { id, existing } = run.immediate();
    return { record: this.get(id)!, existing };
  }

  /** The newest two submissions of a record (newest first), with the data as submitted. */
  submissions(id: string): Submission[] {
    return this.#statements.submissions.all(id).map((row) => ({ at: row.at, data: JSON.parse(row.data) as unknown }));
  }

  /**
   * Appends a `reveal` entry (COMMON-4): `actor` saw the field at `path` unmasked. The entry names
   * the path, never the value; the record's state and version do not change.
   */
  appendReveal(record: StoredRecord, actor: { id: string; role: LifecycleRole }, path: string, at: string): void {
    this.#statements.appendHistory.run({
      recordId: record.id,
      action: 'reveal',
      from: record.status,
      to: record.status,
      actorId: actor.id,
      actorRole: actor.role,
      at,
      reason: null,
      comments: null,
      path,
      data: null,
    });
  }

  /** The record with its history, or undefined. */
  get(id: string): StoredRecord | undefined {
    const row = this.#statements.get.get(id);
    if (row === undefined) return undefined;
    const history = this.#statements.history.all(id).map((h): StoredHistoryEntry => {
      const entry: StoredHistoryEntry = {
        action: h.action,
        from: h.from_status,
        to: h.to_status,
        actor: { id: h.actor_id, role: h.actor_role },
        at: h.at,
      };
      if (h.reason !== null) entry.reason = h.reason;
      if (h.comments !== null) entry.comments = JSON.parse(h.comments) as Record<string, string>;
      if (h.path !== null) entry.path = h.path;
      return entry;
    });
    return {
      id: row.id,
      form: row.form,
      year: row.year,
      candidateId: row.candidate_id,
      status: row.status,
      reviewStarted: row.review_started === 1,
      modificationAllowed: row.modification_allowed === 1,
      data: JSON.parse(row.data) as unknown,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      history,
    };
  }

  /** Records without data, newest change first, at most `limit`. */
  list(filter: RecordFilter, limit = 200): RecordSummary[] {
    const rows = this.#statements.list.all({ candidateId: filter.candidateId ?? null, status: filter.status ?? null, form: filter.form ?? null, limit });
    return rows.map((row) => ({
      id: row.id,
      form: row.form,
      year: row.year,
      candidateId: row.candidate_id,
      status: row.status,
      reviewStarted: row.review_started === 1,
      modificationAllowed: row.modification_allowed === 1,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }

  /** Saves draft data if the record is still at `version` and editable; false when someone else wrote first. */
  saveDraft(id: string, version: number, data: unknown, at: string): boolean {
    return this.#statements.saveDraft.run({ id, version, data: JSON.stringify(data), at }).changes === 1;
  }

  /**
   * Stores a lifecycle transition in one transaction: the new state (and data), the new history
   * entry, and on submission the removal of unreferenced files. Returns false, changing nothing,
   * when the record is no longer at the version and status that were read.
   */
  applyTransition(write: TransitionWrite): boolean {
    const { before, after, at } = write;
    const entry = after.history[after.history.length - 1];
    if (entry === undefined || after.history.length !== before.history.length + 1) {
      throw new Error('applyTransition: the new record must have exactly one more history entry');
    }
    const run = this.#db.transaction((): boolean => {
      const changed = this.#statements.transition.run({
        id: before.id,
        version: before.version,
        fromStatus: before.status,
        status: after.status,
        reviewStarted: after.reviewStarted ? 1 : 0,
        modificationAllowed: after.modificationAllowed ? 1 : 0,
        data: write.data === undefined ? null : JSON.stringify(write.data),
        at,
      }).changes;
      if (changed !== 1) return false;
      this.#statements.appendHistory.run({
        recordId: before.id,
        action: entry.action,
        from: entry.from,
        to: entry.to,
        actorId: entry.actor.id,
        actorRole: entry.actor.role,
        at: entry.at,
        reason: entry.reason ?? null,
        comments: write.comments === undefined ? null : JSON.stringify(write.comments),
        path: null,
        data: write.submitted === undefined ? null : JSON.stringify(write.submitted),
      });
      if (write.keepFiles !== undefined) this.#statements.deleteOtherFiles.run({ id: before.id, keep: JSON.stringify(write.keepFiles) });
      return true;
    });
    return run.immediate();
  }
}
