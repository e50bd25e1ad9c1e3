import { afterEach, describe, expect, it } from 'vitest';
import { resolvePack } from '@shenbao/rules';
import { tcmExpertise } from '@shenbao/forms';
import shicheng from '../../../../forms/tcm-expertise/scenarios/shicheng-pass.json' with { type: 'json' };
import '../../define.js';
import type { ShenbaoForm } from './form.js';
import type { ShenbaoField } from '../field/field.js';

const pack = resolvePack([tcmExpertise.packs[2024] as never], 2024);

/** A host page's own `<form>` with the declaration in it and a submit button; `posted` collects what it would send. */
async function hostForm(value: unknown): Promise<{ host: HTMLFormElement; el: ShenbaoForm; posted: FormData[] }> {
  const host = document.createElement('form');
  const el = document.createElement('shenbao-form');
  Object.assign(el, { definition: tcmExpertise.definition, rules: pack, context: shicheng.context, draftKey: '', name: 'declaration', value });
  const button = document.createElement('button');
  button.textContent = '提交';
  host.append(el, button);
  document.body.append(host);
  const posted: FormData[] = [];
  host.addEventListener('submit', (e) => {
    e.preventDefault();
    posted.push(new FormData(host));
  });
  await el.updateComplete;
  await el.check();
  await el.updateComplete;
  return { host, el, posted };
}

/** The element focus is in, through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The `<shenbao-field>` whose control has focus, if any. */
function focusedField(el: ShenbaoForm): ShenbaoField | undefined {
  const active = deepActive();
  return [...el.shadowRoot!.querySelectorAll<ShenbaoField>('shenbao-field')].find((f) => f.shadowRoot!.contains(active));
}

const incomplete = { applicant: { name: '张三' } };

describe('<shenbao-form> as a form control (issue 13 item 6)', () => {
  afterEach(() => document.body.replaceChildren());

  it('a host <form> with an incomplete declaration does not submit: focus lands on the first field with an issue, its message shown', async () => {
    const { host, el, posted } = await hostForm(incomplete);
    // The first issue in layout order: 基本信息's 证件类型 (姓名 is filled), before 老师信息's count rule.
    const first = el.evaluation!.issues.find((i) => i.path === '/applicant/idType')!;
    expect(el.willValidate).toBe(true);
    expect(el.validity.valid).toBe(false);
    expect(el.validity.customError).toBe(true);
    expect(el.validationMessage).toBe(first.message);
    expect(el.form).toBe(host);
    host.querySelector('button')!.click(); // the candidate presses the host page's own submit button
    await expect.poll(() => focusedField(el)?.spec?.pointer).toBe('/applicant/idType');
    expect(posted).toHaveLength(0);
    const field = focusedField(el)!;
    await expect.poll(() => field.shadowRoot!.textContent).toContain(first.message);
    expect(field.getBoundingClientRect().height).toBeGreaterThan(0);
  });

  it('checkValidity() answers without moving anything; reportValidity() goes to the first issue and focuses it', async () => {
    const { el } = await hostForm(incomplete);
    const invalid: Event[] = [];
    el.addEventListener('invalid', (e) => invalid.push(e));
    const step = () => el.shadowRoot!.querySelector('shenbao-steps')!.current;
    expect(step()).toBe(0);
    expect(el.checkValidity()).toBe(false);
    expect(invalid).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(step()).toBe(0);
    expect(focusedField(el)).toBeUndefined();
    expect(el.reportValidity()).toBe(false);
    await expect.poll(() => focusedField(el)?.spec?.pointer).toBe('/applicant/idType');
    expect(step()).toBe(1);
    expect(el.shadowRoot!.textContent).toContain('本步骤还有');
  });

  it('a host listener that cancels `invalid` keeps reportValidity() quiet, as with native controls', async () => {
    const { el } = await hostForm(incomplete);
    el.addEventListener('invalid', (e) => e.preventDefault());
    expect(el.reportValidity()).toBe(false);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot!.querySelector('shenbao-steps')!.current).toBe(0);
  });

  it('a complete declaration posts with the host <form>, its JSON under the element name', async () => {
    const { host, el, posted } = await hostForm(shicheng.data);
    expect(el.evaluation!.complete).toBe(true);
    expect(el.validity.valid).toBe(true);
    expect(el.validationMessage).toBe('');
    expect(el.checkValidity()).toBe(true);
    expect(el.reportValidity()).toBe(true);
    host.querySelector('button')!.click();
    expect(posted).toHaveLength(1);
    expect(JSON.parse(String(posted[0]!.get('declaration')))).toEqual(shicheng.data);
  });

  it('read-only and review views never block the host <form>', async () => {
    const { el, host, posted } = await hostForm(incomplete);
    el.mode = 'readonly';
    await el.updateComplete;
    expect(el.checkValidity()).toBe(true);
    host.querySelector('button')!.click();
    expect(posted).toHaveLength(1);
  });
});
