/**
 * The SQLite database: opened in WAL mode, the schema created or migrated on first start. Records,
 * their history (with review comments) and uploaded files (as BLOBs, addressed by a server-made id)
 * live in one file, so a backup is one copy of that file (with its -wal beside it while running).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** An open database connection. */
export type Db = Database.Database;

/**
 * The migrations, in order; `PRAGMA user_version` holds how many have been applied. Append new
 * ones, never edit an applied one.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE records (
    id                   TEXT PRIMARY KEY,
    form                 TEXT NOT NULL,
    year                 INTEGER NOT NULL,
    candidate_id         TEXT NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
    review_started       INTEGER NOT NULL DEFAULT 0,
    modification_allowed INTEGER NOT NULL DEFAULT 0,
    data                 TEXT NOT NULL DEFAULT '{}',
    version              INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
  ) STRICT;
  CREATE INDEX records_candidate ON records (candidate_id);
  CREATE INDEX records_status ON records (form, status);

  CREATE TABLE history (
    record_id   TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    action      TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    actor_id    TEXT NOT NULL,
    actor_role  TEXT NOT NULL,
    at          TEXT NOT NULL,
    reason      TEXT,
    comments    TEXT,
    PRIMARY KEY (record_id, seq)
  ) STRICT;

  CREATE TABLE files (
    id          TEXT PRIMARY KEY,
    record_id   TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    slot        TEXT NOT NULL,
    path        TEXT NOT NULL,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    width       INTEGER,
    height      INTEGER,
    content     BLOB NOT NULL,
    uploaded_by TEXT NOT NULL,
    created_at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX files_record ON files (record_id);
  `,
  // 2: uploads carry a client-made key, so a client that aborts an upload can cancel it for sure,
  // whether its bytes reached the server before the abort or not.
  `
  ALTER TABLE files ADD COLUMN upload_key TEXT;
  CREATE INDEX files_upload_key ON files (record_id, upload_key);
  CREATE TABLE cancelled_uploads (
    record_id  TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    upload_key TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (record_id, upload_key)
  ) STRICT;
  `,
  // 3: history entries that are no transition (a reviewer's `reveal` of a masked field names the
  // field's path, never its value), and the data as submitted with each `submit` entry, so a
  // reviewer sees what changed since the previous submission.
  `
  ALTER TABLE history ADD COLUMN path TEXT;
  ALTER TABLE history ADD COLUMN data TEXT;
  `,
  // 4: a record is filed under the unit of the candidate's credential (reviewers see their unit's);
  // lists are paged by (created_at, id) with filters on form, year, status and unit.
  `
  ALTER TABLE records ADD COLUMN unit TEXT;
  CREATE INDEX records_unit_page ON records (unit, created_at DESC, id DESC);
  CREATE INDEX records_candidate_page ON records (candidate_id, created_at DESC, id DESC);
  CREATE INDEX records_candidate_form_year ON records (candidate_id, form, year);
  `,
];

/** Applies the migrations the database does not have yet, each in its own transaction. */
export function migrate(db: Db): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  if (applied > migrations.length) {
    throw new Error(`数据库版本 ${applied} 比本程序支持的 ${migrations.length} 新，请升级服务端`);
  }
  for (let version = applied; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

/**
 * Opens (and on first start creates) the database file, with its folder: WAL journal, foreign
 * keys on, a busy timeout for a second process on the same file, then the migrations.
 * `':memory:'` opens a private in-memory database.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
