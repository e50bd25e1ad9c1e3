/**
 * Example 02: a new exam year that inherits the previous one
 *
 * Policy changes every year, usually a little. A year's rule pack can `extend` the previous year
 * and hold only what changed. Here the 2025 pack raises the minimum number of recommending
 * physicians (推荐医师) from 2 to 3. The same declaration passes under 2024 and fails under 2025,
 * and `diffPacks` tells policy staff exactly what changed.
 *
 * Run from the repository root:
 *   node --conditions=source --import tsx examples/02-year-inheritance.ts
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type FormDefinition } from '@shenbao/core';
import { diffPacks, evaluate, formatPackDiff, lintPack, resolvePack, type ResolvedPack, type RulePack } from '@shenbao/rules';

// The form and its 2024 pack, from the installed @shenbao/forms package (as in example 01).
const formsDir = dirname(fileURLToPath(import.meta.resolve('@shenbao/forms/package.json')));
const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'));
const definition = (await readJson(join(formsDir, 'tcm-expertise', 'definition.json'))) as FormDefinition;
const pack2024 = (await readJson(join(formsDir, 'tcm-expertise', 'rules', '2024.json'))) as RulePack;

/**
 * The 2025 pack. In a project this is the file packages/forms/tcm-expertise/rules/2025.json; it
 * is written inline here to keep the example in one file. It holds only the change: params
 * override by name, `rules` replace inherited rules with the same id (or are added), `remove`
 * drops inherited rules by id.
 */
const pack2025: RulePack = {
  form: 'tcm-expertise',
  year: 2025,
  extends: 2024,
  description: '2025 年：推荐医师增至至少 3 名，其余同 2024 年',
  params: {
    minRecommenders: { value: 3, description: '最少推荐医师人数（2025 年起：3 名）' },
  },
  rules: [],
};

// Check the new pack against the definition before anyone relies on it (the CLI's
// `shenbao rules check` does the same for pack files): unknown fields, slots, operators, params,
// years that do not exist, duplicate ids.
const problems = lintPack(pack2025, definition, 'rules/2025.json', [pack2024, pack2025]);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

// Resolve both years from the full set of packs: resolvePack walks the `extends` chain.
const packs = [pack2024, pack2025];
const p2024 = resolvePack(packs, 2024);
const p2025 = resolvePack(packs, 2025);
console.log(`2025 年规则包继承链：${p2025.chain.join(' → ')}，共 ${p2025.rules.length} 条规则\n`);

// One declaration: a 师承 candidate with one guidance teacher and two recommending physicians.
const declaration = await readJson(join(import.meta.dirname, 'data', 'tcm-shicheng.json'));
const context = { today: '2025-05-01' };

async function verdict(pack: ResolvedPack): Promise<string> {
  const result = await evaluate(definition, pack, declaration, context);
  if (result.complete) return `${pack.year} 年：可以提交`;
  return `${pack.year} 年：不能提交 — ${result.issues.map((i) => `${i.message}（${i.path}）`).join('；')}`;
}

console.log(await verdict(p2024));
console.log(await verdict(p2025));

// What changed between the two years, per param and per rule (`shenbao rules diff` prints the same).
console.log('\n' + formatPackDiff(diffPacks(p2024, p2025)));
