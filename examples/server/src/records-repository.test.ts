/**
 * The optimistic lock of the records table, without HTTP: two writers that read the same version
 * cannot both write, and the loser changes nothing (neither the record nor the history nor files).
 */
import { createRecord, transition } from '@shenbao/core';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase } from './database.js';
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
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    // Opening it again (a restart) applies nothing twice.
    const again = openDatabase(temp.dbFile);
    expect(again.pragma('user_version', { simple: true })).toBe(1);
    again.close();
  });

  test('of two writers that read the same version, exactly one writes', () => {
    const records = new RecordsRepository(db);
    const record = records.create({ id: 'r1', form: 'tcm-expertise', year: 2024, candidateId: 'c1', at: '2024-05-01T00:00:00.000Z' });
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
