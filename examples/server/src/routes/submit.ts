/**
 * POST /records/:id/submit {data?} — the candidate submits. The server trusts nothing of the
 * client's verdict: it sanitizes the data, binds every attachment reference to a stored file of
 * this record (replacing the claimed metadata by the real one), and evaluates with the same
 * definition and resolved pack that `GET /forms/:id` hands out, with context facts of its own.
 * Incomplete: 422 with the issues and nothing stored. Complete: data, status and a history entry
 * are written in one transaction that only succeeds if nobody changed the record meanwhile (409).
 * Without `data`, the saved draft is submitted.
 */
import { transition } from '@shenbao/core';
import { evaluate } from '@shenbao/rules';
import type { FastifyInstance } from 'fastify';
import { candidateOf } from '../actor.js';
import { bindAttachmentRefs } from '../attachment-refs.js';
import { ApiError, conflictError, refusalError } from '../errors.js';
import { objectBody, sanitizeData } from '../json-body.js';
import { formOf, recordFor } from '../record-access.js';
import { recordView } from '../record-view.js';
import { lifecycleOf, type Services } from '../services.js';

export function submitRoutes(app: FastifyInstance, services: Services): void {
  const { records, files } = services;

  app.post<{ Params: { id: string } }>('/records/:id/submit', async (request) => {
    const actor = candidateOf(request);
    const record = recordFor(services, request.params.id, actor);
    const now = services.now();
    const at = now.toISOString();
    const next = transition(lifecycleOf(record), 'submit', { actor, at });
    if (!next.ok) throw refusalError(next);

    const body = objectBody(request.body);
    const { data, issues: inputIssues } = sanitizeData(body.data === undefined ? record.data : body.data);
    if (inputIssues.length > 0) throw new ApiError(422, 'unsafe-input', '申报数据含有不允许的字段，未提交', inputIssues);

    const form = formOf(services, record);
    const bound = bindAttachmentRefs(form.definition, data, record.id, (id) => files.get(id));
    const context = await services.contextFor(record, now);
    const verdict = await evaluate(form.definition, form.pack(record.year)!, bound.data, context);
    const issues = [...bound.issues, ...verdict.issues];
    if (issues.length > 0 || !verdict.complete) throw new ApiError(422, 'incomplete', '申报内容不完整或有误，未提交', issues);

    // Stored: the declaration as evaluated, without hidden / not-applicable values (COMMON-9).
    const stored = records.applyTransition({ before: record, after: next.record, at, data: verdict.declaration, submitted: verdict.declaration, keepFiles: bound.fileIds });
    if (!stored) throw conflictError();
    const saved = records.get(record.id)!;
    return recordView(saved, files.listByRecord(saved.id), actor.role);
  });
}
