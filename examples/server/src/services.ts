/**
 * What the routes share: the repositories, the forms, the clock, the id generator and the context
 * facts the rules may read. Built once by `buildApp`.
 */
import type { LifecycleRecord } from '@shenbao/core';
import type { Db } from './database.js';
import type { FilesRepository } from './files-repository.js';
import type { FormsCatalog } from './forms-catalog.js';
import type { RecordsRepository, StoredRecord } from './records-repository.js';

/** The context facts for evaluating a record (`today`, the candidate's unit …), owned by the server. */
export type ContextProvider = (record: StoredRecord, now: Date) => unknown;

/** The services of one app instance. */
export interface Services {
  db: Db;
  records: RecordsRepository;
  files: FilesRepository;
  catalog: FormsCatalog;
  /** The current time (injectable for tests). */
  now: () => Date;
  newId: () => string;
  contextFor: ContextProvider;
}

/** Today's date in China (UTC+8), `YYYY-MM-DD`: the default `today` context fact (rules' `chinaToday`, written once). */
export { chinaToday as chinaDate } from '@shenbao/rules';
import { chinaToday as chinaDate } from '@shenbao/rules';

/** The default context: only `today`, from the server's clock (never from the client). */
export const defaultContext: ContextProvider = (_record, now) => ({ today: chinaDate(now) });

/** A lifecycle record (status, flags, history) from a stored record. */
export function lifecycleOf(record: StoredRecord): LifecycleRecord {
  return {
    status: record.status,
    reviewStarted: record.reviewStarted,
    modificationAllowed: record.modificationAllowed,
    history: record.history,
  };
}
