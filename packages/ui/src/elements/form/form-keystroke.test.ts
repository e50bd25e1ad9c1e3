import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define.js';
import { fieldOf, mountTestForm, testForm } from '../../../test/test-form.js';
import type { FormDefinition } from '@shenbao/core';
import type { ShenbaoForm } from './form.js';
import type { ShenbaoInputEvent } from '../../events/shenbao-input-event.js';

/** Two fields on one step; `/other` is shown only while `/first` is filled (issue 8 item 11). */
const { definition, pack } = testForm({
  id: 'keystroke-test',
  title: '按键测试',
  required: ['first'],
  properties: { first: { type: 'string', title: '第一项', maxLength: 50 }, other: { type: 'string', title: '第二项', maxLength: 50 } },
  items: [{ field: '/first' }, { field: '/other' }],
  // A pack the door accepts: rule ids name a requirement (KT-1), each rule says what it does.
  rules: [{ id: 'KT-1.show', description: '填写第一项后显示第二项', conditions: { all: [{ fact: 'data', path: '/first', operator: 'notEmpty', value: true }] }, event: { type: 'show', params: { fields: ['/other'] } } }],
});

const mount = (props: Partial<ShenbaoForm> = {}) => mountTestForm({ definition, rules: pack, ...props });
const field = fieldOf;
const frame = () => new Promise((r) => requestAnimationFrame(r));

describe('<shenbao-form>: rules follow the keystroke (issue 8 item 11)', () => {
  afterEach(() => document.body.replaceChildren());

  it("lets the field's trusted native input reach the host untouched, with shenbao-input beside it", async () => {
    const el = await mount();
    const native: InputEvent[] = [];
    const named: ShenbaoInputEvent[] = [];
    let valueSeen: unknown;
    let origin: EventTarget | undefined;
    el.addEventListener('input', (e) => {
      native.push(e as InputEvent);
      origin = e.composedPath()[0];
      valueSeen = (el.value as { first?: string }).first;
    });
    el.addEventListener('shenbao-input', (e) => named.push(e));
    const input = field(el, '/first').shadowRoot!.querySelector('input')!;
    await userEvent.type(input, '张');
    expect(native).toHaveLength(1);
    expect(native[0]!.isTrusted).toBe(true);
    expect(native[0]!.constructor).toBe(InputEvent);
    expect(native[0]!.inputType).toBe('insertText');
    expect(native[0]!.data).toBe('张');
    expect(origin).toBe(input);
    expect(valueSeen).toBe('张'); // the form stored the value before the host's listener ran
    expect(named).toHaveLength(1);
    expect(named[0]!.detail.pointer).toBe('/first');
    expect(named[0]!.detail.value).toEqual({ first: '张' });
  });

  it("paints a rule's effect in the frame after the key (no pause by default)", async () => {
    const el = await mount();
    const other = field(el, '/other');
    expect(other.hidden).toBe(true);
    const input = field(el, '/first').shadowRoot!.querySelector('input')!;
    input.focus();
    await userEvent.keyboard('a');
    await frame();
    expect(other.hidden).toBe(false);
    expect(other.getBoundingClientRect().height).toBeGreaterThan(0);
    await userEvent.keyboard('{Backspace}');
    await frame();
    expect(other.hidden).toBe(true);
  });

  it('an evaluation updates only what changed, and a field left empty shows its error once touched', async () => {
    const el = await mount();
    const first = field(el, '/first');
    const other = field(el, '/other');
    const input = first.shadowRoot!.querySelector('input')!;
    input.focus();
    await userEvent.keyboard('a');
    await frame();
    expect(first.error).toBeUndefined();
    expect(other.hidden).toBe(false);
    await userEvent.keyboard('{Backspace}');
    await frame();
    expect(first.error).toBeUndefined(); // not touched yet: no error while typing
    input.dispatchEvent(new Event('change')); // committed empty: the field is touched, its (unchanged) issue now shows
    await expect.poll(() => first.error).toBe('请填写第一项');
    expect(other.hidden).toBe(true);
    el.value = { first: '已填' }; // a host value reaches the fields
    await el.updateComplete;
    await expect.poll(() => first.value).toBe('已填');
    await expect.poll(() => first.error).toBeUndefined();
    expect(other.hidden).toBe(false);
  });

  it('evaluate-delay keeps a fixed pause for a host that asks for one', async () => {
    const el = await mount({ evaluateDelay: 300 } as Partial<ShenbaoForm>);
    const other = field(el, '/other');
    const input = field(el, '/first').shadowRoot!.querySelector('input')!;
    input.focus();
    await userEvent.keyboard('a');
    await frame();
    expect(other.hidden).toBe(true);
    await expect.poll(() => other.hidden).toBe(false);
  });

  it('a keystroke updates its places only: the form renders again only when a section starts or stops applying', async () => {
    const el = await mount();
    const render = vi.spyOn(el as unknown as { render(): unknown }, 'render');
    const other = field(el, '/other');
    const input = field(el, '/first').shadowRoot!.querySelector('input')!;
    input.focus();
    await userEvent.keyboard('a'); // shows /other: its section applied before and still does
    await frame();
    await el.updateComplete;
    expect(other.hidden).toBe(false);
    await userEvent.keyboard('b');
    await frame();
    await el.updateComplete;
    expect(render).not.toHaveBeenCalled();

    // /other alone in a second section: showing it makes that section apply, so the form renders it.
    document.body.replaceChildren();
    const split = structuredClone(definition) as unknown as { layout: { steps: { sections: { id: string; title: unknown; items: unknown[] }[] }[] } };
    split.layout.steps[0]!.sections = [
      { id: 's1', title: { 'zh-CN': '一组' }, items: [{ field: '/first' }] },
      { id: 's2', title: { 'zh-CN': '二组' }, items: [{ field: '/other' }] },
    ];
    const el2 = await mount({ definition: split as unknown as FormDefinition });
    const sections = () => el2.shadowRoot!.querySelectorAll('[part~="section"]').length;
    expect(sections()).toBe(1);
    const input2 = field(el2, '/first').shadowRoot!.querySelector('input')!;
    input2.focus();
    await userEvent.keyboard('a');
    await expect.poll(sections).toBe(2);
    await expect.poll(() => field(el2, '/other')?.hidden).toBe(false);
    await userEvent.keyboard('{Backspace}');
    await expect.poll(sections).toBe(1);
  });
});
