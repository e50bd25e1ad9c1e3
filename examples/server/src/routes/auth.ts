/**
 * Signing in and out.
 * POST /auth/login {username, password} — for browsers: sets the session cookie (httpOnly,
 * SameSite=Strict) and answers `{ user, csrfToken }`; send the token as `x-csrf-token` with every
 * POST/PUT/DELETE made with the cookie.
 * GET /auth/session — the signed-in user and a fresh CSRF token (after a reload); 401 without a session.
 * POST /auth/logout — ends the session (the cookie is cleared).
 * POST /auth/token {username, password} — for API clients: `{ token, user, expiresIn }`, sent as
 * `Authorization: Bearer <token>` (no cookie, so no CSRF token needed).
 * A wrong username or password answers 401 with one message for both, after the same work.
 * Too many attempts (from one address, or failed for one account name) answer 429 with
 * `Retry-After` before any password is checked (login-limits.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../actor.js';
import { hashPassword, publicCaller, sessionCookie, verifyPassword, type AuthOptions, type Caller, type UserAccount } from '../auth.js';
import { ApiError } from '../errors.js';
import { objectBody } from '../json-body.js';
import { LoginLimiter } from '../login-limits.js';

/** A hash to check unknown usernames against, so they take as long as known ones. */
const decoy = hashPassword('decoy-password');

export function authRoutes(app: FastifyInstance, options: AuthOptions, sign: (caller: Caller) => string): void {
  const ttl = options.ttlSeconds ?? 8 * 3600;
  const users = new Map((options.users ?? []).map((u): [string, UserAccount] => [u.username, u]));
  const limiter = new LoginLimiter(app, options.loginLimits);

  /** The account named by the body's username and password; 401 otherwise, 429 after too many attempts. */
  const signIn = async (request: FastifyRequest, reply: FastifyReply): Promise<Caller> => {
    await limiter.attempt(request, reply);
    const { username, password } = objectBody(request.body);
    if (typeof username !== 'string' || typeof password !== 'string' || username.length > 128 || password.length > 1024) {
      throw new ApiError(422, 'invalid-body', '须填写用户名（username）和密码（password）');
    }
    await limiter.check(request, reply);
    const account = users.get(username);
    const ok = await verifyPassword(password, account?.passwordHash ?? (await decoy));
    if (account === undefined || !ok) {
      await limiter.failed(request);
      throw new ApiError(401, 'login-failed', '用户名或密码错误');
    }
    return publicCaller(account);
  };

  const session = (request: FastifyRequest, reply: FastifyReply, user: Caller) => {
    // The session's CSRF token is bound to the user it was made for.
    request.caller = user;
    return { user, csrfToken: reply.generateCsrf({ userInfo: user.id } as never) };
  };

  app.post('/auth/login', async (request, reply) => {
    const user = await signIn(request, reply);
    reply.setCookie(sessionCookie, sign(user), {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: options.secureCookies ?? request.protocol === 'https',
      maxAge: ttl,
    });
    return session(request, reply, user);
  });

  app.get('/auth/session', async (request, reply) => {
    const user = actorOf(request);
    if (request.authSource !== 'cookie') throw new ApiError(400, 'no-session', '此请求未使用登录会话（Cookie）');
    return session(request, reply, publicCaller(user));
  });

  app.post('/auth/logout', async (_request, reply) => {
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.code(204).send();
  });

  app.post('/auth/token', async (request, reply) => {
    const user = await signIn(request, reply);
    return { token: sign(user), user, expiresIn: ttl };
  });
}
