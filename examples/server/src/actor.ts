/**
 * Who is calling: the caller named by the request's verified credential (a signed token as
 * `Authorization: Bearer …`, or the session cookie of `POST /auth/login` with its CSRF token; see
 * auth.ts). Route handlers ask only these functions; none of them reads a header the client could
 * choose. The role, the unit and the display name come from the credential, never from the body.
 */
import type { FastifyRequest } from 'fastify';
import type { Caller } from './auth.js';
import { ApiError } from './errors.js';

export type { Caller } from './auth.js';

const failures: Record<string, string> = {
  'token-expired': '登录已过期，请重新登录',
  'token-invalid': '登录凭据无效，请重新登录',
  'token-subject': '登录凭据无效（缺少用户标识），请重新登录',
  'token-role': '登录凭据无效（角色只能是考生或审核人员），请重新登录',
  'token-unit': '登录凭据无效（审核人员须属于一个单位），请重新登录',
  'token-name': '登录凭据无效（姓名不合要求），请重新登录',
};

/** The caller of a request; 401 without a valid credential. */
export function actorOf(request: FastifyRequest): Caller {
  if (request.caller !== undefined) return request.caller;
  if (request.authFailure !== undefined) throw new ApiError(401, 'auth-invalid', failures[request.authFailure] ?? failures['token-invalid']!);
  throw new ApiError(401, 'auth-required', '请先登录（缺少登录凭据）');
}

/** The caller, who must be a candidate (403 otherwise). */
export function candidateOf(request: FastifyRequest): Caller {
  const actor = actorOf(request);
  if (actor.role !== 'candidate') throw new ApiError(403, 'forbidden-role', '只有考生可以进行此操作');
  return actor;
}

/** The caller, who must be a reviewer of a unit (403 otherwise). */
export function reviewerOf(request: FastifyRequest): Caller & { unit: string } {
  const actor = actorOf(request);
  if (actor.role !== 'reviewer' || actor.unit === undefined) throw new ApiError(403, 'forbidden-role', '只有审核人员可以进行此操作');
  return actor as Caller & { unit: string };
}
