/** `shenbao compile`: the standalone validator module of a definition, for pages under `script-src 'self'`. */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { checkDefinition, formatProblem, type FormDefinition } from '@shenbao/core';
import { BadInput, type CommandContext } from '../cli-support.js';
import { loadSharedSchemas, readJsonFile } from '../load-forms.js';

/** Adds `compile` to the program. */
export function addCompileCommand(cmd: Command, { io }: CommandContext): void {
  cmd
    .command('compile')
    .description('把表单定义编译为独立的校验模块（严格 CSP 下 script-src \'self\' 的页面用它，无需 eval）')
    .argument('<definition>', '表单定义 JSON 文件（definition.json）')
    .option('-o, --out <file>', '输出的 JavaScript 模块（默认：标准输出）')
    .option('--shared-dir <dir>', '定义以 $ref 引用的共享结构所在的表单目录（默认：定义所在目录的上一级）')
    .action(async (file: string, opts: { out?: string; sharedDir?: string }) => {
      const read = await readJsonFile(file);
      if (!read.ok) throw new BadInput(formatProblem(read.problem));
      const problems: Parameters<typeof loadSharedSchemas>[1] = [];
      const shared = await loadSharedSchemas(opts.sharedDir ?? dirname(dirname(resolve(file))), problems);
      const checked = checkDefinition(read.value, file, read.text, shared);
      if (!checked.ok) throw new BadInput(`表单定义有错误：\n${checked.problems.map(formatProblem).join('\n')}`);
      // ajv's standalone code generator is loaded only for this command (the others start without it).
      const { validatorModule } = await import('../validator-module.js');
      const code = validatorModule(checked.definition as FormDefinition, 'shenbao compile', `run \`shenbao compile ${basename(file)} -o ${opts.out ? basename(opts.out) : '…'}\` again`);
      if (!opts.out) {
        io.stdout(code);
        return;
      }
      try {
        await writeFile(opts.out, code);
      } catch (error) {
        throw new BadInput(`${opts.out}：无法写入（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`);
      }
      io.stderr(`已生成 ${opts.out}\n`);
    });
}
