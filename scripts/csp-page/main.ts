/**
 * The page of the strict-CSP check (scripts/csp.test.ts serves it with
 * `Content-Security-Policy: script-src 'self'`): `<shenbao-form>` with the TCM definition, its 2024
 * pack and the precompiled validator. Everything runs from clicks (page tasks), never from the
 * test's `page.evaluate`, where DevTools could evaluate code the page itself may not.
 */
import '../../packages/ui/src/define.js';
import { tcmExpertise } from '@shenbao/forms';
import { resolvePack, type RulePack } from '@shenbao/rules';
import validator from '../../packages/forms/src/generated/validators/tcm-expertise.js';
import { cases, context } from './cases.js';

const $ = (id: string) => document.getElementById(id)!;
addEventListener('error', (e) => ($('errors').textContent += `${e.message}\n`));
addEventListener('unhandledrejection', (e) => ($('errors').textContent += `${String(e.reason)}\n`));
document.addEventListener('securitypolicyviolation', (e) => ($('violation').textContent = `${e.effectiveDirective} ${e.blockedURI}`));

const form = document.createElement('shenbao-form');
form.draftKey = '';
form.validator = validator;
form.definition = tcmExpertise.definition;
form.rules = resolvePack([tcmExpertise.packs[2024] as RulePack], 2024);
form.context = context;
$('host').append(form);

$('probe').addEventListener('click', () => {
  try {
    new Function('return 1')();
    $('probe-result').textContent = 'allowed';
  } catch (e) {
    $('probe-result').textContent = e instanceof EvalError ? 'EvalError' : String(e);
  }
});

for (const name of ['incomplete', 'complete'] as const) {
  $(`check-${name}`).addEventListener('click', async () => {
    $('verdict').textContent = '';
    try {
      form.value = cases[name];
      const evaluation = await form.check();
      if (!evaluation) throw new Error('no evaluation');
      $('verdict').textContent = evaluation.complete ? '完整' : evaluation.issues.map((i) => `${i.path} ${i.message}`).join('\n');
    } catch (e) {
      $('verdict').textContent = `failed: ${String(e)}`;
    }
  });
}
// A definition given at run time without its precompiled validator: the form must say what to do, not stay blank.
$('runtime').addEventListener('click', () => {
  const runtime = document.createElement('shenbao-form');
  runtime.draftKey = '';
  runtime.definition = structuredClone(tcmExpertise.definition);
  runtime.rules = resolvePack([tcmExpertise.packs[2024] as RulePack], 2024);
  runtime.context = context;
  $('runtime-host').append(runtime);
});
document.documentElement.dataset.ready = 'true';
