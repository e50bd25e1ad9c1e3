import { describe, it, expect } from 'vitest';
import type { AttachmentRef } from '../types.js';
import { checkSlotCount } from './slot-count.js';

const refs = (count: number): AttachmentRef[] =>
  Array.from({ length: count }, (_, i) => ({ id: `f${i}`, name: `${i}.jpg`, type: 'image/jpeg', size: 1000 }));

const idCard = { min: 2, max: 2, label: { 'zh-CN': '身份证件', en: 'ID document' } };
const materials = { min: 2, max: 5, label: { 'zh-CN': '身份证件', en: 'ID document' } };
const optional = { min: 0, max: 3, label: { 'zh-CN': '其他材料' } };

describe('checkSlotCount', () => {
  it('accepts counts within the limits', () => {
    expect(checkSlotCount(refs(2), idCard, '/attachments/id-card', 'zh-CN')).toEqual([]);
    expect(checkSlotCount(refs(2), materials, '/a', 'zh-CN')).toEqual([]);
    expect(checkSlotCount(refs(5), materials, '/a', 'zh-CN')).toEqual([]);
    expect(checkSlotCount(undefined, optional, '/a', 'zh-CN')).toEqual([]);
    expect(checkSlotCount([], optional, '/a', 'zh-CN')).toEqual([]);
  });

  it.each([
    { when: 'asks for at least min files', count: 1, path: '/attachments/id', code: 'attachment-min', message: '请上传身份证件（至少 2 个文件，已上传 1 个）' },
    { when: 'refuses more than max files', count: 6, path: '/m', code: 'attachment-max', message: '身份证件 最多上传 5 个文件（已上传 6 个）' },
  ])('$when', ({ count, path, code, message }) => {
    expect(checkSlotCount(refs(count), materials, path, 'zh-CN')).toEqual([{ path, code, message, params: { label: '身份证件', min: 2, max: 5, count }, source: 'attachments' }]);
  });

  it('says "须上传" when the count is fixed', () => {
    const [issue] = checkSlotCount(refs(1), idCard, '/attachments/id-card', 'zh-CN');
    expect(issue?.code).toBe('attachment-min');
    expect(issue?.message).toBe('请上传身份证件（须 2 个文件，已上传 1 个）');
    const [tooMany] = checkSlotCount(refs(3), idCard, '/attachments/id-card', 'zh-CN');
    expect(tooMany?.code).toBe('attachment-max');
    expect(tooMany?.message).toBe('身份证件只能上传 2 个文件（已上传 3 个），请删除多余的');
  });

  it('counts a missing list as zero files', () => {
    const [issue] = checkSlotCount(undefined, idCard, '/p', 'zh-CN');
    expect(issue?.params).toEqual({ label: '身份证件', min: 2, max: 2, count: 0 });
    expect(issue?.message).toBe('请上传身份证件（须 2 个文件，已上传 0 个）');
  });


  it('speaks English', () => {
    expect(checkSlotCount(refs(1), materials, '', 'en')[0]?.message).toBe('Upload at least 2 files for ID document (1 uploaded)');
    expect(checkSlotCount(refs(0), { ...materials, min: 1 }, '', 'en')[0]?.message).toBe('Upload at least 1 file for ID document (0 uploaded)');
    expect(checkSlotCount(refs(1), idCard, '', 'en')[0]?.message).toBe('ID document needs exactly 2 files (1 uploaded)');
    expect(checkSlotCount(refs(6), materials, '', 'en')[0]?.message).toBe('ID document allows at most 5 files (6 uploaded)');
    expect(checkSlotCount(refs(4), optional, '', 'en')[0]?.message).toBe('其他材料 allows at most 3 files (4 uploaded)');
  });

  it('defaults to Chinese', () => {
    expect(checkSlotCount(refs(4), optional, '/o')[0]?.message).toBe('其他材料 最多上传 3 个文件（已上传 4 个）');
  });
});
