/**
 * Issue 13 item 10: a framework that renders `<shenbao-form>` before `@shenbao/ui/define` loaded
 * writes `definition="[object Object]"` (React 19 and Vue set a property only when the element
 * already has it). The form then says on screen what to do, and logs it once in the console; a
 * form set up the right way shows no such message. This file imports `define` itself, late, as
 * such a host does.
 */
import { builtinForm } from '@shenbao/forms';
import { resolvePack, type RulePack } from '@shenbao/rules';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { ShenbaoForm } from './form.js';

const workUnit = builtinForm('work-unit');

/** What React 19 does with a prop on a custom element: a property if the element has it, else an attribute (`'' + value`). */
function setLikeReact(element: HTMLElement, props: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(props)) {
    if (key in element) Reflect.set(element, key, value);
    else element.setAttribute(key, String(value));
  }
}

const alertText = (form: ShenbaoForm) => form.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';

describe('<shenbao-form> rendered by a framework before it was defined', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('says on screen and once in the console to import @shenbao/ui/define before rendering', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const element = document.createElement('shenbao-form');
    expect(customElements.get('shenbao-form')).toBeUndefined();
    setLikeReact(element, { definition: workUnit.definition, rules: resolvePack(Object.values(workUnit.packs) as RulePack[], 2024), draftKey: '' });
    expect(element.getAttribute('definition')).toBe('[object Object]');
    document.body.append(element);

    await import('../../define.js');
    const form = document.querySelector('shenbao-form')!;
    await form.updateComplete;
    expect(alertText(form)).toContain("import '@shenbao/ui/define'");
    expect(alertText(form)).toContain('“definition”被写成了 HTML 特性');
    await page.viewport(375, 640);
    await page.screenshot({ path: '__screenshots__/attribute-misuse-375.png' }); // not tracked: to look at
    form.requestUpdate();
    await form.updateComplete;
    const ours = errors.mock.calls.filter(([message]) => String(message).startsWith('shenbao:'));
    expect(ours).toHaveLength(1);
    expect(String(ours[0]![0])).toContain("Import '@shenbao/ui/define' before rendering");
  });

  it('an attribute that is not an object (JSON text in HTML) is named too: set the property', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('../../define.js');
    document.body.insertAdjacentHTML('beforeend', `<shenbao-form definition='{"id":"x"}' locale="en"></shenbao-form>`);
    const form = document.querySelector('shenbao-form')!;
    await form.updateComplete;
    expect(alertText(form)).toContain('does not read the HTML attribute "definition"');
  });

  it('defined first, the same props arrive as properties: the form renders, nothing is reported', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('../../define.js');
    const element = document.createElement('shenbao-form');
    setLikeReact(element, { definition: workUnit.definition, rules: resolvePack(Object.values(workUnit.packs) as RulePack[], 2024), draftKey: '' });
    expect(element.hasAttribute('definition')).toBe(false);
    document.body.append(element);
    await element.updateComplete;
    expect(alertText(element)).toBe('');
    expect(element.shadowRoot!.querySelector('shenbao-field')).not.toBeNull();
    expect(errors.mock.calls.filter(([message]) => String(message).startsWith('shenbao:'))).toEqual([]);
  });
});
