/**
 * COMMON-1, COMMON-2, COMMON-4 for everyone: axe-core finds no accessibility violations in any
 * built-in form — at phone (375 px) and desktop (1280 px) width, in edit mode at the first step
 * with fields, and in confirm mode with the data of one of the form's scenarios. Every rule axe
 * runs by default counts (WCAG 2.x A/AA and best practices); the host page around the form is a
 * plain `<main>`, as in the demo.
 */
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { atWidth, currentStep, firstDataStep, forms, mountForm, passingScenario, press, settle, today } from './e2e-support.js';

/** One line per violating node: rule, impact, where (selector through shadow roots) and what axe says to fix. */
function report(violations: axe.Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — at ${JSON.stringify(n.target)} ${n.html.slice(0, 160)} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );
}

async function audit(root: Element): Promise<string[]> {
  const results = await axe.run(root, { resultTypes: ['violations'] });
  return report(results.violations);
}

function host(): HTMLElement {
  const main = document.createElement('main');
  document.body.append(main);
  return main;
}

describe.each([375, 1280])('COMMON-1, COMMON-2, COMMON-4: axe finds no violations at %i px', (width) => {
  atWidth(width);

  it.each(forms.map((f) => [f.id, f] as const))('%s — edit, first step with fields', async (_id, form) => {
    const main = host();
    const element = await mountForm(form, {}, main);
    const target = firstDataStep(form);
    while (currentStep(element) < target) await press(userEvent, element, '下一步');
    expect(currentStep(element)).toBe(target);
    const violations = await audit(main);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it.each(forms.map((f) => [f.id, f] as const))('%s — confirm, with a scenario’s data', async (_id, form) => {
    const main = host();
    const scenario = passingScenario(form);
    const element = await mountForm(form, { mode: 'confirm', value: scenario.data, context: scenario.context ?? { today } }, main);
    await settle(element);
    const violations = await audit(main);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
