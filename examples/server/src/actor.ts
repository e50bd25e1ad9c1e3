/**
 * Who is calling: the `x-actor-id` and `x-actor-role` headers. This reference server trusts them
 * as given; a real host sets them from its own authentication (a session, a token checked by a
 * gateway) and never lets the browser choose them.
 */
import type { LifecycleActor, LifecycleRole } from '@shenbao/core';
import type { FastifyRequest } from 'fastify';
import { limits } from './config.js';
import { ApiError } from './errors.js';

const roles: readonly LifecycleRole[] = ['candidate', 'reviewer'];

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value.trim() : undefined;
}

/** The actor of a request; 401 when the headers are missing or malformed. */
export function actorOf(request: FastifyRequest): LifecycleActor {
  const id = header(request, 'x-actor-id');
  const role = header(request, 'x-actor-role');
  if (id === undefined || id === '' || role === undefined || role === '') {
    throw new ApiError(401, 'actor-required', '缺少操作人：请求须带 x-actor-id 和 x-actor-role（candidate 或 reviewer）请求头');
  }
  if (id.length > limits.actorIdLength || /[\u0000-\u001f\u007f]/.test(id)) {
    throw new ApiError(401, 'actor-invalid', `x-actor-id 无效（最长 ${limits.actorIdLength} 个字符，不能含控制字符）`);
  }
  if (!(roles as readonly string[]).includes(role)) {
    throw new ApiError(401, 'actor-invalid', 'x-actor-role 只能是 candidate（考生）或 reviewer（审核人员）');
  }
  return { id, role: role as LifecycleRole };
}

/** The actor, who must be a candidate (403 otherwise). */
export function candidateOf(request: FastifyRequest): LifecycleActor {
  const actor = actorOf(request);
  if (actor.role !== 'candidate') throw new ApiError(403, 'forbidden-role', '只有考生可以进行此操作');
  return actor;
}
