/**
 * The optimistic lock of the records table, without HTTP: two writers that read the same version
 * cannot both write, and the loser changes nothing (neither the record nor the history nor files).
 */
import { createRecord, transition } from '@shenbao/core';
import { afterAll, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { migrations, openDatabase } from './database.js';
import { FilesRepository } from './files-repository.js';
import { RecordsRepository } from './records-repository.js';
import { lifecycleOf } from './services.js';
import { tempDatabase } from './test-support/test-server.js';

const temp = tempDatabase();
const db = openDatabase(temp.dbFile);
afterAll(() => {
  db.close();
  temp.remove();
});

describe('records repository', () => {
  test('the database is created in WAL mode with the schema', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    // Opening it again (a restart) applies nothing twice.
    const again = openDatabase(temp.dbFile);
    expect(again.pragma('user_version', { simple: true })).toBe(migrations.length);
    again.close();
  });

  test('a database of the first version is migrated in place: its records and files stay, uploads get cancellation keys', () => {
    const old = tempDatabase();
    const v1 = new Database(old.dbFile);
    v1.exec(migrations[0]!);
    v1.pragma('user_version = 1');
    v1.prepare(`INSERT INTO records (id, form, year, candidate_id, status, created_at, updated_at) VALUES ('r0', 'tcm-expertise', 2024, 'c0', 'draft', 't', 't')`).run();
    v1.prepare(`INSERT INTO files (id, record_id, slot, path, name, type, size, content, uploaded_by, created_at) VALUES ('f0', 'r0', 's', '/p', 'a.png', 'image/png', 1, x'00', 'c0', 't')`).run();
    v1.close();
    const migrated = openDatabase(old.dbFile);
    expect(migrated.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(migrated.prepare('SELECT id, upload_key FROM files').all()).toEqual([{ id: 'f0', upload_key: null }]);
    expect(new FilesRepository(migrated).cancelUpload('r0', 'never-sent-key', 't')).toBe(0);
    expect(migrated.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 1 });
    migrated.close();
    old.remove();
  });

  test('of two writers that read the same version, exactly one writes', () => {
    const records = new RecordsRepository(db);
    const { record } = records.create({ id: 'r1', form: 'tcm-expertise', year: 2024, candidateId: 'c1', at: '2024-05-01T00:00:00.000Z' });
    expect(lifecycleOf(record)).toEqual(createRecord());
    const actor = { id: 'c1', role: 'candidate' as const };
    const first = transition(lifecycleOf(record), 'submit', { actor, at: '2024-05-01T00:00:01.000Z' });
    const second = transition(lifecycleOf(record), 'submit', { actor, at: '2024-05-01T00:00:02.000Z' });
    if (!first.ok || !second.ok) throw new Error('submit refused');

    expect(records.applyTransition({ before: record, after: first.record, at: '2024-05-01T00:00:01.000Z', data: { a: 1 } })).toBe(true);
    const stored = records.get('r1')!;
    expect(records.applyTransition({ before: record, after: second.record, at: '2024-05-01T00:00:02.000Z', data: { b: 2 } })).toBe(false);
    expect(records.saveDraft('r1', record.version, { c: 3 }, '2024-05-01T00:00:03.000Z')).toBe(false);
    expect(records.get('r1')).toEqual(stored);
    expect(stored).toMatchObject({ status: 'submitted', version: 2, data: { a: 1 }, history: [{ action: 'submit', at: '2024-05-01T00:00:01.000Z' }] });
  });
});
