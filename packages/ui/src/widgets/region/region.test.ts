/**
 * Issue 8 item 9: a Hubei county is chosen as 市/州 → 区县 (two labelled native selects), not from a
 * flat list of 114; the stored value stays the county's code; a 省直辖 市 is its own value; read-only
 * it shows 「武汉市 江岸区」; keyboard only, at 375 px.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../define.js';
import { mountTestForm, testForm } from '../../../test/test-form.js';
import type { ShenbaoForm } from '../../elements/form/form.js';
import type { ShenbaoField } from '../../elements/field/field.js';

const { definition, pack } = testForm({
  id: 'region-test',
  title: '地区测试',
  dictionaries: ['hubei-county'],
  required: ['county'],
  section: '地区',
  items: [{ field: '/county' }],
  properties: { county: { type: 'string', title: '本人实践或学习所在区县', 'x-dictionary': 'hubei-county', pattern: '^42\\d{4}$' } },
});

async function mount(props: Partial<ShenbaoForm> = {}): Promise<{ form: ShenbaoForm; field: () => ShenbaoField }> {
  const form = await mountTestForm({ definition, rules: pack, ...props });
  const field = () => form.shadowRoot!.querySelector<ShenbaoField>('shenbao-field')!;
  await field().updateComplete;
  return { form, field };
}
const selects = (field: ShenbaoField) => [...field.shadowRoot!.querySelectorAll('select')];
const labelOf = (field: ShenbaoField, select: HTMLSelectElement) => field.shadowRoot!.querySelector(`label[for="${select.id}"]`)?.textContent?.trim();
const texts = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent!.trim());

describe('region widget: 市/州 → 区县 (issue 8 item 9)', () => {
  beforeEach(async () => {
    await page.viewport(375, 800);
  });
  afterEach(() => document.body.replaceChildren());

  it('offers the 17 市州 first, then the 区县 of the one chosen; the value is the county code', async () => {
    const { form, field } = await mount();
    expect(field().spec!.widget).toBe('region');
    const [upper, lower] = selects(field());
    expect(labelOf(field(), upper!)).toBe('市/州');
    expect(labelOf(field(), lower!)).toBe('区县');
    // The pair is one group named by the field's label.
    const group = field().shadowRoot!.querySelector('[role="group"]')!;
    expect(field().shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).toContain('本人实践或学习所在区县');
    expect(texts(upper!)).toHaveLength(1 + 17);
    expect(texts(upper!)).toContain('恩施土家族苗族自治州');
    expect(texts(upper!)).not.toContain('江岸区');
    expect(lower!.disabled).toBe(true);

    await userEvent.selectOptions(upper!, '420100');
    await field().updateComplete;
    const [, county] = selects(field());
    expect(county!.disabled).toBe(false);
    expect(texts(county!)).toEqual(['请选择', '江岸区', '江汉区', '硚口区', '汉阳区', '武昌区', '青山区', '洪山区', '东西湖区', '蔡甸区', '江夏区', '黄陂区', '新洲区']);
    expect((form.value as { county?: string }).county).toBeUndefined();

    await userEvent.selectOptions(county!, '420102');
    await form.check();
    expect((form.value as { county?: string }).county).toBe('420102');
    expect(form.evaluation!.issues.filter((i) => i.path === '/county')).toEqual([]);

    // Another 市 drops the county that is not under it.
    await userEvent.selectOptions(selects(field())[0]!, '420200');
    await form.check();
    expect((form.value as { county?: string }).county).toBeUndefined();
    expect(texts(selects(field())[1]!)).toContain('大冶市');
  });

  it('a 省直辖 市 (仙桃市) is its own value; the county select says so and is disabled', async () => {
    const { form, field } = await mount();
    await userEvent.selectOptions(selects(field())[0]!, '429004');
    await form.check();
    await field().updateComplete;
    expect((form.value as { county?: string }).county).toBe('429004');
    const lower = selects(field())[1]!;
    expect(lower.disabled).toBe(true);
    expect(texts(lower)).toEqual(['（省直辖，无下辖区县）']);
  });

  it('a stored county shows its 市 and itself; read-only 「武汉市 江岸区」', async () => {
    const { form, field } = await mount({ value: { county: '420106' } });
    const [upper, lower] = selects(field());
    expect(upper!.value).toBe('420100');
    expect(lower!.value).toBe('420106');
    form.mode = 'readonly';
    await form.updateComplete;
    await field().updateComplete;
    expect(field().shadowRoot!.querySelector('[part="value"]')!.textContent).toBe('武汉市 武昌区');
  });

  it('works from the keyboard alone: Tab to each select, arrows choose', async () => {
    const { form, field } = await mount();
    field().focus();
    const [upper] = selects(field());
    expect(field().shadowRoot!.activeElement).toBe(upper);
    await userEvent.keyboard('{ArrowDown}'); // the first 市: 武汉市
    await field().updateComplete;
    expect(selects(field())[0]!.value).toBe('420100');
    await userEvent.keyboard('{Tab}');
    expect(field().shadowRoot!.activeElement).toBe(selects(field())[1]);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}'); // 江汉区
    await form.check();
    expect((form.value as { county?: string }).county).toBe('420103');
  });

  it('a required county left empty shows its message once its step is checked', async () => {
    const { form, field } = await mount();
    const next = [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('下一步'))!;
    await userEvent.click(next);
    await form.updateComplete;
    await field().updateComplete;
    expect(field().shadowRoot!.querySelector('[part="error"]')?.textContent).toMatch(/请(选择|填写)/);
    expect(selects(field())[1]!.getAttribute('aria-invalid')).toBe('true');
  });
});
