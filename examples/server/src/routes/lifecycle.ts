/**
 * POST /records/:id/withdraw {reason?} — the candidate takes a submitted record back (until the
 * review starts).
 * POST /records/:id/review {action, reason?, comments?} — a reviewer: `start-review`, `approve`,
 * `return` or `allow-modification` (the last two need a reason). `comments` ({section, slot or
 * field: text}) are stored with the history entry and shown to the candidate (PEM-10).
 * Core's `transition()` decides what is allowed; the write is conditional on the version read (409).
 */
import { transition, type LifecycleAction, type LifecycleActor } from '@shenbao/core';
import type { FastifyInstance } from 'fastify';
import { actorOf, candidateOf } from '../actor.js';
import { limits } from '../config.js';
import { ApiError, conflictError, refusalError } from '../errors.js';
import { objectBody, optionalText } from '../json-body.js';
import { formOf, recordFor } from '../record-access.js';
import type { StoredRecord } from '../records-repository.js';
import { readerView } from '../record-view.js';
import { readComments } from '../review-comments.js';
import { lifecycleOf, type Services } from '../services.js';

const reviewActions: readonly LifecycleAction[] = ['start-review', 'approve', 'return', 'allow-modification'];

export function lifecycleRoutes(app: FastifyInstance, services: Services): void {
  const { records } = services;

  /** Applies an action and answers with the record. */
  const apply = (record: StoredRecord, actor: LifecycleActor, action: LifecycleAction, reason: string | undefined, comments?: Record<string, string>) => {
    const at = services.now().toISOString();
    const next = transition(lifecycleOf(record), action, reason === undefined ? { actor, at } : { actor, at, reason });
    if (!next.ok) throw refusalError(next);
    const write = comments === undefined ? { before: record, after: next.record, at } : { before: record, after: next.record, at, comments };
    if (!records.applyTransition(write)) throw conflictError();
    const saved = records.get(record.id)!;
    return readerView(services, saved, actor.role);
  };

  app.post<{ Params: { id: string } }>('/records/:id/withdraw', async (request) => {
    const actor = candidateOf(request);
    const record = recordFor(services, request.params.id, actor);
    const body = objectBody(request.body);
    return apply(record, actor, 'withdraw', optionalText(body, 'reason', limits.reasonLength, '原因'));
  });

  app.post<{ Params: { id: string } }>('/records/:id/review', async (request) => {
    const actor = actorOf(request);
    if (actor.role !== 'reviewer') throw new ApiError(403, 'forbidden-role', '只有审核人员可以审核');
    const record = recordFor(services, request.params.id, actor);
    const body = objectBody(request.body);
    const action = body.action;
    if (typeof action !== 'string' || !(reviewActions as readonly string[]).includes(action)) {
      throw new ApiError(422, 'invalid-action', `审核操作（action）须为 ${reviewActions.join('、')} 之一`);
    }
    const reason = optionalText(body, 'reason', limits.reasonLength, '原因');
    const comments = readComments(body.comments, formOf(services, record).definition);
    return apply(record, actor, action as LifecycleAction, reason, comments);
  });
}
