/** `shenbao forms`: the forms of the folder with their pack years and scenario counts. */
import type { Command } from 'commander';
import type { CommandContext } from '../cli-support.js';

/** Adds `forms` to the program. */
export function addFormsCommand(cmd: Command, { io, forms }: CommandContext): void {
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

}
