/**
 * COMMON-12: GET /me/profile answers what is verified about the calling candidate — name, document
 * type and number from the approved real-name record, gender and birth date from the resident ID
 * number, the unit from the approved work-unit binding — and nothing before approval or for others.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { verifiedProfile } from '../../../packages/forms/test/verified-profile.js';
import { fromResidentId } from './routes/profile.js';
import { ApiClient } from './test-support/api-client.js';
import { scenarioCase } from './test-support/scenarios.js';
import { uploadScenarioFiles } from './test-support/scenario-files.js';
import { serverForFile } from './test-support/test-server.js';

const server = serverForFile();
let candidate: ApiClient;
let reviewer: ApiClient;

beforeAll(async () => {
  candidate = new ApiClient(server.url, { id: 'cand-profile', role: 'candidate' });
  reviewer = candidate.as({ id: 'unit-reviewer-1', role: 'reviewer' });
});

/** Files, submits and (optionally) approves a passing scenario of a form as the candidate. */
async function declare(form: string, file: string, approve: boolean): Promise<string> {
  const scenario = scenarioCase(form, file);
  const id: string = (await candidate.post('/records', { form })).body.id;
  const { data } = await uploadScenarioFiles(candidate, id, scenario.form.definition, scenario.data);
  expect((await candidate.put(`/records/${id}/draft`, { data })).status).toBe(200);
  const submitted = await candidate.post(`/records/${id}/submit`, {});
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  if (approve) expect((await reviewer.post(`/records/${id}/review`, { action: 'approve', reason: '核验通过' })).status).toBe(200);
  return id;
}

describe('GET /me/profile (COMMON-12)', () => {
  test('nothing verified yet: verified false, no identity, no unit', async () => {
    const response = await candidate.get('/me/profile');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ verified: false, sources: {} });
  });

  /** The real-name record submitted (not approved) below; approved in the next test (one per form and year, COMMON-11). */
  let realName: string;

  test('a submitted but not approved real-name record is not verified', async () => {
    realName = await declare('real-name', 'id-card-manual-pass.json', false);
    expect((await candidate.get('/me/profile')).body.verified).toBe(false);
  });

  test('approved real-name and work-unit records: name, ID, gender, birth date and unit', async () => {
    expect((await reviewer.post(`/records/${realName}/review`, { action: 'approve', reason: '核验通过' })).status).toBe(200);
    const workUnit = await declare('work-unit', 'bind-pass.json', true);
    const response = await candidate.get('/me/profile');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...verifiedProfile, sources: { realName, workUnit } });
  });

  test('submissions are evaluated with what is verified (WU-3, COMMON-12): another person and unit are refused', async () => {
    // A health-qualification declaration of 周文博 at 武汉市第一医院, by the candidate verified above as
    // 张建国 bound to 武汉市武昌区中医医院: the server's context, not the client, names the person and unit.
    const scenario = scenarioCase('health-qualification', 'bound-unit-pass.json');
    const id: string = (await candidate.post('/records', { form: 'health-qualification' })).body.id;
    const { data } = await uploadScenarioFiles(candidate, id, scenario.form.definition, scenario.data);
    const submitted = await candidate.post(`/records/${id}/submit`, { data });
    expect(submitted.status).toBe(422);
    const codes = (submitted.body.issues as { code: string }[]).map((i) => i.code);
    expect(codes).toContain('bound-unit-mismatch');
    expect(codes).toContain('real-name-mismatch');
  });

  test('another candidate sees only their own (nothing); a reviewer is refused; no actor is 401', async () => {
    expect((await candidate.as({ id: 'cand-other', role: 'candidate' }).get('/me/profile')).body).toEqual({ verified: false, sources: {} });
    expect((await reviewer.get('/me/profile')).status).toBe(403);
    expect((await candidate.as(undefined).get('/me/profile')).status).toBe(401);
  });

  test('birth date and gender follow only from a valid resident ID number', () => {
    expect(fromResidentId('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: '2' });
    expect(fromResidentId('420106198503150019')).toBeUndefined();
  });
});
