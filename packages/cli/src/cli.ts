/**
 * The `shenbao` command line: list forms, validate declarations (one, or a JSON-lines batch), and
 * check, diff and test rule packs. Exit codes: 0 valid / all good, 1 invalid / problems found,
 * 2 bad input (unreadable or malformed file, unknown form or year, wrong options).
 */
import { createReadStream } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formatProblem, parseJson, type FileProblem, type FormDefinition, type Locale } from '@shenbao/core';
import { diffPacks, formatPackDiff, evaluate, lintPack, type ResolvedPack, requirementOf, resolvePack, coverageOf, runScenario } from '@shenbao/rules';
import { referenceEngine } from '@shenbao/rules/reference';
import { builtinFormsDir, formIds, loadForm, loadForms, readJsonFile, type FormBundle } from './load-forms.js';
import { readLimited } from './read-lines.js';
import { UnreadableInput, validateLines } from './validate-lines.js';
import { join } from 'node:path';

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
}

/** A failure that ends the command with exit code 2 and a message. */
class BadInput extends Error {}

const workerCount = (value: string) => {
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 64) throw new InvalidArgumentError('工作线程数应为 1–64 的整数');
  return Number(value);
};

const year = (value: string) => {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('年份应为四位数字，如 2024');
  return Number(value);
};

/** Largest single declaration read by `validate` (without `--jsonl`), whatever kind of input it is. */
const maxInputBytes = 20 * 1024 * 1024;

/** Reads a declaration from standard input or a file of any kind (regular, FIFO, device), at most {@link maxInputBytes}. */
async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<string> {
  const name = file === '-' ? '<stdin>' : file;
  let input: AsyncIterable<Buffer | string> & { destroy?: () => void } = stdin as never;
  if (file !== '-') {
    const stream = createReadStream(file);
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (e: NodeJS.ErrnoException) => reject(new BadInput(`${file}：无法读取（${e.code ?? e.message}）`)));
    });
    input = stream;
  }
  let text: string | undefined;
  try {
    text = await readLimited(input, maxInputBytes);
  } catch (error) {
    throw new BadInput(`${name}：无法读取（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`);
  }
  if (text === undefined) throw new BadInput(`${name}：输入过大（超过 ${maxInputBytes / 1024 / 1024} MB），已停止读取`);
  return text;
}

/** Loads only the named form's folder (a batch run should not pay for every other form). */
async function findForm(dir: string | undefined, id: string): Promise<FormBundle & { definition: NonNullable<FormBundle['definition']> }> {
  const root = dir ?? builtinFormsDir();
  const known = await formIds(root);
  if (!known.includes(id)) throw new BadInput(`未知的表单“${id}”。已有表单：${known.join('、') || '无'}`);
  const bundle = await loadForm(join(root, id));
  if (!bundle.definition) throw new BadInput(`表单“${id}”的定义有错误：\n${bundle.problems.map(formatProblem).join('\n')}`);
  return bundle as never;
}

function packOf(bundle: FormBundle, y: number | undefined): ResolvedPack {
  const packs = bundle.packs.map((p) => p.value);
  if (packs.length === 0) throw new BadInput(`表单“${bundle.id}”没有可用的规则包`);
  const target = y ?? Math.max(...packs.map((p) => p.year));
  if (!packs.some((p) => p.year === target)) {
    throw new BadInput(`表单“${bundle.id}”没有 ${target} 年的规则包。已有年份：${packs.map((p) => p.year).join('、')}`);
  }
  try {
    return resolvePack(packs, target);
  } catch (error) {
    throw new BadInput((error as Error).message);
  }
}

/** Builds the commander program; `run` wraps it with exit codes. */
function program(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('shenbao')
    .description('shenbao（申报）：表单定义与年度规则包的命令行工具')
    .option('--forms-dir <dir>', '表单目录（默认：@shenbao/forms 内置表单）')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();
  const formsDir = () => cmd.opts<{ formsDir?: string }>().formsDir;
  const forms = () => loadForms(formsDir());

  cmd
    .command('forms')
    .description('列出表单、年度规则包和场景数')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { json?: boolean }) => {
      const bundles = await forms();
      const rows = bundles.map((b) => ({
        id: b.id,
        title: b.definition?.value.title['zh-CN'] ?? '（定义有错误）',
        years: b.packs.map((p) => p.value.year),
        scenarios: b.scenarios.length,
        problems: b.problems.length,
      }));
      if (opts.json) io.stdout(JSON.stringify(rows, null, 2) + '\n');
      else for (const r of rows) io.stdout(`${r.id}\t${r.title}\t规则包 ${r.years.join(',') || '无'}\t场景 ${r.scenarios}${r.problems ? `\t问题 ${r.problems}` : ''}\n`);
    });

  cmd
    .command('validate')
    .description('校验申报数据（JSON 输出；退出码 0 有效、1 无效、2 输入错误）')
    .requiredOption('--form <id>', '表单 id')
    .option('--year <yyyy>', '规则包年份（默认最新）', year)
    .option('--context <file>', '上下文事实 JSON 文件（如 {"today": "2024-05-01"}）')
    .option('--locale <locale>', '提示语言：zh-CN 或 en', 'zh-CN')
    .option('--jsonl', '批量：每行一份申报，每行输出一个结果（按输入顺序，随算随出），进度与速度写到 stderr')
    .option('--workers <n>', '与 --jsonl 一起：用 n 个工作线程校验（输出仍按输入顺序）', workerCount)
    .argument('<file>', '申报 JSON 文件，- 表示标准输入')
    .action(async (file: string, opts: { form: string; year?: number; context?: string; locale: string; jsonl?: boolean; workers?: number }) => {
      if (opts.workers !== undefined && !opts.jsonl) throw new BadInput('--workers 只能与 --jsonl 一起使用');
      if (opts.locale !== 'zh-CN' && opts.locale !== 'en') throw new BadInput(`不支持的语言“${opts.locale}”（可用：zh-CN、en）`);
      const locale = opts.locale as Locale;
      const bundle = await findForm(formsDir(), opts.form);
      const pack = packOf(bundle, opts.year);
      let context: unknown = {};
      if (opts.context) {
        const read = await readJsonFile(opts.context);
        if (!read.ok) throw new BadInput(formatProblem(read.problem));
        context = read.value;
      }
      const definition = bundle.definition.value;
      if (opts.jsonl) {
        try {
          setExit(await validateLines(io, { file, definition, pack, context, locale }, opts.workers ?? 0));
        } catch (error) {
          if (error instanceof UnreadableInput) throw new BadInput(error.message);
          throw error;
        }
        return;
      }
      const text = await readInput(file, io.stdin);
      const parsed = parseJson(text, file === '-' ? '<stdin>' : file);
      if (!parsed.ok) throw new BadInput(parsed.error.message);
      const result = await evaluate(definition, pack, parsed.value, context, { locale });
      io.stdout(JSON.stringify({ form: definition.id, year: pack.year, valid: result.complete, issues: result.issues, computed: result.computed }, null, 2) + '\n');
      setExit(result.complete ? 0 : 1);
    });

  const rules = cmd.command('rules').description('规则包：检查、比较、场景测试');

  rules
    .command('check')
    .description('检查定义、规则包与场景：字段、附件、运算符、参数、继承年份、重复 id、规则冲突')
    .option('--form <id>', '只检查一个表单')
    .action(async (opts: { form?: string }) => {
      const bundles = (await forms()).filter((b) => !opts.form || b.id === opts.form);
      if (opts.form && bundles.length === 0) throw new BadInput(`未知的表单“${opts.form}”`);
      let problems = 0;
      for (const bundle of bundles) {
        const found: FileProblem[] = [...bundle.problems];
        const definition = bundle.definition?.value;
        if (definition) {
          const siblings = bundle.packs.map((p) => p.value);
          for (const p of bundle.packs) found.push(...lintPack(p.value, definition, p.file, siblings, p.text));
          if (found.length === 0) found.push(...(await conflictsOf(bundle, definition)));
        }
        problems += found.length;
        io.stdout(found.length ? `✗ ${bundle.id}：${found.length} 个问题\n${found.map((p) => '  ' + formatProblem(p)).join('\n')}\n` : `✓ ${bundle.id}：定义、${bundle.packs.length} 个规则包、${bundle.scenarios.length} 个场景均通过检查\n`);
      }
      setExit(problems ? 1 : 0);
    });

  rules
    .command('diff')
    .description('比较同一表单两个年份的规则包（按规则与参数）')
    .requiredOption('--form <id>', '表单 id')
    .option('--json', '以 JSON 输出')
    .argument('<from>', '旧年份', year)
    .argument('<to>', '新年份', year)
    .action(async (from: number, to: number, opts: { form: string; json?: boolean }) => {
      const bundle = await findForm(formsDir(), opts.form);
      const d = diffPacks(packOf(bundle, from), packOf(bundle, to));
      io.stdout((opts.json ? JSON.stringify(d, null, 2) : formatPackDiff(d)) + '\n');
    });

  rules
    .command('test')
    .description('运行场景，输出覆盖表（需求 → 场景）；场景失败或需求无覆盖时退出码为 1')
    .option('--form <id>', '只测试一个表单')
    .option('--json', '以 JSON 输出')
    .addOption(new Option('--engine <engine>', '规则引擎：compiled（编译后的运行时，默认）或 reference（json-rules-engine 参照实现）').choices(['compiled', 'reference']).default('compiled'))
    .action(async (opts: { form?: string; json?: boolean; engine: 'compiled' | 'reference' }) => {
      const evaluateOptions = opts.engine === 'reference' ? { engine: referenceEngine } : {};
      const bundles = (await forms()).filter((b) => !opts.form || b.id === opts.form);
      if (opts.form && bundles.length === 0) throw new BadInput(`未知的表单“${opts.form}”`);
      let failed = 0;
      const report: unknown[] = [];
      for (const bundle of bundles) {
        const definition = bundle.definition?.value;
        if (!definition || bundle.problems.length) {
          failed++;
          io.stdout(`✗ ${bundle.id}：文件有错误，先运行 shenbao rules check\n${bundle.problems.map((p) => '  ' + formatProblem(p)).join('\n')}\n`);
          continue;
        }
        const results = [];
        for (const s of bundle.scenarios) {
          const pack = packOf(bundle, s.value.year);
          results.push({ ...(await runScenario(definition, pack, s.value, s.file, evaluateOptions)), expectComplete: s.value.expect.complete });
        }
        const coverage = coverageOf(results);
        const declared = definition.requirements ?? [];
        const ruleReqs = new Set(bundle.packs.flatMap((p) => p.value.rules.map((r) => requirementOf(r.id))));
        const elsewhere = new Set(declared.filter((r) => r.ui || r.coveredBy).map((r) => r.id));
        const mustCover = new Set([...declared.filter((r) => !elsewhere.has(r.id)).map((r) => r.id), ...[...ruleReqs].filter((id) => !elsewhere.has(id))]);
        const uncovered = [...mustCover].filter((id) => {
          const row = coverage.get(id);
          return !row || row.passing.length === 0 || row.failing.length === 0;
        });
        const failures = results.filter((r) => !r.passed);
        failed += failures.length + uncovered.length;
        report.push({ form: bundle.id, scenarios: results.map(({ evaluation: _e, ...r }) => r), coverage: Object.fromEntries(coverage), uncovered });
        if (opts.json) continue;
        io.stdout(`${bundle.id}：${results.length - failures.length}/${results.length} 个场景通过\n`);
        for (const r of results) {
          io.stdout(`  ${r.passed ? '✓' : '✗'} ${r.name}${r.file ? `（${r.file}）` : ''}\n`);
          for (const f of r.failures) io.stdout(`      ${f}\n`);
        }
        io.stdout(`  覆盖表（需求 → 通过场景 / 失败场景）：\n`);
        for (const id of [...new Set([...mustCover, ...coverage.keys()])].filter((id) => !elsewhere.has(id)).sort(compareIds)) {
          const row = coverage.get(id) ?? { passing: [], failing: [] };
          const ok = row.passing.length > 0 && row.failing.length > 0;
          io.stdout(`    ${ok ? '✓' : mustCover.has(id) ? '✗' : '·'} ${id.padEnd(10)} 通过 ${row.passing.length}  失败 ${row.failing.length}\n`);
        }
        for (const r of declared.filter((x) => x.ui || x.coveredBy)) io.stdout(`    · ${r.id.padEnd(10)} （${r.ui ? '界面需求，由浏览器测试覆盖' : `由 ${r.coveredBy} 覆盖`}）\n`);
        if (uncovered.length) io.stdout(`  ✗ 缺少通过或失败场景的需求：${uncovered.join('、')}\n`);
      }
      if (opts.json) io.stdout(JSON.stringify(report, null, 2) + '\n');
      else io.stdout(failed ? `\n${failed} 项未通过\n` : '\n全部通过\n');
      setExit(failed ? 1 : 0);
    });
  return cmd;
}

function compareIds(a: string, b: string): number {
  const [pa, na] = a.split('-');
  const [pb, nb] = b.split('-');
  return pa === pb ? Number(na) - Number(nb) : (pa ?? '').localeCompare(pb ?? '');
}

/** Conflicting effects found by running the form's scenarios (show and hide together, two `set` values). */
async function conflictsOf(bundle: FormBundle, definition: FormDefinition): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  for (const s of bundle.scenarios) {
    let pack: ResolvedPack;
    try {
      pack = packOf(bundle, s.value.year);
    } catch (error) {
      problems.push({ file: s.file, pointer: '/year', message: (error as Error).message });
      continue;
    }
    const result = await evaluate(definition, pack, s.value.data, s.value.context ?? {});
    for (const issue of result.issues) {
      if (issue.code === 'pack-conflict' || issue.code === 'pack-error') {
        problems.push({ file: bundle.packs.find((p) => p.value.year === pack.year)?.file ?? bundle.id, pointer: '', message: `场景“${s.value.name}”中：${issue.message}` });
      }
    }
  }
  return problems;
}

/** Runs the CLI with arguments (without `node` and the script); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exit = 0;
  const cmd = program(io, (code) => (exit = code));
  try {
    await cmd.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof BadInput) {
      io.stderr(`错误：${error.message}\n`);
      return 2;
    }
    io.stderr(`错误：${(error as Error).message ?? String(error)}\n`);
    return 2;
  }
}
