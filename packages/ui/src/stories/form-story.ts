/**
 * How a built-in form becomes a story: `renderForm(form)` mounts `<shenbao-form>` with the form's
 * definition, the rule pack of the scenario's year (or the newest), the scenario's data and context
 * (story parameter `scenario`), drafts off; `checkForm(form)` waits for the verdict and checks that
 * the screen says what the scenario expects, before the a11y check runs on the final state.
 */
import { localize, type Locale } from '@shenbao/core';
import type { BuiltinForm } from '@shenbao/forms';
import { evaluate, resolvePack, type Evaluation, type ResolvedPack, type RulePack, type Scenario } from '@shenbao/rules';
import type { StoryContext } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { ShenbaoField } from '../elements/field/field.js';
import type { ShenbaoForm } from '../elements/form/form.js';
import type { ShenbaoIssueList } from '../elements/issue-list/issue-list.js';
import { bannerCss, issueOnScreen, renderBanner, verdictOf } from './verdict-banner.js';
import type { FormMode } from '../types.js';

/** Args of a form story (the Controls panel); `on…` args are the Actions of the element's events. */
export type FormStoryArgs = {
  mode?: FormMode;
  unmasked?: boolean;
} & Record<string, unknown>;

type Context = StoryContext<FormStoryArgs>;

const packCache = new WeakMap<BuiltinForm, Map<number, ResolvedPack>>();

/** The year a story uses: the scenario's, or the newest pack of the form. */
export function storyYear(form: BuiltinForm, scenario: Scenario | undefined): number {
  return scenario?.year ?? Math.max(...Object.keys(form.packs).map(Number));
}

function packOf(form: BuiltinForm, year: number): ResolvedPack {
  let byYear = packCache.get(form);
  if (!byYear) packCache.set(form, (byYear = new Map()));
  let pack = byYear.get(year);
  if (!pack) byYear.set(year, (pack = resolvePack(Object.values(form.packs) as RulePack[], year)));
  return pack;
}

const localeOf = (context: Context): Locale => (context.globals['locale'] === 'en' ? 'en' : 'zh-CN');
const scenarioOf = (context: Context) => context.parameters['scenario'] as Scenario | undefined;

/** A story `render` for one built-in form: `<shenbao-form>` in the story's mode and the toolbar locale. */
export function renderForm(form: BuiltinForm) {
  return (args: FormStoryArgs, context: Context): HTMLElement => {
    const scenario = scenarioOf(context);
    const year = storyYear(form, scenario);
    const el = document.createElement('shenbao-form');
    el.definition = form.definition;
    el.rules = packOf(form, year);
    el.year = year;
    el.context = scenario?.context ?? {};
    el.draftKey = '';
    el.mode = args.mode ?? 'confirm';
    el.locale = localeOf(context);
    el.unmasked = args.unmasked === true;
    if (scenario) el.value = structuredClone(scenario.data);
    // Events declared in custom-elements.json appear as `on…` action args: show them in the Actions panel.
    for (const [arg, argType] of Object.entries(context.argTypes)) {
      const action = (argType as { action?: string | { name?: string } }).action;
      const handler = args[arg];
      const event = typeof action === 'string' ? action : action?.name;
      if (event && typeof handler === 'function') el.addEventListener(event, handler as EventListener);
    }
    if (!scenario) return el;
    // A scenario story: the verdict banner (需求 / 预期 / 实际) above the form, redrawn on each evaluation.
    const wrapper = document.createElement('div');
    wrapper.className = 'scenario-story';
    const style = document.createElement('style');
    style.textContent = bannerCss;
    const banner = document.createElement('div');
    wrapper.append(style, banner, el);
    renderBanner(banner, form.definition, scenario, undefined, undefined);
    // 实际 is evaluate() on the scenario's data itself (not the form's copy, which opens required sections empty).
    const truth = evaluate(form.definition, packOf(form, year), structuredClone(scenario.data), scenario.context ?? {}, { locale: el.locale });
    el.addEventListener('shenbao-evaluated', (e) => {
      const evaluation = e.detail;
      void Promise.all([truth, afterRender(el)]).then(([actual]) => {
        if (el.evaluation === evaluation) renderBanner(banner, form.definition, scenario, verdictOf(scenario, actual, el), actual);
      });
    });
    return wrapper as unknown as ShenbaoForm;
  };
}

/** Resolves when the form, its fields and its issue list show its latest evaluation. */
async function afterRender(el: ShenbaoForm): Promise<void> {
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll<ShenbaoField | ShenbaoIssueList>('shenbao-field, shenbao-issue-list')].map((f) => f.updateComplete));
}

/** Waits until the form shows its latest evaluation (every field updated) and returns it. */
export async function settled(el: ShenbaoForm): Promise<Evaluation> {
  await el.updateComplete;
  const evaluation = await el.check();
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll<ShenbaoField>('shenbao-field')].map((f) => f.updateComplete));
  if (!evaluation) throw new Error('<shenbao-form> has no definition or rules');
  return evaluation;
}

/**
 * A story `play` for one built-in form: the title is shown; a blank edit story is at the wizard's
 * first step; a scenario's verdict is the one its file expects, and each expected issue at a shown
 * field is shown at that field.
 */
export function checkForm(form: BuiltinForm) {
  return async (context: Context): Promise<void> => {
    const el = context.canvasElement.querySelector('shenbao-form');
    await expect(el, '<shenbao-form> is rendered').toBeTruthy();
    const evaluation = await settled(el!);
    const root = el!.shadowRoot!;
    const locale = localeOf(context);
    await expect(root.querySelector('h1')?.textContent?.trim()).toBe(localize(form.definition.title, locale));
    const scenario = scenarioOf(context);
    if (!scenario) {
      if (el!.mode === 'edit') {
        await expect(root.querySelector('shenbao-steps')?.current).toBe(0);
        await expect(root.querySelector('[data-step-heading]')?.textContent?.trim()).toBe(localize(form.definition.layout.steps[0]!.title, locale));
      }
      return;
    }
    await expect(evaluation.complete, `the form's verdict on “${scenario.name}”`).toBe(scenario.expect.complete);
    const fields = [...root.querySelectorAll<ShenbaoField>('shenbao-field')];
    for (const issue of scenario.expect.issues ?? []) {
      const field = fields.find((f) => f.spec?.pointer === issue.path);
      if (field && !field.hidden) await expect(field.error, `${issue.path} shows its ${issue.code} issue`).toBeTruthy();
    }
    // evaluate() itself, apart from the form: every issue it reports is visible on screen (issue list or field) …
    const year = storyYear(form, scenario);
    const truth = await evaluate(form.definition, packOf(form, year), structuredClone(scenario.data), scenario.context ?? {}, { locale });
    await afterRender(el!);
    for (const issue of truth.issues) await expect(issueOnScreen(el!, issue), `${issue.path || '（整份申报）'} ${issue.code} is visible on screen`).toBe(true);
    for (const issue of evaluation.issues) await expect(issueOnScreen(el!, issue), `the form's ${issue.path || '（整份申报）'} ${issue.code} is visible on screen`).toBe(true);
    // … and the banner says what evaluate() says, and whether that is what the scenario expects.
    const banner = context.canvasElement.querySelector<HTMLElement>('.verdict-banner')!;
    await waitFor(() => expect(banner.dataset['actual']).toBe(String(truth.complete)), { timeout: 5_000 });
    const found = (scenario.expect.issues ?? []).every((i) => truth.issues.some((e) => e.path === i.path && e.code === i.code));
    await expect(banner.dataset['expected']).toBe(String(scenario.expect.complete));
    await expect(banner.dataset['agrees'], 'the banner agrees with evaluate()').toBe(String(truth.complete === scenario.expect.complete && found));
    for (const id of scenario.requirements) await expect(banner.querySelector(`[data-requirement="${id}"]`), `requirement ${id} in the banner`).toBeTruthy();
    for (const li of banner.querySelectorAll<HTMLElement>('.issues li')) await expect(li.dataset['onScreen'], `banner: ${li.dataset['path']} ${li.dataset['code']} visible`).toBe(String(issueOnScreen(el!, { path: li.dataset['path']!, code: li.dataset['code']! })));
  };
}
