/**
 * Issue 11, breaks 1, 4 and 8: malformed input of every kind answers a 4xx in the API's JSON error
 * shape, and nothing is logged at error level (pino level 50) — deep JSON, a cut-off multipart
 * upload, a text/plain body, an over-long id; bidi controls never reach a stored file name.
 */
import { request as httpRequest } from 'node:http';
import { beforeAll, describe, expect, test } from 'vitest';
import { cleanFileName } from './routes/files.js';
import { ApiClient } from './test-support/api-client.js';
import { LogSink, serverForFile } from './test-support/test-server.js';
import { bigPng, jpeg } from './test-support/tiny-files.js';

const log = new LogSink();
const server = serverForFile({ log });
let candidate: ApiClient;
let recordId: string;

beforeAll(async () => {
  candidate = new ApiClient(server.url, { id: 'cand-malformed', role: 'candidate' });
  recordId = (await candidate.post('/records', { form: 'tcm-expertise' })).body.id;
});

/** Log lines at error level or above. */
const errorLines = () => log.lines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);

/** Sends raw bytes with the candidate's credentials and a given content type; resolves status and body text. */
async function raw(method: string, path: string, contentType: string, body: string | Uint8Array): Promise<{ status: number; text: string; type: string | null }> {
  const response = await fetch(server.url + path, { method, headers: candidate.headers({ 'content-type': contentType }), body: body as string });
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') };
}

describe('malformed input answers a 4xx, never a 500', () => {
  test('5,000 and 100,000 unclosed [ : 400 invalid-json with line and column, logged below error level', async () => {
    for (const n of [5_000, 100_000]) {
      const response = await raw('PUT', `/records/${recordId}/draft`, 'application/json', '{"data":\n' + '['.repeat(n));
      expect(response.status, `${n} brackets`).toBe(400);
      const body = JSON.parse(response.text) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid-json');
      expect(body.error.message).toMatch(/请求体:2:\d+ JSON 格式错误：嵌套超过 512 层/);
    }
    // Without credentials too (the body is parsed before the handler asks who is calling).
    const anonymous = await fetch(server.url + '/records', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '['.repeat(100_000) });
    expect(anonymous.status).toBe(400);
    expect(errorLines()).toEqual([]);
  });

  test('a multipart upload cut off in the middle of the file: 400 in the API shape, nothing stored, nothing at error level', async () => {
    const boundary = '----shenbao-cut';
    const head = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="photo.jpg"\r\ncontent-type: image/jpeg\r\n\r\n`;
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from(jpeg(295, 413)).subarray(0, 200)]); // no closing boundary
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const url = new URL(`${server.url}/records/${recordId}/files?slot=applicantPhoto`);
      const req = httpRequest(url, { method: 'POST', headers: candidate.headers({ 'content-type': `multipart/form-data; boundary=${boundary}` }) }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: body }));
      });
      req.on('error', reject);
      req.end(bytes); // the request ends where the file was cut
    });
    expect(status).toBe(400);
    expect(JSON.parse(text)).toEqual({ error: { code: 'upload-incomplete', message: expect.stringContaining('上传不完整') } });
    expect((await candidate.get(`/records/${recordId}`)).body.files).toEqual([]);
    expect(errorLines()).toEqual([]);
  });

  test('a text/plain body: 415 in the API shape', async () => {
    const response = await raw('PUT', `/records/${recordId}/draft`, 'text/plain', '{"data":{}}');
    expect(response.status).toBe(415);
    expect(JSON.parse(response.text)).toEqual({ error: { code: 'unsupported-media-type', message: expect.any(String) } });
  });

  test('a 101-character id: 414 in the API shape (JSON, not plain text)', async () => {
    const response = await candidate.get(`/records/${'a'.repeat(101)}`);
    expect(response.status).toBe(414);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.body).toEqual({ error: { code: 'uri-too-long', message: expect.any(String) } });
    expect((await candidate.get(`/records/${'a'.repeat(100)}`)).status).toBe(404);
  });

  test('decompression bombs: a real 12,000 × 12,000 PNG and a PNG claiming 65,535² are refused (422) by the pixel limit, nothing stored', async () => {
    const bomb = await bigPng(12_000, 12_000);
    const refused = await candidate.upload(recordId, 'applicantIdCard', undefined, bomb, 'bomb.png', 'image/png');
    expect(refused.status).toBe(422);
    expect(refused.body.issues).toEqual([expect.objectContaining({ code: 'attachment-pixels', message: expect.stringContaining('12000×12000 像素') })]);
    const claim = await bigPng(1, 1, { width: 65_535, height: 65_535 });
    const claimed = await candidate.upload(recordId, 'applicantIdCard', undefined, claim, 'claim.png', 'image/png');
    expect(claimed.status).toBe(422);
    expect(claimed.body.issues?.map((i) => i.code)).toEqual(['attachment-pixels']);
    expect((await candidate.get(`/records/${recordId}`)).body.files).toEqual([]);
  });

  test('bidi controls are stripped from file names: invoice‮fdp.exe is stored as it reads, not as it displays', async () => {
    expect(cleanFileName('invoice\u202efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanFileName('\u2066a\u2067b\u2068c\u2069d\u200ee\u200ff\u061cg\u202a\u202b\u202c\u202d.pdf')).toBe('abcdefg.pdf');
    const stored = await candidate.upload(recordId, 'applicantPhoto', undefined, jpeg(295, 413), 'photo\u202egpj.jpg');
    expect(stored.status).toBe(201);
    expect(stored.body.name).toBe('photogpj.jpg');
  });
});
