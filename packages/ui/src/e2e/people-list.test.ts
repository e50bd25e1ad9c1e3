/**
 * Issue 8 item 7, COMMON-10, COMMON-11, TCM-4: a long list of people (the TCM teachers and
 * recommending physicians, `"display": "summary"`) is a summary list — one row per person with name,
 * role and state, 编辑 and 删除 — and an editor for one person at a time; 信息确认 shows each person
 * as one row that the issue list opens — at 375 and 1280 px, Chinese rendered.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ShenbaoField } from '../elements/field/field.js';
import type { ShenbaoForm } from '../elements/form/form.js';
import type { ShenbaoIssueList } from '../elements/issue-list/issue-list.js';
import { cjkRendered } from './cjk.js';
import { atWidth, builtinForm, currentStep, deepActiveElement, deepQueryAll, enter, fieldAt, mountForm, passingScenario, press, settle } from './e2e-support.js';

const tcm = builtinForm('tcm-expertise');
type Teacher = { name: string; role: string };
const rows = (form: ShenbaoForm) => [...form.shadowRoot!.querySelectorAll<HTMLElement>('[data-item-path]')];
const rowText = (row: Element, part: string) => row.querySelector(part)?.textContent?.trim() ?? '';
const editButton = (form: ShenbaoForm, path: string) => form.shadowRoot!.querySelector<HTMLButtonElement>(`[data-item-path="${path}"] button.edit`)!;
const roleLabel: Record<string, string> = { guidance: '指导老师', recommender: '推荐医师' };

/** The TCM form on 老师信息 with the passing scenario's three teachers (`change` edits the data first). */
async function onTeachers(change: (data: Record<string, unknown>) => void = () => {}): Promise<ShenbaoForm> {
  const data = structuredClone(passingScenario(tcm).data);
  change(data);
  const form = await mountForm(tcm, { value: data });
  await press(userEvent, form, '下一步');
  await press(userEvent, form, '下一步');
  expect(currentStep(form)).toBe(2);
  return form;
}

describe.each([375, 1280])('issue 8 item 7: the teacher list at %i px', (width) => {
  atWidth(width, 812);

  it('three teachers are three summary rows (name, role, state, 编辑, 删除) and the page is short', async () => {
    expect(cjkRendered()).toBe(true);
    const form = await onTeachers();
    const teachers = (form.value as { teachers: Teacher[] }).teachers;
    expect(teachers).toHaveLength(3);
    const list = rows(form);
    expect(list.map((r) => rowText(r, '.name'))).toEqual(teachers.map((t) => t.name));
    expect(list.map((r) => rowText(r, '.role'))).toEqual(teachers.map((t) => roleLabel[t.role]));
    expect(list.map((r) => rowText(r, '.status'))).toEqual(teachers.map(() => '已填写 · 材料 4/4'));
    for (const [i, row] of list.entries()) {
      const [edit, remove] = row.querySelectorAll('button');
      expect(edit!.getAttribute('aria-label')).toBe(`编辑 老师 ${i + 1}（${teachers[i]!.name}）`);
      expect(remove!.getAttribute('aria-label')).toBe(`删除 老师 ${i + 1}（${teachers[i]!.name}）`);
    }
    // No field of any teacher is on the page until one is opened.
    expect(deepQueryAll<ShenbaoField>(form, 'shenbao-field').filter((f) => f.spec?.pointer.startsWith('/teachers/'))).toEqual([]);
    // The old inline layout made 8,600 px at 375 px.
    const height = document.documentElement.scrollHeight;
    expect(height).toBeLessThan(width === 375 ? 2000 : 1600);
    await page.screenshot({ path: `__screenshots__/people-list-${width}.png` });
  });

  it('编辑 opens one teacher (focus in the editor); 完成 returns to the row with the new name; 删除 removes it', async () => {
    const form = await onTeachers();
    await userEvent.click(editButton(form, '/teachers/1'));
    await settle(form);
    expect(rows(form)).toEqual([]);
    const editor = form.shadowRoot!.querySelector('[data-editor="/teachers/1"]')!;
    expect(deepActiveElement()).toBe(editor.querySelector('.editor-title'));
    const fields = deepQueryAll<ShenbaoField>(form, 'shenbao-field').filter((f) => f.spec?.pointer.startsWith('/teachers/'));
    expect(new Set(fields.map((f) => f.spec!.pointer.split('/')[2]))).toEqual(new Set(['1']));
    expect(editor.querySelectorAll('shenbao-upload').length).toBe(4);
    await page.screenshot({ path: `__screenshots__/people-editor-${width}.png` });
    await enter(userEvent, form, '/teachers/1/name', '周新');
    await userEvent.click(editor.querySelector<HTMLButtonElement>('button.done')!);
    await settle(form);
    expect(rowText(rows(form)[1]!, '.name')).toBe('周新');
    expect(deepActiveElement()).toBe(editButton(form, '/teachers/1'));
    await userEvent.click(rows(form)[2]!.querySelector<HTMLButtonElement>('button.remove')!);
    await settle(form);
    expect(rows(form)).toHaveLength(2);
    expect((form.value as { teachers: Teacher[] }).teachers.map((t) => t.name)[1]).toBe('周新');
  });

  it('a new blank teacher is not red before it is touched; after 下一步 its row says how many places need work and takes focus', async () => {
    const form = await onTeachers((data) => (data.teachers as unknown[]).splice(2));
    const add = form.shadowRoot!.querySelector('shenbao-group[data-path="/teachers"]')!.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="add"]')!;
    await userEvent.click(add);
    await settle(form);
    const editor = form.shadowRoot!.querySelector('[data-editor="/teachers/2"]')!;
    const fields = [...editor.querySelectorAll<ShenbaoField>('shenbao-field')];
    expect(fields.length).toBeGreaterThan(5);
    expect(fields.filter((f) => f.error)).toEqual([]);
    await userEvent.click(editor.querySelector<HTMLButtonElement>('button.done')!);
    await settle(form);
    const row = rows(form)[2]!;
    expect(rowText(row, '.status')).toMatch(/^待填写/);
    expect(row.querySelector('.status')!.classList.contains('issues')).toBe(false);

    await press(userEvent, form, '下一步');
    expect(currentStep(form)).toBe(2);
    const status = rowText(rows(form)[2]!, '.status');
    const count = Number(/还有 (\d+) 处需要处理/.exec(status)?.[1]);
    expect(count).toBeGreaterThan(3);
    // The step's count is what the rows and places show; focus is on the row's 编辑, which reads its state.
    const summary = form.shadowRoot!.querySelector('[part="summary"]')!.textContent!.trim();
    expect(summary).toMatch(/本步骤还有 \d+ 处需要处理/);
    expect(Number(/(\d+)/.exec(summary)![1])).toBeGreaterThanOrEqual(count);
    // The group's own count message (two recommending physicians) comes first on screen, else the row.
    const group = form.shadowRoot!.querySelector<HTMLElement & { error?: string }>('shenbao-group[data-path="/teachers"]')!;
    const edit = editButton(form, '/teachers/2');
    expect(deepActiveElement()).toBe(group.error ? group.shadowRoot!.querySelector('button[part~="add"]') : edit);
    expect(form.shadowRoot!.getElementById(edit.getAttribute('aria-describedby')!)!.textContent).toBe(status);
  });

  it('信息确认: each teacher is one row; an issue of teacher 2 in the issue list opens that teacher at the field', async () => {
    const form = await onTeachers((data) => delete (data.teachers as Record<string, unknown>[])[1]!.practiceCertNo);
    expect(rowText(rows(form)[1]!, '.status')).toMatch(/^待填写/);
    form.mode = 'confirm';
    await settle(form);
    const views = [...form.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[data-item-view]')];
    expect(views).toHaveLength(3);
    expect(views.every((d) => !d.open)).toBe(true);
    expect(rowText(views[1]!, '.status')).toBe('还有 1 处需要处理 · 材料 4/4');
    // The old inline 信息确认 was 8,200 px at 375 px.
    if (width === 375) expect(document.documentElement.scrollHeight).toBeLessThan(8200 / 2);
    window.scrollTo(0, views[0]!.getBoundingClientRect().top + scrollY - 200);
    await page.screenshot({ path: `__screenshots__/people-confirm-${width}.png` });
    window.scrollTo(0, 0);
    const list = form.shadowRoot!.querySelector<ShenbaoIssueList>('shenbao-issue-list')!;
    const link = [...list.shadowRoot!.querySelectorAll<HTMLElement>('a, button')].find((b) => b.textContent!.includes('老师 2'))!;
    expect(link.textContent).toContain('医师执业证书编码');
    await userEvent.click(link);
    await settle(form);
    expect(views[1]!.open).toBe(true);
    const field = fieldAt(form, '/teachers/1/practiceCertNo');
    expect(deepActiveElement() === field || field.shadowRoot!.contains(deepActiveElement())).toBe(true);
    expect(field.checkVisibility()).toBe(true);
  });
});
