/**
 * Declaration records in SQLite: the data, the lifecycle state and its history (with the review
 * comments of each entry). Every write is conditional on the version (and status) that was read,
 * so of two concurrent writers exactly one wins; the other learns it lost (`false`) and answers 409.
 */
import type { HistoryEntry, LifecycleRecord, LifecycleRole, RecordStatus } from '@shenbao/core';
import type Database from 'better-sqlite3';
import type { Db } from './database.js';
import type { StoredHistoryEntry } from './record-types.js';

/** A history entry as stored: the lifecycle's entry plus the reviewer's comments per section or slot. */
export type { StoredHistoryEntry };

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
  /** The unit the record is filed under (the candidate's, from the credential); undefined for none. */
  unit?: string;
  /** The newest history entries (at most `limits.historyInView`); the rest is paged by {@link RecordsRepository.historyPage}. */
  history: StoredHistoryEntry[];
  /** How many history entries there are in all. */
  historyCount: number;
  /** The comments of the newest history entry that has some. */
  latestComments?: Record<string, string>;
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
  unit: string | null;
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
export type RecordSummary = Omit<StoredRecord, 'data' | 'history' | 'historyCount' | 'latestComments'>;

/** What {@link RecordsRepository.list} filters on. */
export interface RecordFilter {
  candidateId?: string;
  unit?: string;
  status?: RecordStatus;
  form?: string;
  year?: number;
}

/** Where a page of a list starts: after the record with this creation time and id (newest first). */
export interface RecordCursor {
  createdAt: string;
  id: string;
}

/** One page of a list: the records, how many match in all, and the cursor of the next page (none on the last). */
export interface RecordPage {
  records: RecordSummary[];
  total: number;
  next?: RecordCursor;
}

/** A history entry with its number (1 = the first). */
export type NumberedHistoryEntry = StoredHistoryEntry & { seq: number };

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

/** A candidate tried to hold more records than allowed. */
export class TooManyRecords extends Error {
  constructor(readonly limit: number) {
    super(`too many records (limit ${limit})`);
    this.name = 'TooManyRecords';
  }
}

/** The prepared statements, compiled once per connection. */
function prepareRecordStatements(db: Db) {
  return {
    insert: db.prepare(
      `INSERT INTO records (id, form, year, candidate_id, status, review_started, modification_allowed, data, version, created_at, updated_at, unit)
       VALUES (@id, @form, @year, @candidateId, 'draft', 0, 0, '{}', 1, @at, @at, @unit)`,
    ),
    get: db.prepare<[string], RecordRow>('SELECT * FROM records WHERE id = ?'),
    submissions: db.prepare<[string], { at: string; data: string }>(
      `SELECT at, data FROM history WHERE record_id = ? AND action = 'submit' AND data IS NOT NULL ORDER BY seq DESC LIMIT 2`,
    ),
    findOwn: db.prepare<{ candidateId: string; form: string; year: number }, { id: string }>(
      'SELECT id FROM records WHERE candidate_id = @candidateId AND form = @form AND year = @year ORDER BY created_at, id LIMIT 1',
    ),
    countOfCandidate: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM records WHERE candidate_id = ?'),
    newestApproved: db.prepare<[string, string], { id: string; data: string }>(
      `SELECT id, data FROM records WHERE candidate_id = ? AND form = ? AND status = 'approved' ORDER BY updated_at DESC, id DESC LIMIT 1`,
    ),
    recentHistory: db.prepare<[string, number], HistoryRow>('SELECT seq, action, from_status, to_status, actor_id, actor_role, at, reason, comments, path FROM history WHERE record_id = ? ORDER BY seq DESC LIMIT ?'),
    historyCount: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM history WHERE record_id = ?'),
    historyBefore: db.prepare<[string, number, number], HistoryRow>('SELECT seq, action, from_status, to_status, actor_id, actor_role, at, reason, comments, path FROM history WHERE record_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?'),
    latestComments: db.prepare<[string], { comments: string }>('SELECT comments FROM history WHERE record_id = ? AND comments IS NOT NULL ORDER BY seq DESC LIMIT 1'),
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

const summaryColumns = 'id, form, year, candidate_id, status, review_started, modification_allowed, version, created_at, updated_at, unit';

/** A history row as an entry. */
function entryOf(h: HistoryRow): NumberedHistoryEntry {
  const entry: NumberedHistoryEntry = { seq: h.seq, action: h.action, from: h.from_status, to: h.to_status, actor: { id: h.actor_id, role: h.actor_role }, at: h.at };
  if (h.reason !== null) entry.reason = h.reason;
  if (h.comments !== null) entry.comments = JSON.parse(h.comments) as Record<string, string>;
  if (h.path !== null) entry.path = h.path;
  return entry;
}

/** A row as a summary. */
function summaryOf(row: Omit<RecordRow, 'data'>): RecordSummary {
  const summary: RecordSummary = {
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
  };
  if (row.unit !== null) summary.unit = row.unit;
  return summary;
}

/** The records table and the history table. */
export class RecordsRepository {
  readonly #db: Db;
  readonly #statements: ReturnType<typeof prepareRecordStatements>;
  readonly #getInTransaction: Database.Transaction<(id: string) => StoredRecord | undefined>;
  /** List statements by the filters they use (at most 2⁶ shapes). */
  readonly #lists = new Map<string, { page: Database.Statement; count: Database.Statement }>();
  /** History entries loaded with a record. */
  readonly historyInView: number;

  constructor(db: Db, historyInView = 20) {
    this.#db = db;
    this.#statements = prepareRecordStatements(db);
    this.#getInTransaction = db.transaction((id: string) => this.#getNow(id));
    this.historyInView = historyInView;
  }

  /**
   * Creates a draft record for a candidate (filed under `unit`), unless the candidate already has a
   * record of this form and year (COMMON-11: one declaration per form and exam year); then nothing is
   * written and the existing record is answered with `existing: true`. Throws {@link TooManyRecords}
   * when the candidate already holds `maxPerCandidate`. Check and insert are one transaction.
   */
  create(
    input: { id: string; form: string; year: number; candidateId: string; unit?: string; at: string },
    maxPerCandidate = Infinity,
  ): { record: StoredRecord; existing: boolean } {
    const run = this.#db.transaction((): { id: string; existing: boolean } | undefined => {
      const found = this.#statements.findOwn.get({ candidateId: input.candidateId, form: input.form, year: input.year });
      if (found !== undefined) return { id: found.id, existing: true };
      if (this.#statements.countOfCandidate.get(input.candidateId)!.n >= maxPerCandidate) return undefined;
      this.#statements.insert.run({ ...input, unit: input.unit ?? null });
      return { id: input.id, existing: false };
    });
    const created = run.immediate();
    if (created === undefined) throw new TooManyRecords(maxPerCandidate);
    return { record: this.get(created.id)!, existing: created.existing };
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

  /** The id and data of a candidate's most recently approved record of `form`, or undefined (one query: it runs with every submission). */
  newestApproved(candidateId: string, form: string): { id: string; data: unknown } | undefined {
    const row = this.#statements.newestApproved.get(candidateId, form);
    return row === undefined ? undefined : { id: row.id, data: JSON.parse(row.data) as unknown };
  }

  /** How many records a candidate holds. */
  countOfCandidate(candidateId: string): number {
    return this.#statements.countOfCandidate.get(candidateId)!.n;
  }

  /** A page of a record's history, newest first, before entry `beforeSeq` (default: from the newest). */
  historyPage(recordId: string, limit: number, beforeSeq = Number.MAX_SAFE_INTEGER): { entries: NumberedHistoryEntry[]; total: number; next?: number } {
    const rows = this.#statements.historyBefore.all(recordId, beforeSeq, limit + 1);
    const entries = rows.slice(0, limit).map(entryOf);
    const total = this.#statements.historyCount.get(recordId)!.n;
    const last = entries[entries.length - 1];
    return rows.length > limit && last !== undefined ? { entries, total, next: last.seq } : { entries, total };
  }

  /**
   * The record with its newest history entries, or undefined. Its statements run in one read
   * transaction: one consistent snapshot, and one WAL read lock instead of one per statement.
   */
  get(id: string): StoredRecord | undefined {
    return this.#getInTransaction.deferred(id);
  }

  #getNow(id: string): StoredRecord | undefined {
    const row = this.#statements.get.get(id);
    if (row === undefined) return undefined;
    const history = this.#statements.recentHistory.all(id, this.historyInView).reverse().map(({ seq: _seq, ...h }) => {
      const { seq: _n, ...entry } = entryOf({ seq: 0, ...h });
      return entry as StoredHistoryEntry;
    });
    const record: StoredRecord = {
      ...summaryOf(row),
      data: JSON.parse(row.data) as unknown,
      history,
      historyCount: history.length < this.historyInView ? history.length : this.#statements.historyCount.get(id)!.n,
    };
    const comments = this.#statements.latestComments.get(id);
    if (comments !== undefined) record.latestComments = JSON.parse(comments.comments) as Record<string, string>;
    return record;
  }

  /** One page of the records matching `filter`, newest first, after `cursor`; with the total that match. */
  list(filter: RecordFilter, limit = 50, cursor?: RecordCursor): RecordPage {
    const where: string[] = [];
    if (filter.candidateId !== undefined) where.push('candidate_id = @candidateId');
    if (filter.unit !== undefined) where.push('unit = @unit');
    if (filter.status !== undefined) where.push('status = @status');
    if (filter.form !== undefined) where.push('form = @form');
    if (filter.year !== undefined) where.push('year = @year');
    const key = where.join(' AND ');
    let statements = this.#lists.get(key);
    if (statements === undefined) {
      const filtered = where.length === 0 ? '' : `WHERE ${key}`;
      const after = `${where.length === 0 ? 'WHERE' : `${filtered} AND`} (@createdAt IS NULL OR created_at < @createdAt OR (created_at = @createdAt AND id < @id))`;
      statements = {
        page: this.#db.prepare(`SELECT ${summaryColumns} FROM records ${after} ORDER BY created_at DESC, id DESC LIMIT @limit`),
        count: this.#db.prepare(`SELECT count(*) AS n FROM records ${filtered}`),
      };
      this.#lists.set(key, statements);
    }
    const params = { ...filter };
    const rows = statements.page.all({ ...params, createdAt: cursor?.createdAt ?? null, id: cursor?.id ?? null, limit: limit + 1 }) as Omit<RecordRow, 'data'>[];
    const records = rows.slice(0, limit).map(summaryOf);
    const total = (statements.count.get(params) as { n: number }).n;
    const last = records[records.length - 1];
    return rows.length > limit && last !== undefined ? { records, total, next: { createdAt: last.createdAt, id: last.id } } : { records, total };
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
