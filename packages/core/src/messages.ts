/**
 * Message templates for every issue code, in zh-CN (default) and en. Templates name the field by
 * its label (`请填写指导老师姓名`), never by a JSON path or a validator keyword.
 */
import type { IssueCode, Locale, LocalizedText } from './types.js';

/** A message template per locale; `{name}` placeholders take issue params. */
export type MessageTemplates = Record<Locale, string>;

const what = (zh: string, en: string): MessageTemplates => ({ 'zh-CN': zh, en });

/** The built-in templates, one per issue code. */
export const messageTemplates: Record<IssueCode, MessageTemplates> = {
  required: what('请填写{label}', 'Please fill in {label}'),
  type: what('{label} 的类型不正确（应为{expected}）', '{label} has the wrong type (expected {expected})'),
  format: what('{label} 不是有效的{formatLabel}', '{label} is not a valid {formatLabel}'),
  minLength: what('{label} 至少需要 {limit} 个字', '{label} needs at least {limit} characters'),
  maxLength: what('{label} 最多 {limit} 个字', '{label} allows at most {limit} characters'),
  pattern: what('{label} 的格式不正确', '{label} is not in the expected format'),
  enum: what('{label} 请从可选项中选择', 'Please choose {label} from the list'),
  const: what('{label} 必须为 {allowed}', '{label} must be {allowed}'),
  minimum: what('{label} 不能小于 {limit}', '{label} must be at least {limit}'),
  maximum: what('{label} 不能大于 {limit}', '{label} must be at most {limit}'),
  exclusiveMinimum: what('{label} 必须大于 {limit}', '{label} must be greater than {limit}'),
  exclusiveMaximum: what('{label} 必须小于 {limit}', '{label} must be less than {limit}'),
  minItems: what('{label} 至少需要 {limit} 项', '{label} needs at least {limit} entries'),
  maxItems: what('{label} 最多 {limit} 项', '{label} allows at most {limit} entries'),
  uniqueItems: what('{label} 不能有重复项', '{label} must not contain duplicates'),
  additionalProperties: what('{label} 中有未定义的字段“{property}”', '{label} has an unknown field "{property}"'),
  dictionary: what('{label} 的取值“{value}”不在代码表中', '{label}: "{value}" is not a known code'),
  'hidden-value': what('{label} 当前不适用，请清空后再提交', '{label} does not apply; clear it before submitting'),
  'attachment-min': what('请上传{label}（至少 {min} 个文件，已上传 {count} 个）', 'Please upload at least {min} file(s) for {label} ({count} uploaded)'),
  'attachment-max': what('{label} 最多 {max} 个文件（已上传 {count} 个）', '{label} allows at most {max} file(s) ({count} uploaded)'),
  'attachment-type': what('{label} 的文件“{name}”类型不允许（允许：{accept}）', '{label}: file "{name}" is not an allowed type ({accept})'),
  'attachment-size': what('{label} 的文件“{name}”大小为 {sizeText}，须{limitText}', '{label}: file "{name}" is {sizeText}; it must be {limitText}'),
  'attachment-dimensions': what('{label} 的图片“{name}”尺寸不符合要求', '{label}: image "{name}" has the wrong dimensions'),
  'attachment-orientation': what('{label} 的图片“{name}”是旋转或翻转保存的，请转正后重新上传', '{label}: image "{name}" is stored rotated or mirrored; straighten it and upload it again'),
  'unsafe-key': what('不允许的键名“{key}”，已忽略', 'Key "{key}" is not allowed and was ignored'),
  'too-large': what('内容过大：{what} 长度 {length} 超过上限 {limit}', 'Input too large: {what} of length {length} exceeds {limit}'),
  'too-deep': what('内容嵌套过深（上限 {limit} 层）', 'Input nested too deeply (limit {limit})'),
  'pack-conflict': what('规则冲突：{rules} 对“{target}”的效果相互矛盾', 'Rule conflict: {rules} contradict each other on "{target}"'),
  'pack-error': what('规则包错误：{detail}', 'Rule pack error: {detail}'),
  'computed-mismatch': what('{label} 应为 {expected}，申报内容为 {actual}', '{label} should be {expected}, the declaration says {actual}'),
  rule: what('{label} 不符合要求', '{label} does not meet the requirements'),
  schema: what('{label} 不符合要求', '{label} is invalid'),
};

/** A value as message text: primitives as they are, anything else as (short) JSON; never throws. */
export function displayValue(v: unknown): string {
  if (typeof v === 'string') return v.length > 200 ? `${v.slice(0, 200)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return displayValue(v.join('、'));
  try {
    return displayValue(JSON.stringify(v) ?? typeof v);
  } catch {
    return typeof v;
  }
}

/** Fills `{name}` placeholders from params; unknown placeholders are left as they are. */
export function fillTemplate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? whole : displayValue(v);
  });
}

/** The message for an issue code in a locale, filled with params (`label` names the field). */
export function issueMessage(code: string, locale: Locale, params: Record<string, unknown>): string {
  const templates = (messageTemplates as Record<string, MessageTemplates>)[code] ?? messageTemplates.schema;
  const label = params.label ?? (locale === 'en' ? 'This field' : '该项');
  return fillTemplate(templates[locale], { ...params, label });
}

/** Picks the text for a locale, falling back to zh-CN. */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'en' ? text.en : undefined) ?? text['zh-CN'];
}

/** zh-CN and en names of JSON types, for `type` messages. */
export const typeNames: Record<string, LocalizedText> = {
  string: { 'zh-CN': '文本', en: 'text' },
  number: { 'zh-CN': '数字', en: 'number' },
  integer: { 'zh-CN': '整数', en: 'whole number' },
  boolean: { 'zh-CN': '是/否', en: 'yes/no' },
  array: { 'zh-CN': '列表', en: 'list' },
  object: { 'zh-CN': '对象', en: 'object' },
  null: { 'zh-CN': '空值', en: 'null' },
};
