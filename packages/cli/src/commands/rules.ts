/** `shenbao rules check | diff | test`: lint packs, compare two years, run scenarios with a coverage table. */
import { Option, type Command } from 'commander';
import { formatProblem, type FileProblem, type FormDefinition } from '@shenbao/core';
import { coverageOf, diffPacks, evaluate, formatPackDiff, lintPack, requirementOf, runScenario, type ResolvedPack } from '@shenbao/rules';
import { BadInput, findForm, packOf, year, type CommandContext } from '../cli-support.js';
import type { FormBundle } from '../load-forms.js';

/** Adds the `rules` group to the program. */
export function addRulesCommands(cmd: Command, { io, setExit, formsDir, forms }: CommandContext): void {
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
      // json-rules-engine is loaded only when asked for (every other command starts without it).
      const evaluateOptions = opts.engine === 'reference' ? { engine: (await import('@shenbao/rules/reference')).referenceEngine } : {};
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
