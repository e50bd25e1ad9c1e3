/**
 * Loading a record for an actor: 404 when there is none, 403 when a candidate asks for another
 * candidate's record. Reviewers may read every record; scoping reviewers to their unit is the
 * host's job.
 */
import type { LifecycleActor } from '@shenbao/core';
import { ApiError } from './errors.js';
import type { CatalogForm } from './forms-catalog.js';
import type { StoredRecord } from './records-repository.js';
import type { Services } from './services.js';

/** The record `id` as `actor` may see it. */
export function recordFor(services: Services, id: string, actor: LifecycleActor): StoredRecord {
  const record = services.records.get(id);
  if (record === undefined) throw new ApiError(404, 'not-found', '申报记录不存在');
  if (actor.role === 'candidate' && record.candidateId !== actor.id) throw new ApiError(403, 'forbidden', '无权访问此申报记录');
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
