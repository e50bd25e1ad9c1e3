/**
 * Sign-in attempts are limited (login-limits.ts), over real HTTP against the real server: per
 * account name, failed attempts only; per client address, every attempt. Over a limit: 429
 * `too-many-attempts`, a Chinese message naming the wait, `Retry-After`, and the password is not
 * even checked (the right one is refused too, until the window has passed).
 */
import { expect, test } from 'vitest';
import { hashPassword, type UserAccount } from './auth.js';
import { testAuthSecret } from './test-support/credentials.js';
import { serverForFile } from './test-support/test-server.js';

const windowMs = 6_000;
const server = serverForFile(async () => {
  const users: UserAccount[] = [
    { username: 'zhangsan', passwordHash: await hashPassword('pw-zhang'), id: 'cand-zhang', role: 'candidate', unit: '武汉市第一医院' },
    { username: 'lisi', passwordHash: await hashPassword('pw-li'), id: 'cand-li', role: 'candidate', unit: '武汉市第一医院' },
  ];
  return { auth: { secret: testAuthSecret, users, loginLimits: { perAccount: { max: 3, windowMs }, perAddress: { max: 12, windowMs: 5 * 60_000 } } } };
});

const login = (username: string, password: string, path = '/auth/login') =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

test('three wrong passwords for an account: the fourth attempt, even with the right password, is 429 with Retry-After; other accounts are untouched; after the window it signs in', async () => {
  for (let i = 0; i < 3; i++) expect((await login('zhangsan', `wrong-${i}`)).status).toBe(401);
  // The same account through the token route, and spelled differently, shares the budget.
  const limited = await login(' ZhangSan', 'pw-zhang', '/auth/token');
  expect(limited.status).toBe(429);
  const seconds = Number(limited.headers.get('retry-after'));
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(Math.ceil(windowMs / 1000));
  const body = (await limited.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('too-many-attempts');
  expect(body.error.message).toMatch(/^此账号登录尝试过于频繁，请 \d+ 秒后再试$/);
  const right = await login('zhangsan', 'pw-zhang');
  expect(right.status).toBe(429);
  expect(right.headers.get('set-cookie')).toBeNull();

  // Another account from the same address signs in: the account limit counts per account name.
  expect((await login('lisi', 'pw-li')).status).toBe(200);

  await new Promise((r) => setTimeout(r, windowMs + 300));
  const later = await login('zhangsan', 'pw-zhang');
  expect(later.status).toBe(200);
  expect(((await later.json()) as { user: { id: string } }).user.id).toBe('cand-zhang');
});

test('successful sign-ins use up no account budget', async () => {
  for (let i = 0; i < 4; i++) expect((await login('lisi', 'pw-li', '/auth/token')).status).toBe(200);
});

test('one address: after its attempts (right or wrong, any account, malformed too) every further attempt is 429, with a wait in minutes', async () => {
  // 12 per address in this server, the attempts of the tests above included.
  let status = 0;
  let response: Response | undefined;
  for (let i = 0; i < 20 && status !== 429; i++) {
    response = await login(`nobody-${i}`, 'x');
    status = response.status;
  }
  expect(status).toBe(429);
  expect(Number(response!.headers.get('retry-after'))).toBeGreaterThan(60);
  const body = (await response!.json()) as { error: { code: string; message: string } };
  expect(body.error).toEqual({ code: 'too-many-attempts', message: expect.stringMatching(/^此网络地址登录尝试过于频繁，请 [45] 分钟后再试$/) });
  expect((await login('lisi', 'pw-li')).status).toBe(429);
  const malformed = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(malformed.status).toBe(429);
  // Other routes are not limited.
  expect((await fetch(`${server.url}/forms`)).status).toBe(200);
});
