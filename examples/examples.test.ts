/**
 * Runs every example (`examples/NN-*.ts`) as a child process, exactly as its README says, and checks
 * that it exits 0 and prints what it promises. New examples are picked up by listing the folder;
 * give them expectations below (an example without any still has to run cleanly).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const examples = readdirSync(import.meta.dirname).filter((f) => /^\d{2}-.+\.ts$/.test(f) && !f.endsWith('.test.ts')).sort();

/** An unmasked 18-character ID number (17 digits and a check digit or X): no example may print one (COMMON-4). */
const unmaskedId = /(?<![\dX*])\d{17}[\dX](?![\dX])/;

/** What each example's output must contain. */
const expectations: Record<string, (string | RegExp)[]> = {
  '01-validate-declaration.ts': ['以师承方式学习中医须填报', '（/teachers）', /可以提交\s*$/],
  '02-year-inheritance.ts': ['2024 年：可以提交', '2025 年：不能提交', '须填报至少 3 名推荐医师', 'minRecommenders', '2 → 3'],
  '03-server-side-validation.ts': [
    '带 __proto__ 键的申报：422 拒绝',
    '（/__proto__）',
    '指导老师缺少医师执业证的申报：422 拒绝',
    '（/teachers/0/attachments/teacherPracticeCert）',
    '完整的申报：201 已接收',
    '4201**********0018',
  ],
};

describe('examples', () => {
  test('the folder has the documented examples', () => {
    expect(examples).toEqual(expect.arrayContaining(Object.keys(expectations)));
  });

  test.each(examples)('%s runs and prints what it shows', (file) => {
    // The command of examples/README.md, from the repository root.
    const { status, stdout, stderr, error } = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', join('examples', file)], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      timeout: 60_000,
    });
    expect(error).toBeUndefined();
    expect({ status, stderr }, stdout).toEqual({ status: 0, stderr: '' });
    for (const item of expectations[file] ?? []) {
      if (typeof item === 'string') expect(stdout).toContain(item);
      else expect(stdout).toMatch(item);
    }
    expect(stdout).not.toMatch(unmaskedId);
  });
});
