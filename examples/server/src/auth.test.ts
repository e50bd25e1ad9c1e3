/**
 * Issue 11, break 9: the server trusts only verified credentials. Forged `x-actor-*` headers, a
 * token signed with another secret, an expired one or one without a unit for a reviewer name
 * nobody; roles and units come from the credential; a reviewer sees only their unit's records, a
 * candidate only their own; the browser's session cookie needs the CSRF token for every change.
 */
import { createSigner } from 'fast-jwt';
import { beforeAll, describe, expect, test } from 'vitest';
import { hashPassword, sessionCookie, type UserAccount } from './auth.js';
import { ApiClient } from './test-support/api-client.js';
import { testAuthSecret } from './test-support/credentials.js';
import { serverForFile } from './test-support/test-server.js';

const server = serverForFile(async () => {
  const users: UserAccount[] = [
    { username: 'zhangsan', passwordHash: await hashPassword('pw-zhang'), id: 'cand-zhang', role: 'candidate', unit: '武汉市第一医院', name: '张三' },
    { username: 'wuhan1', passwordHash: await hashPassword('pw-rev'), id: 'rev-wuhan1', role: 'reviewer', unit: '武汉市第一医院', name: '武汉市第一医院审核员' },
  ];
  return { auth: { secret: testAuthSecret, users } };
});
let api: ApiClient;

beforeAll(() => {
  api = new ApiClient(server.url);
});

const unitA = '武汉市第一医院';
const unitB = '黄石市中心医院';

describe('credentials', () => {
  test('the old x-actor headers name nobody: listing as a self-declared reviewer is 401', async () => {
    const response = await fetch(`${server.url}/records`, { headers: { 'x-actor-id': 'mallory', 'x-actor-role': 'reviewer' } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('auth-required');
  });

  test('a token signed with another secret, an expired token, an unsigned one and a reviewer without a unit are refused', async () => {
    const forged = new ApiClient(server.url, { id: 'mallory', role: 'reviewer', unit: unitA }, 'another-secret-0123456789abcdef-xyz');
    expect((await forged.get('/records')).body.error.code).toBe('auth-invalid');
    const expired = createSigner({ key: testAuthSecret, algorithm: 'HS256', expiresIn: 1 })({ sub: 'r', role: 'reviewer', unit: unitA });
    await new Promise((r) => setTimeout(r, 20));
    const late = await fetch(`${server.url}/records`, { headers: { authorization: `Bearer ${expired}` } });
    expect(late.status).toBe(401);
    expect(((await late.json()) as { error: { message: string } }).error.message).toContain('过期');
    const header = Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'r', role: 'reviewer', unit: unitA })).toString('base64url');
    expect((await fetch(`${server.url}/records`, { headers: { authorization: `Bearer ${header}.${payload}.` } })).status).toBe(401);
    const noUnit = createSigner({ key: testAuthSecret, algorithm: 'HS256' })({ sub: 'r', role: 'reviewer' });
    expect((await fetch(`${server.url}/records`, { headers: { authorization: `Bearer ${noUnit}` } })).status).toBe(401);
    const admin = createSigner({ key: testAuthSecret, algorithm: 'HS256' })({ sub: 'r', role: 'admin', unit: unitA });
    expect((await fetch(`${server.url}/records`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(401);
  });
});

test('a token accepted once (and cached as verified) is refused once it has expired', async () => {
  const token = createSigner({ key: testAuthSecret, algorithm: 'HS256', expiresIn: 2_000 })({ sub: 'cand-cache', role: 'candidate', unit: unitA });
  const list = () => fetch(`${server.url}/records`, { headers: { authorization: `Bearer ${token}` } });
  expect((await list()).status).toBe(200);
  expect((await list()).status).toBe(200);
  await new Promise((r) => setTimeout(r, 2_200));
  const late = await list();
  expect(late.status).toBe(401);
  expect(((await late.json()) as { error: { message: string } }).error.message).toContain('过期');
});

describe('scoping', () => {
  test('a reviewer lists and reads only the records of their unit; a candidate only their own', async () => {
    const candA = api.as({ id: 'cand-a', role: 'candidate', unit: unitA });
    const candB = api.as({ id: 'cand-b', role: 'candidate', unit: unitB });
    const revA = api.as({ id: 'rev-a', role: 'reviewer', unit: unitA });
    const revB = api.as({ id: 'rev-b', role: 'reviewer', unit: unitB });
    const a = (await candA.post('/records', { form: 'tcm-expertise' })).body;
    const b = (await candB.post('/records', { form: 'tcm-expertise' })).body;
    expect(a.unit).toBe(unitA);

    const listA = (await revA.get('/records')).body;
    expect(listA.records.map((r: { id: string }) => r.id)).toContain(a.id);
    expect(listA.records.map((r: { id: string }) => r.id)).not.toContain(b.id);
    expect(listA.records.every((r: { unit: string }) => r.unit === unitA)).toBe(true);
    expect((await revA.get(`/records/${a.id}`)).status).toBe(200);
    expect((await revA.get(`/records/${b.id}`)).status).toBe(403);
    expect((await revB.get(`/records/${a.id}`)).status).toBe(403);
    expect((await revA.post(`/records/${b.id}/review`, { action: 'start-review' })).status).toBe(403);
    expect((await revA.get(`/records?unit=${encodeURIComponent(unitB)}`)).status).toBe(403);

    expect((await candB.get(`/records/${a.id}`)).status).toBe(403);
    expect((await candB.get('/records')).body.records.map((r: { id: string }) => r.id)).toEqual([b.id]);
    // A candidate's body cannot choose the unit: it comes from the credential.
    // (Another form: candB already has this year's tcm-expertise declaration, COMMON-11.)
    const sneaky = (await candB.post('/records', { form: 'work-unit', unit: unitA })).body;
    expect(sneaky.unit).toBe(unitB);
  });
});

describe('browser sessions', () => {
  /** Cookies of a response as one Cookie header. */
  const cookiesOf = (response: Response) =>
    response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; ');

  test('login sets an httpOnly SameSite=Strict session cookie; changes need the CSRF token; logout ends it', async () => {
    const wrong = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'zhangsan', password: 'nope' }) });
    expect(wrong.status).toBe(401);
    const unknown = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'nobody', password: 'nope' }) });
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe(((await wrong.json()) as { error: { message: string } }).error.message);

    const login = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'zhangsan', password: 'pw-zhang' }) });
    expect(login.status).toBe(200);
    const session = (await login.json()) as { user: { id: string; role: string; unit: string; name: string }; csrfToken: string };
    expect(session.user).toEqual({ id: 'cand-zhang', role: 'candidate', unit: unitA, name: '张三' });
    const setCookie = login.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookie}=`))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = cookiesOf(login);
    const json = { 'content-type': 'application/json', cookie };

    expect((await fetch(`${server.url}/records`, { headers: { cookie } })).status).toBe(200);
    const noToken = await fetch(`${server.url}/records`, { method: 'POST', headers: json, body: JSON.stringify({ form: 'tcm-expertise' }) });
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as { error: { code: string } }).error.code).toBe('csrf-invalid');
    const badToken = await fetch(`${server.url}/records`, { method: 'POST', headers: { ...json, 'x-csrf-token': 'forged' }, body: JSON.stringify({ form: 'tcm-expertise' }) });
    expect(badToken.status).toBe(403);
    const created = await fetch(`${server.url}/records`, { method: 'POST', headers: { ...json, 'x-csrf-token': session.csrfToken }, body: JSON.stringify({ form: 'tcm-expertise' }) });
    expect(created.status).toBe(201);

    // Another user's CSRF token does not fit this session.
    const other = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'wuhan1', password: 'pw-rev' }) });
    const otherToken = ((await other.json()) as { csrfToken: string }).csrfToken;
    expect((await fetch(`${server.url}/records`, { method: 'POST', headers: { ...json, 'x-csrf-token': otherToken }, body: JSON.stringify({ form: 'tcm-expertise' }) })).status).toBe(403);

    const again = await fetch(`${server.url}/auth/session`, { headers: { cookie } });
    expect(((await again.json()) as { user: { name: string } }).user.name).toBe('张三');
    const logout = await fetch(`${server.url}/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': session.csrfToken } });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookie}=`))).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  test('POST /auth/token answers a bearer token for API clients', async () => {
    const response = await fetch(`${server.url}/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'wuhan1', password: 'pw-rev' }) });
    const { token, user } = (await response.json()) as { token: string; user: { role: string; unit: string } };
    expect(user).toMatchObject({ role: 'reviewer', unit: unitA });
    expect((await fetch(`${server.url}/records`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});
