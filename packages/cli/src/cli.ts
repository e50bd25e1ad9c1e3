/**
 * The `shenbao` command line: list forms, validate declarations (one, or a JSON-lines batch), and
 * check, diff and test rule packs. Exit codes: 0 valid / all good, 1 invalid / problems found,
 * 2 bad input (unreadable or malformed file, unknown form or year, wrong options).
 * Each command group is a file of `commands/`.
 */
import { Command, CommanderError } from 'commander';
import { BadInput, type CliIO, type CommandContext } from './cli-support.js';
import { addCompileCommand } from './commands/compile.js';
import { addFormsCommand } from './commands/forms.js';
import { addRulesCommands } from './commands/rules.js';
import { addValidateCommand } from './commands/validate.js';
import { loadForms } from './load-forms.js';

export type { CliIO } from './cli-support.js';

/** Builds the commander program; `runCli` wraps it with exit codes. */
function program(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('shenbao')
    .description('shenbao（申报）：表单定义与年度规则包的命令行工具')
    .option('--forms-dir <dir>', '表单目录（默认：@shenbao/forms 内置表单）')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();
  const formsDir = () => cmd.opts<{ formsDir?: string }>().formsDir;
  const context: CommandContext = { io, setExit, formsDir, forms: () => loadForms(formsDir()) };
  addFormsCommand(cmd, context);
  addValidateCommand(cmd, context);
  addRulesCommands(cmd, context);
  addCompileCommand(cmd, context);
  return cmd;
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
