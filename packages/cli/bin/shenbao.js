#!/usr/bin/env node
// The `shenbao` command. Runs the built CLI (dist/), made by `pnpm install` (the root `prepare` script).
import { runCli } from '../dist/src/cli.js'; // the CLI alone (not the package's other exports: less to load at start)

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
});
process.exitCode = code;
