/**
 * Review comments (PEM-10): a reviewer's feedback per section, slot or field, stored with the
 * history entry of the review action and shown to the candidate with the record. A key is a
 * layout step or section id, an attachment slot id, or a JSON Pointer into the data
 * (`/teachers/0/attachments/teacherIdCard`); a value is a non-empty text.
 */
import { parsePointer, sanitizeInput, type FormDefinition, type Issue } from '@shenbao/core';
import { limits } from './config.js';
import { ApiError } from './errors.js';

/** The ids a comment may be keyed by in this form (steps, sections, slots). */
function commentTargets(definition: FormDefinition): Set<string> {
  const ids = new Set<string>(definition.attachments.map((s) => s.id));
  for (const step of definition.layout.steps) {
    ids.add(step.id);
    for (const section of step.sections) ids.add(section.id);
  }
  return ids;
}

function isPointer(key: string): boolean {
  if (!key.startsWith('/') || key.length > 500) return false;
  try {
    parsePointer(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks the `comments` of a review request; undefined when none were given. Throws 422 with an
 * issue per bad entry (unknown target, empty or overlong text).
 */
export function readComments(raw: unknown, definition: FormDefinition): Record<string, string> | undefined {
  if (raw === undefined || raw === null) return undefined;
  const clean = sanitizeInput(raw);
  const fail = (issues: Issue[]) => new ApiError(422, 'invalid-comments', '审核意见格式错误', issues);
  if (clean.refused || clean.issues.length > 0) throw fail(clean.issues);
  if (typeof clean.value !== 'object' || clean.value === null || Array.isArray(clean.value)) {
    throw fail([{ path: '', code: 'type', message: '审核意见须为对象：{ 章节、材料或字段: 意见 }', params: {}, source: 'server' }]);
  }
  const entries = Object.entries(clean.value as Record<string, unknown>);
  if (entries.length > limits.comments) {
    throw fail([{ path: '', code: 'too-large', message: `审核意见最多 ${limits.comments} 条`, params: {}, source: 'server' }]);
  }
  const targets = commentTargets(definition);
  const issues: Issue[] = [];
  const comments: Record<string, string> = {};
  for (const [key, value] of entries) {
    const at = `/comments/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!targets.has(key) && !isPointer(key)) {
      issues.push({ path: at, code: 'comment-target', message: '审核意见须对应表单中的步骤、章节、材料或字段', params: {}, source: 'server' });
    } else if (typeof value !== 'string' || value.trim() === '') {
      issues.push({ path: at, code: 'required', message: '审核意见不能为空', params: {}, source: 'server' });
    } else if (value.length > limits.commentLength) {
      issues.push({ path: at, code: 'maxLength', message: `审核意见最多 ${limits.commentLength} 个字符`, params: {}, source: 'server' });
    } else {
      comments[key] = value.trim();
    }
  }
  if (issues.length > 0) throw fail(issues);
  return entries.length === 0 ? undefined : comments;
}
