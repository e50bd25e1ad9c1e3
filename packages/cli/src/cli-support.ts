/**
 * What every `shenbao` command shares: where it writes, how it fails with exit code 2, its option
 * parsers, and finding a form and its pack in the forms folder.
 */
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { formatProblem } from '@shenbao/core';
import { resolvePack, type ResolvedPack } from '@shenbao/rules';
import { builtinFormsDir, formIds, loadForm, loadForms, type FormBundle } from './load-forms.js';
import type { LinesIO } from './validate-lines.js';

/** Where the CLI writes; tests pass their own (the same shape `validate --jsonl` writes to). */
export type CliIO = LinesIO;

/** What a command group is given: the output, the exit code setter and the forms folder. */
export interface CommandContext {
  io: CliIO;
  setExit: (code: number) => void;
  /** The `--forms-dir` option (undefined: the built-in forms). */
  formsDir: () => string | undefined;
  /** Every form of the forms folder, loaded and checked. */
  forms: () => ReturnType<typeof loadForms>;
}

/** A failure that ends the command with exit code 2 and a message. */
export class BadInput extends Error {}

/** Parses `--workers`. */
export const workerCount = (value: string) => {
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 64) throw new InvalidArgumentError('工作线程数应为 1–64 的整数');
  return Number(value);
};

/** Parses a four-digit year option or argument. */
export const year = (value: string) => {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('年份应为四位数字，如 2024');
  return Number(value);
};

/** Loads only the named form's definition and packs (a batch run should not pay for every other form, nor for scenarios). */
export async function findForm(dir: string | undefined, id: string): Promise<FormBundle & { definition: NonNullable<FormBundle['definition']> }> {
  const root = dir ?? builtinFormsDir();
  const known = await formIds(root);
  if (!known.includes(id)) throw new BadInput(`未知的表单“${id}”。已有表单：${known.join('、') || '无'}`);
  const bundle = await loadForm(join(root, id), undefined, { scenarios: false });
  if (!bundle.definition) throw new BadInput(`表单“${id}”的定义有错误：\n${bundle.problems.map(formatProblem).join('\n')}`);
  return bundle as never;
}

/** The resolved pack of `y` (default: the newest year) of a loaded form; a missing year is bad input. */
export function packOf(bundle: FormBundle, y: number | undefined): ResolvedPack {
  const packs = bundle.packs.map((p) => p.value);
  if (packs.length === 0) throw new BadInput(`表单“${bundle.id}”没有可用的规则包`);
  if (y !== undefined && !packs.some((p) => p.year === y)) {
    throw new BadInput(`表单“${bundle.id}”没有 ${y} 年的规则包。已有年份：${packs.map((p) => p.year).join('、')}`);
  }
  try {
    return resolvePack(packs, y);
  } catch (error) {
    throw new BadInput((error as Error).message);
  }
}

