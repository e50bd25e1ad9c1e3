/**
 * How often one may try to sign in (`POST /auth/login`, `POST /auth/token`), counted with
 * @fastify/rate-limit's store: per client address, every attempt; per account name, every failed
 * attempt (a user who signs in correctly uses up nothing). Over either limit the answer is 429
 * `too-many-attempts` with a Chinese message naming the wait and a `Retry-After` header, before
 * any password is checked. The address is `request.ip`: behind a reverse proxy, set Fastify's
 * `trustProxy` or every client shares the proxy's budget (docs/security.md).
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

/** One limit: at most `max` counted attempts per `windowMs` milliseconds. */
export interface AttemptLimit {
  max: number;
  windowMs: number;
}

/** The limits of {@link LoginLimiter}. */
export interface LoginLimits {
  /** Attempts (all of them) from one client address. */
  perAddress: AttemptLimit;
  /** Failed attempts for one account name (whether or not the account exists). */
  perAccount: AttemptLimit;
}

/** The defaults: 30 attempts per address and 5 failures per account name, each per 15 minutes. */
export const defaultLoginLimits: LoginLimits = {
  perAddress: { max: 30, windowMs: 15 * 60_000 },
  perAccount: { max: 5, windowMs: 15 * 60_000 },
};

/** Registers @fastify/rate-limit without a global limit (only the login routes are limited). */
export async function registerRateLimit(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, { global: false });
}

/** The 429 for an attempt over a limit, with `Retry-After` set on `reply`. */
function tooMany(reply: FastifyReply, seconds: number, what: string): ApiError {
  const wait = Math.max(1, seconds);
  reply.header('retry-after', String(wait));
  const minutes = Math.ceil(wait / 60);
  return new ApiError(429, 'too-many-attempts', `${what}登录尝试过于频繁，请 ${wait < 60 ? `${wait} 秒` : `${minutes} 分钟`}后再试`);
}

/** An account name as counted: trimmed and case-folded, so `ZhangSan ` and `zhangsan` share one budget. */
const accountKey = (username: string): string => `account:${username.trim().toLowerCase()}`;

/** Counts sign-in attempts; made once per app by the auth routes. */
export class LoginLimiter {
  readonly #byAddress;
  readonly #byAccount;

  constructor(app: FastifyInstance, limits: LoginLimits = defaultLoginLimits) {
    this.#byAddress = app.createRateLimit({ max: limits.perAddress.max, timeWindow: limits.perAddress.windowMs, keyGenerator: (request) => `address:${request.ip}` });
    this.#byAccount = app.createRateLimit({ max: limits.perAccount.max, timeWindow: limits.perAccount.windowMs, keyGenerator: (request) => accountKey(String((request.body as { username?: unknown }).username)) });
  }

  /** Counts an attempt from the request's address; 429 when it is one too many. */
  async attempt(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const state = await this.#byAddress(request);
    if (!state.isAllowed && state.isExceeded) throw tooMany(reply, state.ttlInSeconds, '此网络地址');
  }

  /** 429 when the account name (in the request's body) has no failed attempts left. */
  async check(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const state = await this.#byAccount(request, { increment: false });
    if (!state.isAllowed && state.remaining <= 0) throw tooMany(reply, state.ttlInSeconds, '此账号');
  }

  /** Counts a failed attempt for the account name in the request's body. */
  async failed(request: FastifyRequest): Promise<void> {
    await this.#byAccount(request);
  }
}
