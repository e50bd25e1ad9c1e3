/**
 * POST /records — a candidate starts a declaration (a draft) of a form and year, filed under the
 * unit of the candidate's credential; one per candidate, form and year (COMMON-11): a second is
 * refused with 409 `record-exists` and the existing `id`; at most `limits.recordsPerCandidate` records.
 * GET /records[?form=&year=&status=&unit=&limit=&cursor=] — one page of record summaries (no data),
 * newest first: a candidate's own, a reviewer's unit's. Answers `{ records, total, nextCursor? }`:
 * `total` counts every match, `nextCursor` fetches the next page (absent on the last).
 * GET /records/:id — the record: data, status, the newest history entries, review comments, files
 * (for a reviewer the numbers masked and the previous submission, see `readerView`).
 * GET /records/:id/history[?limit=&cursor=] — the history, newest first, one page at a time.
 * PUT /records/:id/draft — the candidate saves the draft. Only while it is editable (draft or
 * returned, as core's `transition(record, 'edit')` decides); the data may be incomplete, but it is
 * sanitized: unsafe keys are dropped and reported, oversized input is refused.
 */
import { statusLabel, transition, type RecordStatus } from '@shenbao/core';
import type { FastifyInstance } from 'fastify';
import { actorOf, candidateOf } from '../actor.js';
import { ApiError, conflictError, publicIssues, refusalError } from '../errors.js';
import { objectBody, sanitizeData } from '../json-body.js';
import { limits } from '../config.js';
import { recordFor } from '../record-access.js';
import { readerView, recordView } from '../record-view.js';
import { TooManyRecords, type RecordCursor, type RecordFilter } from '../records-repository.js';
import { lifecycleOf, type Services } from '../services.js';

const recordStatuses: readonly RecordStatus[] = ['draft', 'submitted', 'approved', 'returned'];

/** A page size from the query: 1–`limits.pageSize`, default 50; 422 otherwise. */
function pageSize(raw: string | undefined): number {
  if (raw === undefined) return Math.min(50, limits.pageSize);
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > limits.pageSize) throw new ApiError(422, 'invalid-limit', `limit 须为 1–${limits.pageSize} 的整数`);
  return Number(raw);
}

/** An opaque cursor: base64url of JSON. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The value of a cursor made by {@link encodeCursor}, checked by `valid`; 422 when it is not one. */
export function decodeCursor<T>(raw: string, valid: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = raw.length <= 512 ? JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) : undefined;
  } catch {
    value = undefined;
  }
  if (!valid(value)) throw new ApiError(422, 'invalid-cursor', 'cursor 无效：请使用上一页答复中的 nextCursor');
  return value;
}

const isRecordCursor = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';
const isSeqCursor = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

export function recordsRoutes(app: FastifyInstance, services: Services): void {
  const { records, files, catalog } = services;

  app.post('/records', async (request, reply) => {
    const actor = candidateOf(request);
    const body = objectBody(request.body);
    if (typeof body.form !== 'string') throw new ApiError(422, 'invalid-body', '须指定表单（form）');
    const form = catalog.get(body.form);
    if (form === undefined) throw new ApiError(404, 'unknown-form', `没有表单“${body.form}”`);
    const year = body.year === undefined || body.year === null ? form.newestYear : body.year;
    if (typeof year !== 'number' || form.pack(year) === undefined) {
      throw new ApiError(422, 'unknown-year', `表单“${form.id}”没有该年度的规则包（已有：${form.years.join('、')}）`);
    }
    const input = { id: services.newId(), form: form.id, year, candidateId: actor.id, at: services.now().toISOString(), ...(actor.unit === undefined ? {} : { unit: actor.unit }) };
    let created;
    try {
      created = records.create(input, limits.recordsPerCandidate);
    } catch (error) {
      if (error instanceof TooManyRecords) throw new ApiError(422, 'too-many-records', `每位考生最多保存 ${error.limit} 份申报，请先处理已有的申报`);
      throw error;
    }
    const { record, existing } = created;
    if (existing) {
      // COMMON-11: one declaration per candidate, form and exam year; the client opens the existing one.
      return reply.code(409).send({
        error: { code: 'record-exists', message: `您已有 ${year} 年度的“${form.title['zh-CN']}”申报，请在进度查询中打开它` },
        id: record.id,
      });
    }
    return reply.code(201).send(recordView(record, [], actor.role));
  });

  app.get<{ Querystring: { status?: string; form?: string; year?: string; unit?: string; limit?: string; cursor?: string } }>('/records', async (request) => {
    const actor = actorOf(request);
    const { status, form, year, unit, cursor } = request.query;
    if (status !== undefined && !(recordStatuses as readonly string[]).includes(status)) {
      throw new ApiError(422, 'invalid-status', `status 须为 ${recordStatuses.join('、')} 之一`);
    }
    if (year !== undefined && !/^\d{4}$/.test(year)) throw new ApiError(422, 'invalid-year', 'year 须为四位年份');
    const filter: RecordFilter = {};
    if (actor.role === 'candidate') filter.candidateId = actor.id;
    else {
      // A reviewer sees their own unit only; asking for another one is refused, not silently narrowed.
      if (unit !== undefined && unit !== actor.unit) throw new ApiError(403, 'forbidden-unit', '只能查看本单位的申报');
      filter.unit = actor.unit ?? '';
    }
    if (status !== undefined) filter.status = status as RecordStatus;
    if (form !== undefined) filter.form = form;
    if (year !== undefined) filter.year = Number(year);
    const after = cursor === undefined ? undefined : decodeCursor(cursor, isRecordCursor);
    const start: RecordCursor | undefined = after === undefined ? undefined : { createdAt: after[0], id: after[1] };
    const page = records.list(filter, pageSize(request.query.limit), start);
    return {
      records: page.records.map((r) => ({ ...r, statusLabel: statusLabel(r.status) })),
      total: page.total,
      ...(page.next === undefined ? {} : { nextCursor: encodeCursor([page.next.createdAt, page.next.id]) }),
    };
  });

  app.get<{ Params: { id: string }; Querystring: { limit?: string; cursor?: string } }>('/records/:id/history', async (request) => {
    const actor = actorOf(request);
    const record = recordFor(services, request.params.id, actor);
    const before = request.query.cursor === undefined ? undefined : decodeCursor(request.query.cursor, isSeqCursor);
    const page = records.historyPage(record.id, pageSize(request.query.limit), before);
    return { history: page.entries, total: page.total, ...(page.next === undefined ? {} : { nextCursor: encodeCursor(page.next) }) };
  });

  app.get<{ Params: { id: string } }>('/records/:id', async (request) => {
    const actor = actorOf(request);
    const record = recordFor(services, request.params.id, actor);
    return readerView(services, record, actor.role);
  });

  app.put<{ Params: { id: string } }>('/records/:id/draft', async (request) => {
    const actor = candidateOf(request);
    const record = recordFor(services, request.params.id, actor);
    const at = services.now().toISOString();
    const allowed = transition(lifecycleOf(record), 'edit', { actor, at });
    if (!allowed.ok) throw refusalError(allowed);
    const body = objectBody(request.body);
    const { data, issues } = sanitizeData(body.data);
    if (!records.saveDraft(record.id, record.version, data, at)) throw conflictError();
    const saved = records.get(record.id)!;
    return { ...recordView(saved, files.listByRecord(saved.id), actor.role), issues: publicIssues(issues) };
  });
}
