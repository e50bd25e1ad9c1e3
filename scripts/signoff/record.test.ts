import { describe, expect, it } from 'vitest';
import { chinaDate, loadRecord, mergeRecords, parseRecord, saveRecord, storageKey, toCsv, toJson, type SignoffRecord } from '../../.storybook/signoff-record.js';

const record: SignoffRecord = {
  'forms-work-unit--bind-pass': { status: 'checked', comment: '', reviewer: '王芳', date: '2026-12-03', title: '表单/工作单位 › 首次绑定' },
  'forms-tcm-expertise--shicheng-two-teachers': { status: 'comment', comment: '提示语应写“最多两名”，\n另："老师"二字加引号, 逗号', reviewer: '李强', date: '2026-12-02', title: '表单/中医 › 师承' },
};

describe('the sign-off record (Storybook 审核签字 panel)', () => {
  it('round-trips through JSON and CSV, commas, quotes and line breaks in 意见 included', () => {
    expect(parseRecord(toJson(record))).toEqual(record);
    const csv = toCsv(record);
    expect(csv.startsWith('\uFEFFstoryId,title,status,comment,reviewer,date\r\n')).toBe(true);
    expect(parseRecord(csv)).toEqual(record);
  });

  it('keeps the record in localStorage-like storage and reads a broken one as empty', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    saveRecord(storage, record);
    expect(loadRecord(storage)).toEqual(record);
    map.set(storageKey, '{not json');
    expect(loadRecord(storage)).toEqual({});
  });

  it('refuses a bad file with a Chinese message that names the place', () => {
    expect(() => parseRecord('{"a": {"status": "ok"}}')).toThrow('/a：状态“ok”不是 checked 或 comment');
    expect(() => parseRecord('storyId,title\r\nx,y\r\n')).toThrow('缺少列：status、comment、reviewer、date');
    expect(() => parseRecord('storyId,title,status,comment,reviewer,date\r\nx,y,maybe,,,\r\n')).toThrow('第 2 行');
  });

  it('merges an import: the later mark of a story wins', () => {
    const older = { 'forms-work-unit--bind-pass': { ...record['forms-work-unit--bind-pass']!, date: '2026-11-01', status: 'comment' as const, comment: '旧' } };
    expect(mergeRecords(older, record)['forms-work-unit--bind-pass']!.status).toBe('checked');
    expect(mergeRecords(record, older)['forms-work-unit--bind-pass']!.status).toBe('checked');
  });

  it('dates marks in China time', () => {
    expect(chinaDate(new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
  });
});
