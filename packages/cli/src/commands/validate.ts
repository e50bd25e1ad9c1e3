/** `shenbao validate`: one declaration (JSON out) or a JSON-lines batch, optionally on worker threads. */
import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import { formatProblem, parseJson, type Locale } from '@shenbao/core';
import { evaluate } from '@shenbao/rules';
import { BadInput, findForm, packOf, workerCount, year, type CommandContext } from '../cli-support.js';
import { readJsonFile } from '../load-forms.js';
import { readLimited } from '../read-lines.js';
import { UnreadableInput, validateLines } from '../validate-lines.js';

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

/** Adds `validate` to the program. */
export function addValidateCommand(cmd: Command, { io, setExit, formsDir }: CommandContext): void {
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
}
