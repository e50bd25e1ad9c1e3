import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { allowedActions, createRecord, transition } from '@shenbao/core';
import { resolvePack } from '@shenbao/rules';
import { builtinForm, tcmExpertise } from '@shenbao/forms';
import feeScenario from '../../../../forms/health-qualification/scenarios/fee-computed.json' with { type: 'json' };
import shicheng from '../../../../forms/tcm-expertise/scenarios/shicheng-pass.json' with { type: 'json' };
import '../../define.js';
import type { ShenbaoForm } from './form.js';
import { mountForm } from '../../e2e/e2e-support.js';

const pack = resolvePack([tcmExpertise.packs[2024] as never], 2024);

/** The 2024 TCM form (drafts off), evaluated and rendered. */
const mount = (props: Partial<ShenbaoForm> = {}) => mountForm(builtinForm('tcm-expertise'), { rules: pack, ...props });

describe('<shenbao-form> progress, review and save as image (COMMON-6, PEM-10, PEC-3, COMMON-4)', () => {
  afterEach(() => document.body.replaceChildren());
  const submitted = transition(createRecord(), 'submit', { actor: { id: 'cand', role: 'candidate' }, at: '2024-05-01T06:03:00Z' });
  const record = submitted.ok ? submitted.record : createRecord();

  it('review mode: the review panel lists sections and slot instances; its event leaves the form', async () => {
    const el = await mount({ mode: 'review', value: shicheng.data, context: shicheng.context, history: record.history, reviewActions: allowedActions(record, 'reviewer') });
    const panel = el.shadowRoot!.querySelector('shenbao-review-panel')!;
    await panel.updateComplete;
    expect(panel.targets.map((t) => t.id)).toContain('/teachers/0/attachments/teacherIdCard');
    const events: Event[] = [];
    el.addEventListener('shenbao-review', (e) => events.push(e));
    const reason = panel.shadowRoot!.querySelector<HTMLTextAreaElement>('#reason')!;
    reason.value = '请补充';
    reason.dispatchEvent(new Event('input'));
    [...panel.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === '退回')!.click();
    expect(events).toHaveLength(1);
    expect(events[0]!.target).toBe(el);
    expect((await axe.run(el)).violations).toEqual([]);
  });

  it('readonly with history shows the timeline, masks the ID number and offers 保存为图片', async () => {
    const el = await mount({ mode: 'readonly', value: shicheng.data, history: record.history });
    expect(el.shadowRoot!.querySelector('shenbao-timeline')).not.toBeNull();
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === '保存为图片')).toBe(true);
    const id = shicheng.data.applicant.idNumber;
    const texts = [...el.shadowRoot!.querySelectorAll('shenbao-field')].map((f) => f.shadowRoot!.textContent ?? '').join('\n');
    expect(texts).not.toContain(id);
    expect(texts).toContain(`${id.slice(0, 4)}**********${id.slice(-4)}`);
  });

  it('HQ-1: while filling in, the computed fee is shown read-only and kept in the data', async () => {
    const hq = builtinForm('health-qualification');
    const el = await mount({ definition: hq.definition, rules: resolvePack([hq.packs[2024] as never], 2024), mode: 'edit', value: feeScenario.data, context: feeScenario.context });
    // The fee field is on the last data step of this form.
    for (let i = 0; i < 6 && ![...el.shadowRoot!.querySelectorAll('shenbao-field')].some((f) => f.spec?.pointer === '/fee'); i++) {
      (el as unknown as { goTo(i: number): void }).goTo(i + 1);
      await el.updateComplete;
    }
    await el.check();
    await el.updateComplete;
    const fee = [...el.shadowRoot!.querySelectorAll('shenbao-field')].find((f) => f.spec?.pointer === '/fee')!;
    await fee.updateComplete;
    expect(fee.readonly).toBe(true);
    expect(fee.shadowRoot!.textContent).toContain('140');
    expect((el.value as { fee?: number }).fee).toBe(140);
  });

  it('PEC-1: an entirely empty record says the unit has not filed yet, not a wall of errors', async () => {
    const pec = builtinForm('physician-exam-confirm');
    const el = await mount({ definition: pec.definition, rules: resolvePack([pec.packs[2024] as never], 2024), mode: 'readonly', value: {}, context: { today: '2024-05-01' } });
    // The record's own problem heads the issue list (<shenbao-issue-list>), as the record as a whole.
    const list = el.shadowRoot!.querySelector('shenbao-issue-list')!;
    await list.updateComplete;
    const line = list.shadowRoot!.querySelector('li[data-path=""]')!;
    expect(line.textContent).toContain('整份申报');
    expect(line.textContent).toContain('单位');
    expect(el.evaluation!.issues.map((i) => i.code)).toEqual(['unit-not-filed']);
  });

  it('is form-associated: a host <form> submits its JSON under its name and follows its validity', async () => {
    const host = document.createElement('form');
    document.body.append(host);
    const el = document.createElement('shenbao-form');
    Object.assign(el, { definition: tcmExpertise.definition, rules: pack, context: { today: '2024-05-01' }, draftKey: '', name: 'declaration', value: shicheng.data });
    host.append(el);
    await el.updateComplete;
    await el.check();
    expect(JSON.parse(String(new FormData(host).get('declaration')))).toEqual(shicheng.data);
    expect(host.checkValidity()).toBe(true);
    el.value = { ...shicheng.data, region: '' };
    await el.check();
    expect(host.checkValidity()).toBe(false);
  });

  it('TCM-7: after 确定 the success step says what happens next; once approved it offers the printable registration notice, ID masked', async () => {
    const el = await mount({ mode: 'edit', value: shicheng.data, context: shicheng.context, recordId: 'rec-42' } as never);
    (el as unknown as { goTo(i: number): void }).goTo(tcmExpertise.definition.layout.steps.length);
    await el.updateComplete;
    const submits: Event[] = [];
    el.addEventListener('shenbao-submit', (e) => submits.push(e));
    el.shadowRoot!.querySelector<HTMLInputElement>('input[data-tick="pledge"]')!.click();
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === '确定')!.click();
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    expect(submits).toHaveLength(1);
    expect(el.shadowRoot!.querySelector('[data-success]')!.textContent).toContain('进度查询');
    expect(el.shadowRoot!.querySelector('shenbao-notice')).toBeNull();
    el.recordStatus = 'approved';
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('shenbao-notice')!;
    await notice.updateComplete;
    const text = notice.shadowRoot!.textContent!;
    expect(text).toContain('张建国');
    expect(text).not.toContain(shicheng.data.applicant.idNumber);
    expect(el.shadowRoot!.querySelector('shenbao-steps')!.current).toBe(tcmExpertise.definition.layout.steps.length + 1);
  });
});
