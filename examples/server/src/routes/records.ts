/**
 * POST /records — a candidate starts a declaration (a draft) of a form and year; one per candidate,
 * form and year (COMMON-11): a second is refused with 409 `record-exists` and the existing `id`.
 * GET /records[?status=&form=] — record summaries (no data): a candidate's own, or for a reviewer
 * all of them (scoping reviewers to their unit is the host's job).
 * GET /records/:id — the record: data, status, history, review comments, files (for a reviewer the
 * numbers masked and the previous submission, see `readerView`).
 * PUT /records/:id/draft — the candidate saves the draft. Only while it is editable (draft or
 * returned, as core's `transition(record, 'edit')` decides); the data may be incomplete, but it is
 * sanitized: unsafe keys are dropped and reported, oversized input is refused.
 */
import { statusLabel, transition, type RecordStatus } from '@shenbao/core';
import type { FastifyInstance } from 'fastify';
import { actorOf, candidateOf } from '../actor.js';
import { ApiError, conflictError, publicIssues, refusalError } from '../errors.js';
import { objectBody, sanitizeData } from '../json-body.js';
import { recordFor } from '../record-access.js';
import { readerView, recordView } from '../record-view.js';
import type { RecordFilter } from '../records-repository.js';
import { lifecycleOf, type Services } from '../services.js';

const recordStatuses: readonly RecordStatus[] = ['draft', 'submitted', 'approved', 'returned'];

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
    const { record, existing } = records.create({ id: services.newId(), form: form.id, year, candidateId: actor.id, at: services.now().toISOString() });
    if (existing) {
      // COMMON-11: one declaration per candidate, form and exam year; the client opens the existing one.
      return reply.code(409).send({
        error: { code: 'record-exists', message: `您已有 ${year} 年度的“${form.title['zh-CN']}”申报，请在进度查询中打开它` },
        id: record.id,
      });
    }
    return reply.code(201).send(recordView(record, [], actor.role));
  });

  app.get<{ Querystring: { status?: string; form?: string } }>('/records', async (request) => {
    const actor = actorOf(request);
    const { status, form } = request.query;
    if (status !== undefined && !(recordStatuses as readonly string[]).includes(status)) {
      throw new ApiError(422, 'invalid-status', `status 须为 ${recordStatuses.join('、')} 之一`);
    }
    const filter: RecordFilter = {};
    if (actor.role === 'candidate') filter.candidateId = actor.id;
    if (status !== undefined) filter.status = status as RecordStatus;
    if (form !== undefined) filter.form = form;
    return { records: records.list(filter).map((r) => ({ ...r, statusLabel: statusLabel(r.status) })) };
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
