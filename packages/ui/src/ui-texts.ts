/**
 * The UI's own words (buttons, step names, hints) in zh-CN and en. Form content (labels, notices)
 * comes from the definition.
 */
import { fillTemplate, localize, type Locale } from '@shenbao/core';

const texts = {
  next: { 'zh-CN': '下一步', en: 'Next' },
  previous: { 'zh-CN': '上一步', en: 'Back' },
  confirm: { 'zh-CN': '信息确认', en: 'Confirm' },
  success: { 'zh-CN': '提交成功', en: 'Submitted' },
  edit: { 'zh-CN': '返回修改', en: 'Edit' },
  submit: { 'zh-CN': '确定', en: 'Submit' },
  required: { 'zh-CN': '必填', en: 'required' },
  missing: { 'zh-CN': '未填写', en: 'not filled in' },
  stepIssues: { 'zh-CN': '本步骤还有 {count} 处需要处理', en: '{count} item(s) on this step need attention' },
  formIssues: { 'zh-CN': '还有 {count} 处需要处理，请返回修改', en: '{count} item(s) need attention' },
  progress: { 'zh-CN': '第 {n} 步，共 {total} 步', en: 'Step {n} of {total}' },
  submitted: { 'zh-CN': '申报已提交。', en: 'Your declaration has been submitted.' },
  choose: { 'zh-CN': '请选择', en: 'Choose' },
  yes: { 'zh-CN': '是', en: 'Yes' },
  no: { 'zh-CN': '否', en: 'No' },
  searching: { 'zh-CN': '正在搜索…', en: 'Searching…' },
  noMatch: { 'zh-CN': '没有匹配项', en: 'No match' },
  saveImage: { 'zh-CN': '保存为图片', en: 'Save as image' },
  print: { 'zh-CN': '打印', en: 'Print' },
  nextSteps: { 'zh-CN': '申报已提交，请等待审核。审核进度可在「进度查询」中查看。', en: 'Your declaration has been submitted and awaits review; follow it under “Progress”.' },
  recordNo: { 'zh-CN': '申报编号：{id}', en: 'Record No. {id}' },
  readNotice: { 'zh-CN': '我已阅读申报须知，了解填报要求和注意事项', en: 'I have read the notice and understand what to fill in and upload' },
  readNoticeFirst: { 'zh-CN': '请先阅读申报须知并勾选确认', en: 'Read the notice and tick the box first' },
  pledge: { 'zh-CN': '本人承诺：所填信息和上传材料真实、准确、完整、有效，如有不实，愿承担相应责任', en: 'I declare that what I entered and uploaded is true, accurate, complete and valid, and accept the consequences if it is not' },
  pledgeFirst: { 'zh-CN': '请先勾选诚信承诺', en: 'Tick the declaration of truthfulness first' },
  approvedNotice: { 'zh-CN': '审核已通过，请打印报名成功通知单。', en: 'Approved: print your registration notice.' },
} as const;

/** Keys of the UI texts. */
export type UiTextKey = keyof typeof texts;

/** A UI text in a locale, `{name}` placeholders filled. */
export function t(key: UiTextKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return fillTemplate(localize(texts[key], locale), params);
}
