/**
 * Example 03: validate again on the server
 *
 * The browser form runs `evaluate` to guide the candidate, but anything can be sent to your API:
 * an old form version, a script, a hand-edited request. The server never trusts the client's
 * verdict. It evaluates the raw body again with the same definition and the same pack, and stores
 * only a declaration that is complete. The client's own opinion ("valid: true") is not an input.
 *
 * `acceptSubmission(body)` is the part to copy into your route handler (Express, Fastify, Koa …):
 * give it the raw request body text and send back its `status` and `issues`.
 *
 * Run from the repository root:
 *   node --conditions=source --import tsx examples/03-server-side-validation.ts
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { maskId, parseJson, sanitizeInput, type Issue } from '@shenbao/core';
import { tcmExpertise } from '@shenbao/forms/tcm-expertise';
import { evaluate, resolvePack } from '@shenbao/rules';

// ---- At server start: take the form (its own entry, typed) and resolve this season's pack once. ----
const definition = tcmExpertise.definition;
const pack = resolvePack([tcmExpertise.packs[2024]], 2024);

/** What the route answers: 201 when stored, 4xx with the issues (the client shows them next to the fields). */
type SubmissionResponse =
  | { status: 201; id: string }
  | { status: 400 | 413 | 422; issues: Pick<Issue, 'path' | 'code' | 'message'>[] };

/** Stand-in for your database. */
const stored = new Map<string, unknown>();

const maxBodyBytes = 2 * 1024 * 1024; // a declaration is a few KB; attachments are uploaded separately
const publicIssues = (issues: Issue[]) => issues.map(({ path, code, message }) => ({ path, code, message })); // no params: they may echo input

/** The server side of "submit": parse, sanitize, evaluate, store. Never throws. */
async function acceptSubmission(body: string): Promise<SubmissionResponse> {
  // 1. Bound the input before doing any work on it.
  if (Buffer.byteLength(body, 'utf8') > maxBodyBytes) {
    return { status: 413, issues: [{ path: '', code: 'too-large', message: '申报数据过大' }] };
  }
  // 2. Parse it yourself. JSON.parse keeps a `__proto__` key as a plain own key, never a prototype.
  const parsed = parseJson(body, '<request>');
  if (!parsed.ok) return { status: 400, issues: [{ path: '', code: 'json', message: parsed.error.message }] };

  // 3. Sanitize: a fresh plain copy without prototype keys (`__proto__`, `constructor`,
  //    `prototype`), refused when too large or too deep. `evaluate` does the same internally, so
  //    a forgotten step 3 is still safe; the clean copy is what you store.
  const clean = sanitizeInput(parsed.value);
  if (clean.issues.length) return { status: 422, issues: publicIssues(clean.issues) };

  // 4. The verdict, with facts the server owns. `today` is the server's date, never the client's.
  const context = { today: new Date().toISOString().slice(0, 10) };
  const result = await evaluate(definition, pack, clean.value, context);
  if (!result.complete) return { status: 422, issues: publicIssues(result.issues) };

  // 5. Store the clean copy, never the raw body.
  const id = `tcm-${stored.size + 1}`;
  stored.set(id, clean.value);
  return { status: 201, id };
}

// ---- Three requests, as the route would receive them. ----
const good = JSON.parse(await readFile(join(import.meta.dirname, 'data', 'tcm-shicheng.json'), 'utf8')) as {
  applicant: { name: string; idNumber: string };
  teachers: { attachments: Record<string, unknown> }[];
};

// A request with a `__proto__` key (an attempt at prototype pollution): written as raw JSON text,
// because a `__proto__` key in a JavaScript object literal would set the prototype instead.
const withProto = JSON.stringify(good).replace(/^\{/, '{"__proto__":{"isAdmin":true},');

// A request whose guidance teacher has no practising certificate (医师执业证): the browser would
// have blocked it, a script does not.
const teacher0 = good.teachers[0]!;
const { teacherPracticeCert: _dropped, ...teacher0Attachments } = teacher0.attachments;
const missingCert = JSON.stringify({ ...good, teachers: [{ ...teacher0, attachments: teacher0Attachments }, ...good.teachers.slice(1)] });

const requests: [string, string][] = [
  ['带 __proto__ 键的申报', withProto],
  ['指导老师缺少医师执业证的申报', missingCert],
  ['完整的申报', JSON.stringify(good)],
];

for (const [label, body] of requests) {
  const response = await acceptSubmission(body);
  if (response.status === 201) {
    // Logs are read by many people: mask ID numbers (COMMON-4), never print them in full.
    console.log(`${label}：${response.status} 已接收（${response.id}，${good.applicant.name}，证件号码 ${maskId(good.applicant.idNumber)}）`);
  } else {
    console.log(`${label}：${response.status} 拒绝`);
    for (const issue of response.issues) console.log(`  ✗ ${issue.message}（${issue.path}）`);
  }
}
