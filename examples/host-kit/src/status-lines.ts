/**
 * The lines a host shows under the form, naming fields as the form names them (单位名称, 老师 2 ·
 * 身份证) and never by their JSON Pointer: what the last edit changed, and a refused submission's
 * issues.
 */
import { reviewPlaceLabel, type FormValueDetail, type ShenbaoForm } from '@shenbao/ui';

type Definition = NonNullable<ShenbaoForm['definition']>;

/** The field at `pointer` by its title, as the form's own issue list shows it; the whole declaration for `''`. */
export function fieldTitle(definition: Definition, value: unknown, pointer: string): string {
  return pointer === '' ? '申报' : reviewPlaceLabel(definition, value, pointer);
}

/** The status line after an edit: `已修改 单位确认码`, and `，可以提交` once the declaration is complete. */
export function editedLine(definition: Definition, detail: FormValueDetail): string {
  return `已修改 ${fieldTitle(definition, detail.value, detail.pointer)}${detail.evaluation?.complete ? '，可以提交' : ''}`;
}

/** A refused submission's issue as a line: the field's title, then the server's message. */
export function issueLine(definition: Definition, value: unknown, issue: { path: string; message: string }): string {
  return `${fieldTitle(definition, value, issue.path)}：${issue.message}`;
}
