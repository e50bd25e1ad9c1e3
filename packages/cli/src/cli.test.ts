import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const formDir = join(import.meta.dirname, '../../forms/tcm-expertise');
const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));
const scenario = (name: string) => readJson(join(formDir, 'scenarios', name));
const passData = scenario('shicheng-pass.json').data;
const failData = scenario('missing-required-name.json').data;
const context = { today: '2024-05-01' };
/** The years of the shipped TCM packs. */
const shippedYears = readdirSync(join(formDir, 'rules'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => readJson(join(formDir, 'rules', f)).year as number)
  .sort();

const tmp = mkdtempSync(join(tmpdir(), 'shenbao-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let counter = 0;
/** Writes a temp file and returns its path. */
function temp(name: string, content: string): string {
  const path = join(tmp, `${counter++}-${name}`);
  writeFileSync(path, content);
  return path;
}
const contextFile = temp('context.json', JSON.stringify(context));

/** Runs the CLI with captured output. */
async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: Readable.from(stdin ? [Buffer.from(stdin)] : []),
  });
  return { code, stdout, stderr };
}

/** A temp forms folder holding a copy of the TCM form, changed by `edit`. */
function formsCopy(edit: (dir: string) => void): string {
  const root = mkdtempSync(join(tmp, 'forms-'));
  const dir = join(root, 'tcm-expertise');
  cpSync(formDir, dir, { recursive: true });
  edit(dir);
  return root;
}
/** The index of the shipped rule TCM-2.require, whose first condition reads /candidateType. */
const req = (readJson(join(formDir, 'rules/2024.json')).rules as { id: string }[]).findIndex((r) => r.id === 'TCM-2.require');
const editJson = (path: string, change: (value: any) => void) => {
  const value = readJson(path);
  change(value);
  writeFileSync(path, JSON.stringify(value, null, 2));
};

const pack2025 = {
  form: 'tcm-expertise',
  year: 2025,
  extends: 2024,
  params: { minRecommenders: { value: 3, description: '最少推荐医师人数（2025 年起 3 名）' } },
  remove: ['TCM-6.practice-years'],
  rules: [
    {
      id: 'COMMON-2.address',
      description: '须填写通讯地址',
      conditions: { all: [{ fact: 'data', path: '/candidateType', operator: 'notEmpty', value: true }] },
      event: { type: 'require', params: { fields: ['/applicant/address'] } },
    },
  ],
};

describe('shenbao forms', () => {
  it('lists the built-in tcm-expertise form with its years and scenarios', async () => {
    const r = await run(['forms']);
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('tcm-expertise\t'));
    expect(line).toBeDefined();
    expect(line).toContain('中医医术确有专长人员医师资格考核申报');
    expect(line).toContain(`规则包 ${shippedYears.join(',')}`);
    expect(line).toMatch(/场景 \d+/);
    const json = await run(['forms', '--json']);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as { id: string; years: number[]; problems: number }[];
    expect(rows.find((row) => row.id === 'tcm-expertise')).toMatchObject({ years: shippedYears, problems: 0 });
    expect(shippedYears).toContain(2024);
  });
});

describe('shenbao validate', () => {
  it('exits 0 with valid: true for a passing scenario', async () => {
    const r = await run(['validate', '--form', 'tcm-expertise', '--year', '2024', '--context', contextFile, temp('pass.json', JSON.stringify(passData))]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ form: 'tcm-expertise', year: 2024, valid: true, issues: [], computed: {} });
  });

  it('exits 1 with the issues JSON for a failing declaration', async () => {
    const r = await run(['validate', '--form', 'tcm-expertise', '--year', '2024', temp('fail.json', JSON.stringify(failData))]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.issues).toEqual([expect.objectContaining({ path: '/applicant/name', code: 'required', message: '请填写姓名' })]);
  });

  it('gives English messages with --locale en and uses the newest year by default', async () => {
    const r = await run(['validate', '--form', 'tcm-expertise', '--locale', 'en', temp('fail.json', JSON.stringify(failData))]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.year).toBe(Math.max(...shippedYears));
    expect(out.issues.map((i: { message: string }) => i.message)).toContain('Please fill in Name');
    const bad = await run(['validate', '--form', 'tcm-expertise', '--locale', 'fr', temp('fail.json', JSON.stringify(failData))]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('不支持的语言“fr”');
  });

  it('reads - from stdin', async () => {
    const ok = await run(['validate', '--form', 'tcm-expertise', '--context', contextFile, '-'], JSON.stringify(passData));
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).valid).toBe(true);
    const bad = await run(['validate', '--form', 'tcm-expertise', '-'], JSON.stringify(failData));
    expect(bad.code).toBe(1);
    const malformed = await run(['validate', '--form', 'tcm-expertise', '-'], '{\n  "region": \n');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/<stdin>:\d+:\d+ JSON 格式错误/);
  });

  it('exits 2 for malformed JSON, with line:column in the message', async () => {
    const file = temp('malformed.json', '{\n  "region": "420106",\n  "candidateType": shicheng\n}\n');
    const r = await run(['validate', '--form', 'tcm-expertise', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:3:20 JSON 格式错误`);
  });

  it('exits 2 for an unknown form, naming the known ones', async () => {
    const r = await run(['validate', '--form', 'no-such-form', temp('pass.json', JSON.stringify(passData))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知的表单“no-such-form”');
    expect(r.stderr).toMatch(/已有表单：.*tcm-expertise/);
  });

  it('exits 2 for an unknown year, naming the known years', async () => {
    const r = await run(['validate', '--form', 'tcm-expertise', '--year', '2031', temp('pass.json', JSON.stringify(passData))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有 2031 年的规则包');
    expect(r.stderr).toContain(`已有年份：${shippedYears.join('、')}`);
    expect((await run(['validate', '--form', 'tcm-expertise', '--year', '24', '-'])).code).toBe(2);
  });

  it('exits 2 for a missing file', async () => {
    const missing = join(tmp, 'no-such-file.json');
    const r = await run(['validate', '--form', 'tcm-expertise', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${missing}：无法读取（ENOENT）`);
    const jsonl = await run(['validate', '--form', 'tcm-expertise', '--jsonl', missing]);
    expect(jsonl.code).toBe(2);
    expect(jsonl.stderr).toContain('ENOENT');
  });

  it('exits 2 for a missing or malformed context file', async () => {
    const r = await run(['validate', '--form', 'tcm-expertise', '--context', join(tmp, 'nope.json'), temp('pass.json', JSON.stringify(passData))]);
    expect(r.code).toBe(2);
    const m = await run(['validate', '--form', 'tcm-expertise', '--context', temp('ctx.json', '{"today":'), temp('pass.json', JSON.stringify(passData))]);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/ctx\.json:1:\d+/);
  });

  it('reports unsafe keys in a file as issues (exit 1), without polluting prototypes', async () => {
    const text = JSON.stringify(passData).replace(/^\{/, '{"__proto__":{"polluted":true},');
    const r = await run(['validate', '--form', 'tcm-expertise', '--context', contextFile, temp('proto.json', text)]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).issues).toEqual([expect.objectContaining({ path: '/__proto__', code: 'unsafe-key' })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('shenbao validate --jsonl', () => {
  const valid = JSON.stringify(passData);
  const invalid = JSON.stringify(failData);
  const malformed = '{"applicant": {"name": "张三"';

  it('prints one result per line with line numbers over a few thousand lines; exit 2 when a line is malformed', async () => {
    const lines: string[] = [];
    const kinds: ('valid' | 'invalid' | 'malformed' | 'blank')[] = [];
    for (let i = 0; i < 3000; i++) {
      const kind = i % 500 === 499 ? 'blank' : i % 100 === 42 ? 'malformed' : i % 3 === 0 ? 'invalid' : 'valid';
      kinds.push(kind);
      lines.push(kind === 'valid' ? valid : kind === 'invalid' ? invalid : kind === 'malformed' ? malformed : '');
    }
    const file = temp('batch.jsonl', lines.join('\n') + '\n');
    const r = await run(['validate', '--form', 'tcm-expertise', '--context', contextFile, '--jsonl', file]);
    expect(r.code).toBe(2);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; valid?: boolean; error?: string; issues?: { code: string }[] });
    const expected = kinds.map((k, i) => ({ k, line: i + 1 })).filter((x) => x.k !== 'blank');
    expect(out).toHaveLength(expected.length);
    out.forEach((o, i) => {
      const want = expected[i]!;
      expect(o.line).toBe(want.line);
      if (want.k === 'malformed') {
        expect(o.error).toContain(`${file}:${want.line}:1:`);
        expect(o.error).toContain('JSON 格式错误');
      } else {
        expect(o.valid).toBe(want.k === 'valid');
        expect(o.issues!.map((x) => x.code)).toEqual(want.k === 'valid' ? [] : ['required']);
      }
    });
    const count = (k: string) => kinds.filter((x) => x === k).length;
    expect(r.stderr).toContain(`完成：3000 行，有效 ${count('valid')}，无效 ${count('invalid')}，格式错误 ${count('malformed')}`);
  });

  it('exits 1 when lines are only valid or invalid, 0 when all are valid', async () => {
    const mixed = Array.from({ length: 200 }, (_, i) => (i % 2 ? valid : invalid)).join('\n');
    const r1 = await run(['validate', '--form', 'tcm-expertise', '--context', contextFile, '--jsonl', temp('mixed.jsonl', mixed)]);
    expect(r1.code).toBe(1);
    expect(r1.stdout.trimEnd().split('\n')).toHaveLength(200);
    expect(r1.stderr).toContain('完成：200 行，有效 100，无效 100，格式错误 0');

    const all = Array.from({ length: 200 }, () => valid).join('\n');
    const r0 = await run(['validate', '--form', 'tcm-expertise', '--context', contextFile, '--jsonl', temp('valid.jsonl', all)]);
    expect(r0.code).toBe(0);
    expect(r0.stderr).toContain('完成：200 行，有效 200，无效 0，格式错误 0');
    expect(r0.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).line)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('reads JSON lines from stdin', async () => {
    const r = await run(['validate', '--form', 'tcm-expertise', '--context', contextFile, '--jsonl', '-'], `${valid}\n${malformed}\n${invalid}\n`);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([
      { line: 1, valid: true, issues: [] },
      { line: 2, error: expect.stringContaining('-:2:') },
      { line: 3, valid: false, issues: [expect.objectContaining({ code: 'required' })] },
    ]);
  });
});

describe('shenbao rules check', () => {
  it('exits 0 on the built-in forms', async () => {
    const r = await run(['rules', 'check']);
    expect(r.stdout).toContain('✓ tcm-expertise：');
    expect(r.code).toBe(0);
    expect((await run(['rules', 'check', '--form', 'tcm-expertise'])).code).toBe(0);
  });

  it('exits 1 with file and pointer for a pack naming an unknown field', async () => {
    const forms = formsCopy((dir) => editJson(join(dir, 'rules/2024.json'), (p) => (p.rules[req].conditions.all[0].path = '/candidateKind')));
    const r = await run(['--forms-dir', forms, 'rules', 'check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ tcm-expertise：1 个问题');
    expect(r.stdout).toMatch(new RegExp(`tcm-expertise/rules/2024\\.json:\\d+:\\d+ /rules/${req}/conditions/all/0/path：字段“/candidateKind”在表单数据中不存在`));
  });

  it('exits 1 with file and pointer for a layout pointer to a missing field', async () => {
    const forms = formsCopy((dir) => editJson(join(dir, 'definition.json'), (d) => (d.layout.steps[1].sections[0].items[0].field = '/applicant/fullName')));
    const r = await run(['--forms-dir', forms, 'rules', 'check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/tcm-expertise\/definition\.json:\d+:\d+ \/layout\/steps\/1\/sections\/0\/items\/0\/field：字段“\/applicant\/fullName”/);
  });

  it('exits 1 with file, pointer and line for a pack that breaks the meta-schema', async () => {
    const forms = formsCopy((dir) => editJson(join(dir, 'rules/2024.json'), (p) => (p.rules[req].conditions.all[0].operator = 'sameAs')));
    const r = await run(['--forms-dir', forms, 'rules', 'check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`tcm-expertise/rules/2024\\.json:\\d+:\\d+ /rules/${req}/conditions/all/0/operator：`));
  });

  it('exits 1 when a scenario makes rules contradict each other', async () => {
    const forms = formsCopy((dir) =>
      editJson(join(dir, 'rules/2024.json'), (p) =>
        p.rules.push({
          id: 'TCM-2.hide',
          description: '与 TCM-2.show 矛盾的隐藏规则',
          conditions: { all: [{ fact: 'data', path: '/candidateType', operator: 'equal', value: 'shicheng' }] },
          event: { type: 'hide', params: { fields: ['/experience/culturalStudy'] } },
        }),
      ),
    );
    const r = await run(['--forms-dir', forms, 'rules', 'check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('规则冲突：TCM-2.show、TCM-2.hide');
  });

  it('exits 2 for an unknown form or an unreadable forms dir', async () => {
    expect((await run(['rules', 'check', '--form', 'nope'])).code).toBe(2);
    const r = await run(['--forms-dir', join(tmp, 'none'), 'rules', 'check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取表单目录');
  });
});

describe('shenbao rules diff', () => {
  const forms = formsCopy((dir) => writeFileSync(join(dir, 'rules/2025.json'), JSON.stringify(pack2025, null, 2)));

  it('prints the differences per param and rule', async () => {
    const r = await run(['--forms-dir', forms, 'rules', 'diff', '--form', 'tcm-expertise', '2024', '2025']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('表单 tcm-expertise：2024 年 → 2025 年');
    expect(r.stdout).toContain('~ 修改 minRecommenders（最少推荐医师人数（2025 年起 3 名））：2 → 3');
    expect(r.stdout).toContain('- 删除 TCM-6.practice-years');
    expect(r.stdout).toContain('+ 新增 COMMON-2.address：须填写通讯地址');
  });

  it('prints JSON with --json, and 没有差异 for the same year', async () => {
    const json = await run(['--forms-dir', forms, 'rules', 'diff', '--form', 'tcm-expertise', '--json', '2024', '2025']);
    expect(json.code).toBe(0);
    const d = JSON.parse(json.stdout);
    expect(d).toMatchObject({ form: 'tcm-expertise', from: 2024, to: 2025 });
    expect(d.rules.map((x: { id: string; change: string }) => `${x.change} ${x.id}`).sort()).toEqual(['added COMMON-2.address', 'removed TCM-6.practice-years']);
    const same = await run(['--forms-dir', forms, 'rules', 'diff', '--form', 'tcm-expertise', '2025', '2025']);
    expect(same.stdout).toContain('没有差异');
  });

  it('exits 2 for a year without a pack', async () => {
    const r = await run(['--forms-dir', forms, 'rules', 'diff', '--form', 'tcm-expertise', '2024', '2026']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('已有年份：2024、2025');
  });

  it('the 2025 pack lints clean with rules check', async () => {
    expect((await run(['--forms-dir', forms, 'rules', 'check'])).code).toBe(0);
  });
});

describe('shenbao rules test', () => {
  it('exits 0 on the built-in TCM form and prints the coverage table with TCM-1…TCM-6', async () => {
    const r = await run(['rules', 'test', '--form', 'tcm-expertise']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tcm-expertise：(\d+)\/\1 个场景通过/);
    expect(r.stdout).toContain('覆盖表（需求 → 通过场景 / 失败场景）');
    for (const id of ['TCM-1', 'TCM-2', 'TCM-3', 'TCM-4', 'TCM-5', 'TCM-6']) {
      expect(r.stdout).toMatch(new RegExp(`✓ ${id}\\s+通过 [1-9]\\d*\\s+失败 [1-9]\\d*`));
    }
    expect(r.stdout).toMatch(/· TCM-7\s+（界面需求/);
    expect(r.stdout).toContain('全部通过');
  });

  it('runs the scenarios through json-rules-engine with --engine reference, and refuses an unknown engine', async () => {
    const r = await run(['rules', 'test', '--form', 'tcm-expertise', '--engine', 'reference']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tcm-expertise：(\d+)\/\1 个场景通过/);
    expect(r.stdout).toContain('全部通过');
    const bad = await run(['rules', 'test', '--engine', 'fast']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('fast');
  });

  it('reports JSON with --json', async () => {
    const r = await run(['rules', 'test', '--form', 'tcm-expertise', '--json']);
    expect(r.code).toBe(0);
    const [report] = JSON.parse(r.stdout);
    expect(report.form).toBe('tcm-expertise');
    expect(report.uncovered).toEqual([]);
    expect(report.scenarios.every((s: { passed: boolean }) => s.passed)).toBe(true);
    expect(report.coverage['TCM-4'].failing.length).toBeGreaterThan(0);
  });

  it('exits 1 when a scenario of a temp copy fails', async () => {
    const forms = formsCopy((dir) => editJson(join(dir, 'scenarios/shicheng-pass.json'), (s) => (s.expect.complete = false)));
    const r = await run(['--forms-dir', forms, 'rules', 'test']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ 师承：一名指导老师、两名推荐医师，材料齐全 — 通过/);
    expect(r.stdout).toContain('complete 应为 false，实际为 true');
    expect(r.stdout).toMatch(/\d+ 项未通过/);
  });

  it('exits 1 when a declared non-UI requirement has no scenario', async () => {
    const forms = formsCopy((dir) =>
      editJson(join(dir, 'definition.json'), (d) => {
        d.requirements.push({ id: 'TCM-90', summary: '测试用的新需求，没有场景' });
        d.requirements.push({ id: 'TCM-91', summary: '界面需求', ui: true });
      }),
    );
    const r = await run(['--forms-dir', forms, 'rules', 'test']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ TCM-90\s+通过 0\s+失败 0/);
    expect(r.stdout).toContain('缺少通过或失败场景的需求：TCM-90');
    expect(r.stdout).not.toMatch(/✗ TCM-91/);
    expect(r.stdout).toContain('1 项未通过');
  });

  it('exits 1 for a form whose files have errors', async () => {
    const forms = formsCopy((dir) => writeFileSync(join(dir, 'rules/2025.json'), '{ not json'));
    const r = await run(['--forms-dir', forms, 'rules', 'test']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('文件有错误，先运行 shenbao rules check');
  });
});

describe('shenbao usage errors', () => {
  it('exits 2 for an unknown command or a missing required option', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('frobnicate');
    const missing = await run(['validate', 'x.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--form');
  });

  it('exits 0 for --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('validate');
  });
});
