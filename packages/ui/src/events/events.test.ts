/**
 * Issue 10 item 8, issue 13 item 7: every event of `<shenbao-form>` is an instance of its class
 * (one class a file, in HTMLElementEventMap), with a typed `detail`; an inner `<select>`'s native
 * `input` reaches the host untouched and is not mistaken for the form's own: the docs' listener
 * (`shenbao-input`, `e.detail.pointer`) never meets an event without `detail`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define.js';
import { typedForm } from '../elements/form/typed-form.js';
import { ShenbaoChangeEvent } from './shenbao-change-event.js';
import { ShenbaoEvaluatedEvent } from './shenbao-evaluated-event.js';
import { ShenbaoGroupAddEvent } from './shenbao-group-add-event.js';
import { ShenbaoInputEvent } from './shenbao-input-event.js';
import { ShenbaoStepEvent } from './shenbao-step-event.js';
import { mountTestForm, testForm } from '../../test/test-form.js';

/** The data of the test form, as a host would type it (the generated types of @shenbao/forms are the same kind). */
interface PetData {
  kind: '1' | '2';
  pets?: { name?: string }[];
}

const { definition, pack } = testForm({
  id: 'events-test',
  title: '事件测试',
  required: ['kind'],
  properties: {
    kind: { type: 'string', title: '性别', 'x-dictionary': 'gender', enum: ['1', '2'] },
    pets: { type: 'array', title: '宠物', maxItems: 3, items: { type: 'object', additionalProperties: false, properties: { name: { type: 'string', title: '名字', maxLength: 20 } } } },
  },
  steps: [
    { id: 'one', title: { 'zh-CN': '第一步' }, sections: [{ id: 's1', title: { 'zh-CN': '一组' }, items: [{ field: '/kind', widget: 'select' }, { group: '/pets', items: [{ field: '/name' }] }] }] },
    { id: 'two', title: { 'zh-CN': '第二步' }, sections: [{ id: 's2', title: { 'zh-CN': '二组' }, items: [] }] },
  ],
});

async function mount() {
  return typedForm<PetData>(await mountTestForm({ definition, rules: pack }));
}

describe('events of <shenbao-form> are classes with a typed detail', () => {
  afterEach(() => document.body.replaceChildren());

  it("an inner <select>'s native input reaches the host without detail; shenbao-input and change carry the pointer and the typed value", async () => {
    const form = await mount();
    const native: { custom: boolean; origin: string }[] = [];
    const inputs: ShenbaoInputEvent[] = [];
    const changes: ShenbaoChangeEvent[] = [];
    const evaluated: ShenbaoEvaluatedEvent[] = [];
    form.addEventListener('input', (e) => native.push({ custom: e instanceof CustomEvent, origin: (e.composedPath()[0] as Element).localName }));
    // The docs' listener: it reads e.detail.pointer and must never meet an event without detail.
    form.addEventListener('shenbao-input', (e) => {
      inputs.push(e);
      expect(e.detail.value.kind).toBe('2');
    });
    form.addEventListener('change', (e) => changes.push(e));
    form.addEventListener('shenbao-evaluated', (e) => evaluated.push(e));

    const select = form.shadowRoot!.querySelector('shenbao-field')!.shadowRoot!.querySelector('select')!;
    await userEvent.selectOptions(select, '2');
    await expect.poll(() => changes.length).toBeGreaterThan(0);

    expect(native.length).toBeGreaterThan(0);
    // The select's own event, untouched (Playwright's selectOptions dispatches it untrusted, as a script would).
    expect(native).toContainEqual({ custom: false, origin: 'select' });
    expect(native.every((e) => !e.custom)).toBe(true);
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.every((e) => e instanceof ShenbaoInputEvent && e.detail.pointer === '/kind')).toBe(true);
    // `change` of the form is its class (the inner <select>'s native change does not cross the shadow root).
    expect(changes.every((e) => e instanceof ShenbaoChangeEvent)).toBe(true);
    expect(changes.at(-1)!.detail).toMatchObject({ pointer: '/kind', value: { kind: '2' } });
    expect(changes.at(-1)!.detail.evaluation?.complete).toBe(true);
    expect(evaluated.length).toBeGreaterThan(0);
    expect(evaluated.every((e) => e instanceof ShenbaoEvaluatedEvent && Array.isArray(e.detail.issues))).toBe(true);
    expect(form.value.kind).toBe('2');
  });

  it('the group add button fires ShenbaoGroupAddEvent; the form adds an item and says so with shenbao-input; a move fires ShenbaoStepEvent', async () => {
    const form = await mount();
    const adds: Event[] = [];
    form.shadowRoot!.addEventListener('shenbao-group-add', (e) => adds.push(e));
    const inputs: ShenbaoInputEvent[] = [];
    form.addEventListener('shenbao-input', (e) => inputs.push(e));
    const add = form.shadowRoot!.querySelector('shenbao-group')!.shadowRoot!.querySelector<HTMLButtonElement>('button[part="add"]')!;
    await userEvent.click(add);
    await expect.poll(() => form.value.pets?.length).toBe(1);
    expect(adds).toHaveLength(1);
    expect(adds[0]).toBeInstanceOf(ShenbaoGroupAddEvent);
    expect(inputs.at(-1)!.detail.pointer).toBe('/pets');

    const steps: ShenbaoStepEvent[] = [];
    form.addEventListener('shenbao-step', (e) => steps.push(e));
    await userEvent.selectOptions(form.shadowRoot!.querySelector('shenbao-field')!.shadowRoot!.querySelector('select')!, '1');
    const next = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === '下一步')!;
    await userEvent.click(next);
    await expect.poll(() => steps.length).toBe(1);
    expect(steps[0]).toBeInstanceOf(ShenbaoStepEvent);
    expect(steps[0]!.detail).toEqual({ index: 1, id: 'two' });
  });
});
