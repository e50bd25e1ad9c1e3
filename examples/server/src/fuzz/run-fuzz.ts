/**
 * `pnpm fuzz [cases] [seed]`: 100,000 fuzzed requests (default) through the server's declaration
 * path (see declaration-fuzz.ts); exit 1 on any throw, slow case or prototype pollution.
 */
import { fuzzDeclarations } from './declaration-fuzz.js';

const cases = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const started = performance.now();
const report = await fuzzDeclarations(cases, seed);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `fuzz: ${report.cases} cases (seed ${seed}) in ${seconds.toFixed(1)} s — throws ${report.throws.length}, slow (>2 s) ${report.slow.length}, ` +
    `prototype pollution ${report.polluted ? 'YES' : 0}, slowest ${report.maxMs.toFixed(1)} ms; ` +
    `malformed ${report.outcomes.malformed}, refused ${report.outcomes.refused}, incomplete ${report.outcomes.incomplete}, complete ${report.outcomes.complete}\n`,
);
for (const line of report.throws.slice(0, 20)) process.stdout.write(`  throw: ${line}\n`);
process.exitCode = report.throws.length === 0 && report.slow.length === 0 && !report.polluted ? 0 : 1;
