/**
 * The studio's access to the forms folder: list forms, load one, write a year's pack or a new
 * scenario. Form ids, years and scenario names are checked strictly and every path must stay inside
 * the folder; a pack is written only when it passes the same lint as `shenbao rules check`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { FileProblem } from '@shenbao/core';
import { checkScenarioShape, lintPack, type RulePack } from '@shenbao/rules';
import { formIds, loadForm } from '@shenbao/cli';
import { formatPack } from '../model/format-pack.js';

/** A refusal with an HTTP status and a Chinese message (and the problems found, if any). */
export class FolderError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: FileProblem[] = [],
  ) {
    super(message);
    this.name = 'FolderError';
  }
}

const formIdPattern = /^[a-z][a-z0-9-]{0,63}$/;
const scenarioNamePattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Checks a year as it comes in a URL: four digits, 2000–2099. */
export function checkYear(text: string): number {
  if (!/^20\d\d$/.test(text)) throw new FolderError(400, `年度“${text.slice(0, 16)}”无效：须为 2000—2099 之间的四位数字`);
  return Number(text);
}

/** The forms folder the studio reads and writes. */
export class FormsFolder {
  readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }

  /** A path inside the folder; refuses anything that would leave it. */
  inside(...parts: string[]): string {
    const path = resolve(this.root, ...parts);
    if (!path.startsWith(this.root + sep)) throw new FolderError(400, '路径超出表单目录');
    return path;
  }

  /** Checks a form id: the pattern, and a folder with a definition.json. */
  async checkForm(id: string): Promise<string> {
    if (!formIdPattern.test(id) || !(await formIds(this.root)).includes(id)) throw new FolderError(404, `没有表单“${id.slice(0, 64)}”`);
    return id;
  }

  /** Every form with its title and years (each with the year it extends). */
  async list(): Promise<{ id: string; title: string; years: { year: number; extends?: number }[] }[]> {
    const out = [];
    for (const id of await formIds(this.root)) {
      const bundle = await loadForm(this.inside(id));
      const years = bundle.packs.map((p) => (p.value.extends === undefined ? { year: p.value.year } : { year: p.value.year, extends: p.value.extends }));
      out.push({ id, title: bundle.definition?.value.title['zh-CN'] ?? id, years });
    }
    return out;
  }

  /** One form: its definition, packs (with their text) and scenarios (with their file names). */
  async load(id: string) {
    await this.checkForm(id);
    const bundle = await loadForm(this.inside(id));
    if (!bundle.definition) throw new FolderError(422, `表单“${id}”的定义无法读取`, bundle.problems);
    return {
      id,
      definition: bundle.definition.value,
      packs: bundle.packs.map((p) => ({ year: p.value.year, text: p.text, value: p.value })),
      scenarios: bundle.scenarios.map((s) => ({ name: s.file.split(/[\\/]/).pop()!.replace(/\.json$/, ''), value: s.value })),
      problems: bundle.problems,
    };
  }

  /** Writes `<form>/rules/<year>.json` after the lint of `rules check`; keeps unchanged parts' text. */
  async writePack(id: string, yearText: string, body: unknown): Promise<{ file: string; text: string }> {
    await this.checkForm(id);
    const year = checkYear(yearText);
    const pack = body as RulePack;
    if (typeof body !== 'object' || body === null || pack.form !== id || pack.year !== year) {
      throw new FolderError(400, `规则包的 form/year 须为 ${id}/${year}`);
    }
    const form = await this.load(id);
    const file = `${id}/rules/${year}.json`;
    const siblings = form.packs.filter((p) => p.year !== year).map((p) => p.value);
    const problems = lintPack(pack, form.definition, file, siblings);
    if (problems.length) throw new FolderError(422, `规则包有 ${problems.length} 处问题，未保存`, problems);
    const path = this.inside(id, 'rules', `${year}.json`);
    const previous = form.packs.find((p) => p.year === year)?.text;
    const text = formatPack(pack, previous);
    await mkdir(this.inside(id, 'rules'), { recursive: true });
    await writeFile(path, text, 'utf8');
    return { file, text };
  }

  /** Writes a new scenario `<form>/scenarios/<name>.json`; never overwrites one. */
  async writeScenario(id: string, name: string, body: unknown): Promise<{ file: string }> {
    await this.checkForm(id);
    if (!scenarioNamePattern.test(name)) throw new FolderError(400, `场景文件名“${name.slice(0, 64)}”无效：只能用小写字母、数字和连字符`);
    const file = `${id}/scenarios/${name}.json`;
    const problems = checkScenarioShape(body, file);
    if (problems.length) throw new FolderError(422, '场景不符合格式要求，未保存', problems);
    const path = this.inside(id, 'scenarios', `${name}.json`);
    const exists = await readFile(path).then(
      () => true,
      () => false,
    );
    if (exists) throw new FolderError(409, `场景 ${name} 已存在`);
    await writeFile(path, formatPack(body), { encoding: 'utf8', flag: 'wx' });
    return { file };
  }
}
