/**
 * JSON request bodies: parsed with core's `parseJson` (a `__proto__` key stays a plain key for
 * `sanitizeInput` to drop and report; a syntax error names line and column, never a snippet of the
 * body) and sanitized before any handler looks at them.
 */
import { parseJson, sanitizeInput, type Issue } from '@shenbao/core';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.js';

/** Replaces Fastify's JSON parser (which throws on `__proto__`) by core's, and removes its text/plain parser. */
export function registerJsonParser(app: FastifyInstance): void {
  // Fastify also reads text/plain by default; the API takes JSON only (415 for anything else).
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if ((body as string).trim() === '') return done(null, undefined); // no body: as if none was sent
    const parsed = parseJson(body as string, '请求体');
    if (parsed.ok) done(null, parsed.value);
    else done(new ApiError(400, 'invalid-json', parsed.error.message), undefined);
  });
}

/** The body as an object (an absent body is `{}`); 400 for anything else. */
export function objectBody(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 'invalid-body', '请求体须为 JSON 对象');
  return body as Record<string, unknown>;
}

/** Declaration data, sanitized: unsafe keys dropped (and reported), oversized input refused (413 / 422). */
export function sanitizeData(raw: unknown): { data: Record<string, unknown>; issues: Issue[] } {
  const clean = sanitizeInput(raw);
  if (clean.refused) {
    const tooLarge = clean.issues.some((i) => i.code === 'too-large');
    throw new ApiError(tooLarge ? 413 : 422, tooLarge ? 'too-large' : 'too-deep', tooLarge ? '申报数据过大，未保存' : '申报数据嵌套过深，未保存', clean.issues);
  }
  if (typeof clean.value !== 'object' || clean.value === null || Array.isArray(clean.value)) {
    throw new ApiError(422, 'invalid-data', '申报数据（data）须为 JSON 对象');
  }
  return { data: clean.value as Record<string, unknown>, issues: clean.issues };
}

/** An optional string field of a body, at most `max` characters; 422 otherwise. */
export function optionalText(body: Record<string, unknown>, key: string, max: number, label: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ApiError(422, 'invalid-body', `${label}须为文本`);
  if (value.length > max) throw new ApiError(422, 'invalid-body', `${label}最多 ${max} 个字符`);
  return value;
}
