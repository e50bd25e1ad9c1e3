/**
 * Uploaded files in SQLite, as BLOBs addressed by a server-generated id (never by a client-given
 * name or path). The metadata stored is what the content check found (sniffed type, real size,
 * pixel dimensions), so it can replace whatever a client later claims about the file.
 */
import type { AttachmentRef } from '@shenbao/core';
import type { Db } from './database.js';

/** A stored file's metadata. */
export interface StoredFile extends AttachmentRef {
  recordId: string;
  /** The slot it was checked against. */
  slot: string;
  /** The slot instance it was uploaded for (`/teachers/0/attachments/teacherIdCard`). */
  path: string;
  uploadedBy: string;
  createdAt: string;
}

/** A file to store: its metadata and its bytes. */
export interface NewFile extends StoredFile {
  content: Uint8Array;
  /** The client's key for this upload (`x-upload-key`), by which it can cancel it. */
  uploadKey?: string;
}

interface FileRow {
  id: string;
  record_id: string;
  slot: string;
  path: string;
  name: string;
  type: string;
  size: number;
  width: number | null;
  height: number | null;
  uploaded_by: string;
  created_at: string;
}

const metaColumns = 'id, record_id, slot, path, name, type, size, width, height, uploaded_by, created_at';

function toFile(row: FileRow): StoredFile {
  const file: StoredFile = {
    id: row.id,
    name: row.name,
    type: row.type,
    size: row.size,
    recordId: row.record_id,
    slot: row.slot,
    path: row.path,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
  if (row.width !== null) file.width = row.width;
  if (row.height !== null) file.height = row.height;
  return file;
}

/** The reference to put in the declaration data for a stored file. */
export function attachmentRefOf(file: StoredFile): AttachmentRef {
  const ref: AttachmentRef = { id: file.id, name: file.name, type: file.type, size: file.size };
  if (file.width !== undefined) ref.width = file.width;
  if (file.height !== undefined) ref.height = file.height;
  return ref;
}

/** Whether a file was stored, or why not (`cancelled`: its client cancelled the upload meanwhile). */
export type InsertFileResult = 'stored' | 'locked' | 'too-many' | 'cancelled';

/** The prepared statements, compiled once per connection. */
function prepareFileStatements(db: Db) {
  return {
    editable: db.prepare<[string], { n: number }>(
      `SELECT count(*) AS n FROM records WHERE id = ? AND status IN ('draft', 'returned')`,
    ),
    count: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM files WHERE record_id = ?'),
    cancelled: db.prepare<[string, string], { n: number }>(
      'SELECT count(*) AS n FROM cancelled_uploads WHERE record_id = ? AND upload_key = ?',
    ),
    insert: db.prepare(
      `INSERT INTO files (id, record_id, slot, path, name, type, size, width, height, content, uploaded_by, created_at, upload_key)
       VALUES (@id, @recordId, @slot, @path, @name, @type, @size, @width, @height, @content, @uploadedBy, @createdAt, @uploadKey)`,
    ),
    cancel: db.prepare(
      `INSERT INTO cancelled_uploads (record_id, upload_key, at) VALUES (@recordId, @uploadKey, @at)
       ON CONFLICT (record_id, upload_key) DO NOTHING`,
    ),
    deleteByKey: db.prepare(
      `DELETE FROM files WHERE record_id = @recordId AND upload_key = @uploadKey
       AND EXISTS (SELECT 1 FROM records WHERE id = @recordId AND status IN ('draft', 'returned'))`,
    ),
    get: db.prepare<[string], FileRow>(`SELECT ${metaColumns} FROM files WHERE id = ?`),
    content: db.prepare<[string], { content: Buffer }>('SELECT content FROM files WHERE id = ?'),
    byRecord: db.prepare<[string], FileRow>(`SELECT ${metaColumns} FROM files WHERE record_id = ? ORDER BY created_at, rowid`),
    delete: db.prepare(
      `DELETE FROM files WHERE id = @id AND record_id = @recordId
       AND EXISTS (SELECT 1 FROM records WHERE id = @recordId AND status IN ('draft', 'returned'))`,
    ),
  };
}

/** The files table. */
export class FilesRepository {
  readonly #db: Db;
  readonly #statements: ReturnType<typeof prepareFileStatements>;

  constructor(db: Db) {
    this.#db = db;
    this.#statements = prepareFileStatements(db);
  }

  /**
   * Stores a file, in one transaction with the check that its record is still editable (a
   * submission that committed meanwhile locks it) and holds fewer than `maxFiles` files.
   */
  insert(file: NewFile, maxFiles: number): InsertFileResult {
    const run = this.#db.transaction((): InsertFileResult => {
      if (file.uploadKey !== undefined && this.#statements.cancelled.get(file.recordId, file.uploadKey)!.n > 0) return 'cancelled';
      if (this.#statements.editable.get(file.recordId)!.n !== 1) return 'locked';
      if (this.#statements.count.get(file.recordId)!.n >= maxFiles) return 'too-many';
      this.#statements.insert.run({
        id: file.id,
        recordId: file.recordId,
        slot: file.slot,
        path: file.path,
        name: file.name,
        type: file.type,
        size: file.size,
        width: file.width ?? null,
        height: file.height ?? null,
        content: file.content,
        uploadedBy: file.uploadedBy,
        createdAt: file.createdAt,
        uploadKey: file.uploadKey ?? null,
      });
      return 'stored';
    });
    return run.immediate();
  }

  /** A file's metadata, or undefined. */
  get(id: string): StoredFile | undefined {
    const row = this.#statements.get.get(id);
    return row === undefined ? undefined : toFile(row);
  }

  /** A file's bytes, or undefined. */
  content(id: string): Buffer | undefined {
    return this.#statements.content.get(id)?.content;
  }

  /** The files of a record, oldest first. */
  listByRecord(recordId: string): StoredFile[] {
    return this.#statements.byRecord.all(recordId).map(toFile);
  }

  /**
   * Cancels the upload its client keyed `uploadKey`, in one transaction: a file it already stored
   * is deleted (while the record is editable), and one still arriving will be refused by
   * {@link insert}. Returns how many files were deleted (0 or 1).
   */
  cancelUpload(recordId: string, uploadKey: string, at: string): number {
    const run = this.#db.transaction((): number => {
      this.#statements.cancel.run({ recordId, uploadKey, at });
      return this.#statements.deleteByKey.run({ recordId, uploadKey }).changes;
    });
    return run.immediate();
  }

  /** Deletes a file of an editable record; false when there was none or the record is locked. */
  delete(id: string, recordId: string): boolean {
    return this.#statements.delete.run({ id, recordId }).changes === 1;
  }
}
