/**
 * Authentication of the reference server: every caller is named by a signed token (a JWT, HS256,
 * verified by @fastify/jwt) whose claims carry the id, the role (candidate or reviewer), the unit
 * (a reviewer reviews the candidates of their unit) and a display name. The token arrives either
 * as `Authorization: Bearer …` (API clients, an identity provider sharing the secret) or in the
 * httpOnly, SameSite=Strict session cookie set by `POST /auth/login` (browsers); a cookie-borne
 * request that changes anything must also carry the CSRF token (`x-csrf-token`, checked by
 * @fastify/csrf-protection and bound to the caller's id). Nothing here trusts a header the client
 * chooses freely: a forged or expired token is no caller at all.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import jwt from '@fastify/jwt';
import type { LifecycleActor, LifecycleRole } from '@shenbao/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createSigner } from 'fast-jwt';
import { registerRateLimit, type LoginLimits } from './login-limits.js';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

/** Who is calling, as the credential says. */
export interface Caller extends LifecycleActor {
  /** The work unit (医院、单位): a reviewer sees only its candidates; a candidate's records are filed under it. */
  unit?: string;
  /** A display name (张三, 武汉市第一医院审核员). */
  name?: string;
}

/** An account that may sign in with a password (`POST /auth/login`, `POST /auth/token`). */
export interface UserAccount extends Caller {
  username: string;
  /** `scrypt$<salt hex>$<hash hex>`, made by {@link hashPassword}. */
  passwordHash: string;
}

/** Authentication settings of `buildApp`. */
export interface AuthOptions {
  /** The HMAC secret tokens are signed with (at least 32 characters). */
  secret: string;
  /** Accounts that may sign in with a password; none: only tokens from an identity provider sharing the secret. */
  users?: readonly UserAccount[];
  /** How long a token or session lasts, in seconds (default 8 hours). */
  ttlSeconds?: number;
  /** Mark cookies `Secure` (default: when the request came over https). */
  secureCookies?: boolean;
  /** How often one may try to sign in (default: `defaultLoginLimits` of login-limits.ts). */
  loginLimits?: LoginLimits;
}

/** The name of the session cookie. */
export const sessionCookie = 'shenbao_session';

/** Longest id, unit and name in a token. */
const claimLimits = { id: 128, unit: 100, name: 100 } as const;
const roles: readonly LifecycleRole[] = ['candidate', 'reviewer'];
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that take a password instead of the session: signing in again needs no CSRF token. */
const passwordRoutes = new Set(['/auth/login', '/auth/token']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified caller, when the request carried a valid credential. */
    caller?: Caller;
    /** Why a credential that was sent is not valid (expired, forged, malformed claims). */
    authFailure?: string;
    /** Where the credential came from: the session cookie needs a CSRF token on unsafe methods. */
    authSource?: 'bearer' | 'cookie';
  }
}

/** Hashes a password for a {@link UserAccount} (scrypt, random salt). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, 32);
  return `scrypt$${salt.toString('hex')}$${hash.toString('hex')}`;
}

/** Whether `password` matches `passwordHash`, in constant time. */
export async function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  const [scheme, saltHex, hashHex] = passwordHash.split('$');
  if (scheme !== 'scrypt' || saltHex === undefined || hashHex === undefined) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = await scrypt(password, Buffer.from(saltHex, 'hex'), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A function that signs a token for a caller, as `POST /auth/login` does (and an identity provider sharing the secret may). */
export function tokenSigner(secret: string, ttlSeconds = 8 * 3600): (caller: Caller) => string {
  const sign = createSigner({ key: secret, algorithm: 'HS256', expiresIn: ttlSeconds * 1000 });
  return (caller) => sign({ sub: caller.id, role: caller.role, ...(caller.unit === undefined ? {} : { unit: caller.unit }), ...(caller.name === undefined ? {} : { name: caller.name }) });
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value !== '' && value.length <= max && !/[\u0000-\u001f\u007f]/.test(value);

/** The caller named by verified claims, or a reason why they name nobody. */
function callerOf(claims: Record<string, unknown>): Caller | string {
  const { sub, role, unit, name } = claims;
  if (!isText(sub, claimLimits.id)) return 'token-subject';
  if (typeof role !== 'string' || !(roles as readonly string[]).includes(role)) return 'token-role';
  if (unit !== undefined && !isText(unit, claimLimits.unit)) return 'token-unit';
  if (name !== undefined && !isText(name, claimLimits.name)) return 'token-name';
  if (role === 'reviewer' && unit === undefined) return 'token-unit';
  const caller: Caller = { id: sub, role: role as LifecycleRole };
  if (unit !== undefined) caller.unit = unit;
  if (name !== undefined) caller.name = name;
  return caller;
}

/** The caller as the API shows it (no token). */
export function publicCaller(caller: Caller): Caller {
  return { id: caller.id, role: caller.role, ...(caller.unit === undefined ? {} : { unit: caller.unit }), ...(caller.name === undefined ? {} : { name: caller.name }) };
}

/**
 * Registers cookies, JWT verification and CSRF protection, and the hook that names the caller of
 * every request (`request.caller`); `actor.ts` reads it. Returns the token signer.
 */
export async function registerAuth(app: FastifyInstance, options: AuthOptions): Promise<(caller: Caller) => string> {
  if (options.secret.length < 32) throw new Error('认证密钥（secret）至少 32 个字符');
  const ttl = options.ttlSeconds ?? 8 * 3600;
  await app.register(cookie);
  await registerRateLimit(app);
  await app.register(jwt, {
    secret: options.secret,
    cookie: { cookieName: sessionCookie, signed: false },
    sign: { algorithm: 'HS256', expiresIn: ttl * 1000 },
    // Verified tokens are cached (fast-jwt's LRU, by a hash of the token, never past their expiry):
    // a session sends the same token with every request, and checking its signature each time
    // was a measurable share of every request's CPU time (bench/server.bench.ts, BENCH_PROFILE).
    verify: { algorithms: ['HS256'], cache: 10_000 },
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true },
    getUserInfo: (request: FastifyRequest) => request.caller?.id ?? '',
    csrfOpts: { hmacKey: options.secret },
    logLevel: 'info',
  });

  app.addHook('onRequest', async (request) => {
    const bearer = typeof request.headers.authorization === 'string' && /^Bearer\s/i.test(request.headers.authorization);
    const fromCookie = !bearer && request.cookies[sessionCookie] !== undefined;
    if (!bearer && !fromCookie) return;
    request.authSource = bearer ? 'bearer' : 'cookie';
    try {
      const claims = await request.jwtVerify<Record<string, unknown>>();
      const caller = callerOf(claims);
      if (typeof caller === 'string') request.authFailure = caller;
      else request.caller = caller;
    } catch (error) {
      request.authFailure = (error as { code?: string }).code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED' ? 'token-expired' : 'token-invalid';
    }
  });
  // A browser sends the session cookie by itself: a change made with it must prove it comes from our page.
  app.addHook('onRequest', (request, reply, done) => {
    const needsToken = request.authSource === 'cookie' && request.caller !== undefined && unsafeMethods.has(request.method);
    if (needsToken && !passwordRoutes.has(request.routeOptions.url ?? '')) {
      app.csrfProtection(request, reply, done);
      return;
    }
    done();
  });
  return tokenSigner(options.secret, ttl);
}
