/**
 * POST /records/:id/reveal {path} — a reviewer sees one masked field of a record in full
 * (COMMON-4). Only a pointer that the reviewer's view masks can be revealed; the answer is
 * `{ path, value }`, and the record's history gets an entry `reveal` naming the path (never the
 * value), shown in the progress view as 查看了 <field>. The record's state and version stay as they are.
 */
import { compileForm, getAt, maskData } from '@shenbao/core';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../actor.js';
import { ApiError } from '../errors.js';
import { objectBody } from '../json-body.js';
import { formOf, recordFor } from '../record-access.js';
import type { Services } from '../services.js';

export function revealRoutes(app: FastifyInstance, services: Services): void {
  app.post<{ Params: { id: string } }>('/records/:id/reveal', async (request) => {
    const actor = actorOf(request);
    if (actor.role !== 'reviewer') throw new ApiError(403, 'forbidden-role', '只有审核人员可以查看被遮挡的号码');
    const record = recordFor(services, request.params.id, actor);
    const path = objectBody(request.body).path;
    if (typeof path !== 'string' || !path.startsWith('/') || path.length > 500) {
      throw new ApiError(422, 'invalid-body', '须指定要查看的字段（path，JSON Pointer，如 /applicant/idNumber）');
    }
    const now = services.now();
    const { paths } = maskData(record.data, compileForm(formOf(services, record).definition).index, now);
    if (!paths.includes(path)) throw new ApiError(404, 'not-masked', '该字段没有被遮挡的号码');
    services.records.appendReveal(record, actor, path, now.toISOString());
    return { path, value: getAt(record.data, path) };
  });
}
