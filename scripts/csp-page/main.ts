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
// Written by `shenbao compile runtime-definition.json -o runtime-definition.validator.js` (csp.test.ts, before the build).
import runtimeValidator from './runtime-definition.validator.js';

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
// The form in English: the en catalog is not in the start page; it loads (a same-origin chunk) when the locale asks for it.
$('check-english').addEventListener('click', async () => {
  $('verdict').textContent = '';
  try {
    form.locale = 'en';
    form.value = cases.incomplete;
    await form.updateComplete; // held until the catalog is in
    const evaluation = await form.check();
    if (!evaluation) throw new Error('no evaluation');
    const next = [...form.shadowRoot!.querySelectorAll('button.primary')].map((b) => b.textContent?.trim()).join(',');
    $('verdict').textContent = [`next: ${next}`, ...evaluation.issues.map((i) => `${i.path} ${i.message}`)].join('\n');
  } catch (e) {
    $('verdict').textContent = `failed: ${String(e)}`;
  }
});
// A definition given at run time without its precompiled validator: the form must say what to do, not stay blank.
$('runtime').addEventListener('click', () => {
  const runtime = document.createElement('shenbao-form');
  runtime.draftKey = '';
  runtime.definition = structuredClone(tcmExpertise.definition);
  runtime.rules = resolvePack([tcmExpertise.packs[2024] as RulePack], 2024);
  runtime.context = context;
  $('runtime-host').append(runtime);
});
// A definition fetched at run time (same origin) with the validator module `shenbao compile` made of it.
$('runtime-compiled').addEventListener('click', async () => {
  try {
    const definition = (await (await fetch('./runtime-definition.json')).json()) as typeof tcmExpertise.definition;
    const compiled = document.createElement('shenbao-form');
    compiled.draftKey = '';
    compiled.validator = runtimeValidator;
    compiled.definition = definition;
    compiled.rules = resolvePack([{ form: definition.id, year: 2024, rules: [] } as unknown as RulePack], 2024);
    $('runtime-compiled-host').append(compiled);
    await compiled.updateComplete; // the store exists once the form has taken its definition
    compiled.value = { name: '太长太长的名字', age: 12 };
    const evaluation = await compiled.check();
    $('runtime-verdict').textContent = evaluation ? evaluation.issues.map((i) => `${i.path} ${i.message}`).join('\n') || '完整' : 'no evaluation';
  } catch (e) {
    $('runtime-verdict').textContent = `failed: ${String(e)}`;
  }
});
document.documentElement.dataset.ready = 'true';
