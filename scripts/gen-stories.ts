/**
 * Generates `packages/ui/src/stories/generated/<form>.stories.ts`: one Storybook story per scenario
 * file of each built-in form (so reviewers see exactly the scenarios policy staff wrote), plus one
 * blank "edit" story at the wizard's first step. Storybook indexes stories statically, so the
 * export names, story names and descriptions are written out as literals; the data comes from the
 * scenario JSON itself. `pnpm gen:stories` writes the files; a test fails when they drift.
 *
 * Usage: node --conditions=source --import tsx scripts/gen-stories.ts [--check]
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '@shenbao/rules';
import { storyNameFromExport, toId } from 'storybook/internal/csf';
import { formIds, pascal } from './gen-form-types.js';
import { loadedForm } from './builtin-forms.js';
import { writeGenerated } from './write-generated.js';

const root = join(import.meta.dirname, '..');

/** Folder of the generated story files. */
export const storiesDir = join(root, 'packages', 'ui', 'src', 'stories', 'generated');

/** Generated story file path of a form. */
export function storiesPath(id: string): string {
  return join(storiesDir, `${id}.stories.ts`);
}

/** `bad-id-check-digit.json` → `BadIdCheckDigit` (the story's export name). */
export function storyExportName(file: string): string {
  const name = pascal(file.replace(/\.json$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
  return /^[0-9]/.test(name) ? `Scenario${name}` : name;
}

/** The scenario files of a form, sorted. */
export function scenarioFiles(id: string): string[] {
  return loadedForm(id).scenarios.map((s) => s.file);
}

/** A scenario file of a form, as loaded. */
const scenarioOf = (id: string, file: string): Scenario => loadedForm(id).scenarios.find((s) => s.file === file)!.scenario;

const literal = (value: unknown) => JSON.stringify(value);

/** What a reviewer reads under the story: requirement ids, the expected verdict and issues, the file. */
export function scenarioDescription(id: string, file: string, scenario: Scenario, year: number): string {
  const { expect } = scenario;
  const lines = [`**需求** ${scenario.requirements.join('、')} · **预期** ${expect.complete ? '通过（可提交）' : '不通过'}`];
  if (expect.issues?.length) lines.push('', '预期问题：', ...expect.issues.map((i) => `- \`${i.path}\` ${i.code}${i.message ? `：${i.message}` : ''}`));
  else if (expect.issues) lines.push('', '预期问题：无');
  const more: [string, string[] | undefined][] = [
    ['必填', expect.required],
    ['非必填', expect.notRequired],
    ['显示', expect.visible],
    ['隐藏', expect.hidden],
  ];
  for (const [label, pointers] of more) if (pointers?.length) lines.push('', `${label}：${pointers.map((p) => `\`${p}\``).join('、')}`);
  if (expect.attachments) {
    const slots = Object.entries(expect.attachments).map(([path, range]) => `\`${path}\` ${range.min ?? 0}–${range.max ?? '∞'}`);
    lines.push('', `附件数量：${slots.join('、')}`);
  }
  if (expect.computed) lines.push('', `计算：${Object.entries(expect.computed).map(([p, v]) => `\`${p}\` = ${JSON.stringify(v)}`).join('、')}`);
  if (scenario.description) lines.push('', scenario.description);
  lines.push('', `场景文件 \`packages/forms/${id}/scenarios/${file}\` · ${year} 年规则包`);
  return lines.join('\n');
}

interface DefinitionHead {
  title: { 'zh-CN': string; en?: string };
}

/** The generated stories module of one form. */
export function storyModule(id: string): string {
  const definition: DefinitionHead = loadedForm(id).definition;
  const years = loadedForm(id).packs.map((p) => p.year);
  const newest = Math.max(...years);
  const files = scenarioFiles(id);
  const exports = new Map<string, string>([['Edit', '(blank edit story)']]);
  const imports: string[] = [];
  const stories: string[] = [];
  for (const file of files) {
    const name = storyExportName(file);
    const clash = exports.get(name);
    if (clash) throw new Error(`${id}/scenarios/${file}: story name ${name} is taken by ${clash}; rename the file`);
    exports.set(name, file);
    const scenario = scenarioOf(id, file);
    const ident = `scenario${name}`;
    imports.push(`import ${ident} from '@shenbao/forms/${id}/scenarios/${file}' with { type: 'json' };`);
    stories.push(`/** ${file} */
export const ${name}: Story = {
  name: ${literal(storyName(scenario))},
  tags: ${literal(scenario.requirements)},
  parameters: {
    scenario: ${ident},
    docs: { description: { story: ${literal(scenarioDescription(id, file, scenario, scenario.year ?? newest))} } },
  },
};
`);
  }
  const title = definition.title['zh-CN'];
  const component = [
    `${title}${definition.title.en ? `（${definition.title.en}）` : ''}：\`packages/forms/${id}\` 的 ${files.length} 个场景，每个场景一则。`,
    '场景以“确认”模式展示（全部字段及其问题，预期不通过的场景显示红色问题）；“填写”是空白申报，向导在第一步。',
    `规则包：${years.sort().join('、')} 年（场景未指定年份时用 ${newest} 年）。工具栏可切换语言与手机/桌面视口。`,
  ].join('\n\n');
  return `// Generated by scripts/gen-stories.ts from packages/forms/${id}. Do not edit: run \`pnpm gen:stories\`.
import { builtinForm } from '@shenbao/forms';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { checkForm, renderForm, type FormStoryArgs } from '../form-story.js';
${imports.join('\n')}

const form = builtinForm(${literal(id)});
const modes = ['edit', 'confirm', 'readonly', 'review'];

export default {
  title: ${literal(`表单/${title}`)},
  id: ${literal(`forms-${id}`)},
  component: 'shenbao-form',
  render: renderForm(form),
  play: checkForm(form),
  args: { mode: 'confirm', unmasked: false },
  argTypes: {
    // An enum type (not the manifest's "FormMode") so Storybook takes \`&args=mode:review\` from a link.
    mode: { control: 'inline-radio', options: modes, type: { name: 'enum', value: modes }, table: { defaultValue: { summary: 'confirm' } } },
  },
  parameters: {
    controls: { include: ['mode', 'unmasked'] },
    docs: { description: { component: ${literal(component)} } },
  },
} satisfies Meta<FormStoryArgs>;

type Story = StoryObj<FormStoryArgs>;

/** A blank declaration: the wizard at its first step. */
export const Edit: Story = {
  name: '填写：空白申报（第一步）',
  args: { mode: 'edit' },
  argTypes: { mode: { table: { defaultValue: { summary: 'edit' } } } },
};

${stories.join('\n')}`;
}

/** A scenario story's name: the scenario's, then its requirement IDs (so Storybook's search finds "TCM-4"). */
export function storyName(scenario: Scenario): string {
  return `${scenario.name} · ${scenario.requirements.join(' ')}`;
}

/** Docs page path of a form: its scenarios as a table. */
export function docsPath(id: string): string {
  return join(storiesDir, `${id}.mdx`);
}

/** Text inside the MDX table (JSX): characters MDX would read as markup, as character references. */
const cell = (text: string) => text.replace(/[{}<>&*_`\\|[\]]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n/g, ' ');

/** The Docs page of a form (MDX attached to its stories): every scenario as a row of a table, linked to its story. */
export function docsModule(id: string): string {
  const definition: DefinitionHead & { requirements?: { id: string; summary: string }[] } = loadedForm(id).definition;
  const summaries = new Map((definition.requirements ?? []).map((r) => [r.id, r.summary]));
  const rows = scenarioFiles(id).map((file, n) => {
    const scenario = scenarioOf(id, file);
    const storyId = toId(`forms-${id}`, storyNameFromExport(storyExportName(file)));
    const issues = scenario.expect.issues?.map((i) => `<code>${cell(i.path || '（整份申报）')}</code> ${cell(i.code)}`).join('；') ?? '';
    const requirements = scenario.requirements.map((r) => `<strong>${cell(r)}</strong> ${cell(summaries.get(r) ?? '')}`).join('<br />');
    return `    <tr><td>${n + 1}</td><td><a href="./?path=/story/${storyId}" target="_top">${cell(scenario.name)}</a></td><td>${requirements}</td><td style={{ whiteSpace: 'nowrap' }}>${scenario.expect.complete ? '通过' : '不通过'}</td><td>${issues || '—'}</td></tr>`;
  });
  return `{/* Generated by scripts/gen-stories.ts from packages/forms/${id}. Do not edit: run \`pnpm gen:stories\`. */}
import { Meta } from '@storybook/addon-docs/blocks';
import * as Stories from './${id}.stories';

<Meta of={Stories} name="场景一览" />

# ${cell(definition.title['zh-CN'])}：场景一览

\`packages/forms/${id}/scenarios\` 的 ${rows.length} 个场景。点击场景名打开它的故事：故事上方的横幅写明需求、预期与实际结论，以及每个预期问题是否在屏幕上可见。

<table>
  <thead>
    <tr><th>#</th><th>场景</th><th>需求</th><th style={{ whiteSpace: 'nowrap' }}>预期</th><th>预期问题</th></tr>
  </thead>
  <tbody>
${rows.join('\n')}
  </tbody>
</table>
`;
}

/** Every generated file and its text. */
export function generatedStories(): [path: string, text: string][] {
  return formIds().flatMap((id): [string, string][] => [
    [storiesPath(id), storyModule(id)],
    [docsPath(id), docsModule(id)],
  ]);
}

/** Generated files that belong to no form any more. */
export function orphanStories(): string[] {
  if (!existsSync(storiesDir)) return [];
  const wanted = new Set(formIds().flatMap((id) => [storiesPath(id), docsPath(id)]));
  return readdirSync(storiesDir).map((f) => join(storiesDir, f)).filter((p) => !wanted.has(p));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let stale = writeGenerated(generatedStories(), check, 'pnpm gen:stories');
  for (const path of orphanStories()) {
    stale++;
    if (check) console.error(`多余：${path}（运行 pnpm gen:stories）`);
    else {
      rmSync(path);
      console.log(`已删除 ${path}`);
    }
  }
  if (check && stale) process.exitCode = 1;
}
