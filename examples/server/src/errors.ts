/**
 * Errors as the API answers them: `{ error: { code, message } }` with a zh-CN message, plus the
 * issues (path, code, message) where there are some. Fastify's own errors (body too large, wrong
 * content type …) are mapped to the same shape. Nothing here echoes request data: messages are
 * fixed texts, and only 5xx errors are logged with their message.
 */
import type { Issue, TransitionResult } from '@shenbao/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** An issue as sent to clients: no `params` (they may echo input). */
export interface PublicIssue {
  path: string;
  code: string;
  message: string;
  source: string;
}

/** The body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string };
  issues?: PublicIssue[];
}

/** An error with its HTTP status, machine code, zh-CN message and optional issues. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly Issue[] | undefined;

  constructor(status: number, code: string, message: string, issues?: readonly Issue[]) {
    // A refusal is an answer, not a bug: its stack is never logged, so none is captured (it cost
    // a measurable share of every refused submit).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/** Issues without their params. */
export function publicIssues(issues: readonly Issue[]): PublicIssue[] {
  return issues.map(({ path, code, message, source }) => ({ path, code, message, source }));
}

/** The error for a lifecycle transition that core's `transition()` refused. */
export function refusalError(result: Extract<TransitionResult, { ok: false }>): ApiError {
  const status = result.code === 'forbidden-role' ? 403 : result.code === 'reason-required' ? 422 : 409;
  return new ApiError(status, result.code, result.reason);
}

/** The error when an optimistic write lost against a concurrent one. */
export function conflictError(): ApiError {
  return new ApiError(409, 'conflict', '记录已被其他请求修改，请刷新后重试');
}

/** Fastify and plugin error codes mapped to our answers. */
const knownErrors: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'too-large', message: '请求数据过大' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported-media-type', message: '不支持的请求内容类型，请发送 JSON（上传文件用 multipart/form-data）' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad-request', message: '请求长度与内容不符' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid-json', message: '请求体为空，须为 JSON 对象' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'multipart-required', message: '上传文件须使用 multipart/form-data' },
  FST_FILES_LIMIT: { status: 413, code: 'too-many-files', message: '一次只能上传一个文件' },
  FST_PARTS_LIMIT: { status: 413, code: 'too-large', message: '上传请求的组成部分过多' },
  FST_FIELDS_LIMIT: { status: 413, code: 'too-large', message: '上传请求的字段过多' },
  FST_PROTO_VIOLATION: { status: 400, code: 'unsafe-key', message: '上传请求含有不允许的字段名' },
  FST_CSRF_MISSING_SECRET: { status: 403, code: 'csrf-invalid', message: '缺少防跨站请求令牌：请刷新页面后重试' },
  FST_CSRF_INVALID_TOKEN: { status: 403, code: 'csrf-invalid', message: '防跨站请求令牌（x-csrf-token）无效：请刷新页面后重试' },
};

/** Sends an error in the API's shape. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string, issues?: readonly Issue[]): FastifyReply {
  const body: ErrorBody = { error: { code, message } };
  if (issues !== undefined) body.issues = publicIssues(issues);
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Fastify's error handler: every error becomes `{ error: { code, message } }`. */
export function handleError(error: FastifyError | ApiError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ApiError) {
    request.log.info({ code: error.code, statusCode: error.status }, 'request refused');
    return sendError(reply, error.status, error.code, error.message, error.issues);
  }
  const code = (error as FastifyError).code;
  const known = code === undefined ? undefined : knownErrors[code];
  if (known !== undefined) {
    request.log.info({ code: known.code, statusCode: known.status }, 'request refused');
    return sendError(reply, known.status, known.code, known.message);
  }
  const status = (error as FastifyError).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    request.log.info({ code: 'bad-request', statusCode: status }, 'request refused');
    return sendError(reply, status, 'bad-request', '请求无效');
  }
  request.log.error({ err: error }, 'internal error');
  return sendError(reply, 500, 'internal', '服务器内部错误');
}

/** Fastify's `frameworkErrors`: router errors in the API's shape (414 for a parameter over 100 characters). */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  request.log.info({ code: error.code, statusCode: tooLong ? 414 : 400 }, 'request refused');
  return tooLong ? sendError(reply, 414, 'uri-too-long', '请求地址中的标识过长（最多 100 个字符）') : sendError(reply, 400, 'bad-url', '请求地址无效');
}

/** Fastify's not-found handler. */
export function handleNotFound(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendError(reply, 404, 'not-found', '没有这个接口');
}
