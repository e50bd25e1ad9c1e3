/**
 * Loading a record for a caller: 404 when there is none, 403 when a candidate asks for another
 * candidate's record or a reviewer for a record of another unit (a unit reviews its own candidates).
 */
import type { LifecycleActor } from '@shenbao/core';
import type { Caller } from './auth.js';
import { ApiError } from './errors.js';
import type { CatalogForm } from './forms-catalog.js';
import type { StoredRecord } from './records-repository.js';
import type { Services } from './services.js';

/** Whether `caller` may see `record`: its own candidate, or a reviewer of the unit it is filed under. */
export function mayAccess(record: Pick<StoredRecord, 'candidateId' | 'unit'>, caller: LifecycleActor & { unit?: string }): boolean {
  if (caller.role === 'candidate') return record.candidateId === caller.id;
  return caller.role === 'reviewer' && caller.unit !== undefined && record.unit === caller.unit;
}

/** The record `id` as `actor` may see it. */
export function recordFor(services: Services, id: string, actor: Caller): StoredRecord {
  const record = services.records.get(id);
  if (record === undefined) throw new ApiError(404, 'not-found', '申报记录不存在');
  if (!mayAccess(record, actor)) throw new ApiError(403, 'forbidden', '无权访问此申报记录');
  return record;
}

/** The form of a record (always known: records are only created for known forms). */
export function formOf(services: Services, record: StoredRecord): CatalogForm {
  const form = services.catalog.get(record.form);
  if (form === undefined || form.pack(record.year) === undefined) {
    throw new ApiError(500, 'unknown-form', `服务端不再提供表单 ${record.form} 的 ${record.year} 年规则包`);
  }
  return form;
}
