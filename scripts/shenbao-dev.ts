/**
 * The `shenbao` CLI run from source (no build needed): for working on forms and the CLI itself.
 * Usage: node --conditions=source --import tsx scripts/shenbao-dev.ts rules test --form tcm-expertise
 */
import { runCli } from '@shenbao/cli';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
});
