import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvePack } from '@shenbao/rules';
import { tcmExpertise } from '@shenbao/forms';
import '../../define.js';
import type { ShenbaoForm } from './form.js';
import type { ShenbaoField } from '../field/field.js';
import { builtinForm, mountForm } from '../../e2e/e2e-support.js';

const pack = resolvePack([tcmExpertise.packs[2024] as never], 2024);

/** The 2024 TCM form (drafts off), evaluated and rendered. */
const mount = (props: Partial<ShenbaoForm> = {}) => mountForm(builtinForm('tcm-expertise'), { rules: pack, ...props });

const fields = (el: ShenbaoForm) => [...el.shadowRoot!.querySelectorAll<ShenbaoField>('shenbao-field')];
const field = (el: ShenbaoForm, pointer: string) => fields(el).find((f) => f.spec?.pointer === pointer)!;
const button = (el: ShenbaoForm, text: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const tickNotice = (el: ShenbaoForm) => el.shadowRoot!.querySelector<HTMLInputElement>('input[data-tick="read-notice"]')!.click();
/** Ticks 已阅读 on 申报须知 and goes on to the first data step. */
async function pastNotice(el: ShenbaoForm): Promise<void> {
  tickNotice(el);
  await el.updateComplete;
  button(el, '下一步').click();
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

describe('<shenbao-form> (COMMON-1, COMMON-2)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.body.replaceChildren());

  it('renders the first step with the progress indicator', async () => {
    const el = await mount();
    const steps = el.shadowRoot!.querySelector('shenbao-steps')!;
    expect(steps.steps).toEqual(['申报须知', '基本信息', '老师信息', '资格材料', '信息确认', '提交成功']);
    expect(steps.current).toBe(0);
  });

  it('"next" on an incomplete step shows the issues in Chinese and focuses the first one', async () => {
    const el = await mount();
    await pastNotice(el);
    expect(el.shadowRoot!.querySelector('shenbao-steps')!.current).toBe(1);
    button(el, '下一步').click();
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    const name = field(el, '/applicant/name');
    await name.updateComplete;
    expect(name.error).toBe('请填写姓名');
    expect(name.required).toBe(true);
    expect(name.shadowRoot!.textContent).toContain('请填写姓名');
    expect(el.shadowRoot!.querySelector('shenbao-steps')!.current).toBe(1);
  });

  it('typing updates the value and fires shenbao-input with the pointer', async () => {
    const el = await mount();
    await pastNotice(el);
    const events: CustomEvent[] = [];
    el.addEventListener('shenbao-input', (e) => events.push(e));
    const input = field(el, '/applicant/name').shadowRoot!.querySelector('input')!;
    input.value = '张三';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect((el.value as { applicant: { name: string } }).applicant.name).toBe('张三');
    expect(events.at(-1)!.detail.pointer).toBe('/applicant/name');
  });
});
