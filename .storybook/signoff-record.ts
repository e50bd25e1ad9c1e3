/**
 * The reviewer's sign-off record (the 审核签字 panel of Storybook's manager): per story 已核对 or an
 * 意见, with the reviewer's name and the date, kept in the browser (localStorage) and exported or
 * imported as JSON or CSV (papaparse: quoting, commas and line breaks inside 意见 done right).
 * No DOM here but `Storage`, so Node tests can drive it.
 */
import Papa from 'papaparse';

/** One story's mark. */
export interface SignoffMark {
  /** 已核对 (checked) or 有意见 (a comment that needs an answer). */
  status: 'checked' | 'comment';
  comment: string;
  reviewer: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Where the story is ("表单/工作单位 › 已绑定…"), so an exported file reads on its own. */
  title: string;
}

/** Story id → mark. */
export type SignoffRecord = Record<string, SignoffMark>;

/** The localStorage key of the record. */
export const storageKey = 'shenbao:signoff';
/** Columns of the CSV, in order. */
export const csvColumns = ['storyId', 'title', 'status', 'comment', 'reviewer', 'date'] as const;
const statuses = new Set(['checked', 'comment']);

/** Reads the record kept in `storage` (an unreadable one counts as empty). */
export function loadRecord(storage: Pick<Storage, 'getItem'>): SignoffRecord {
  try {
    return parseJson(storage.getItem(storageKey) ?? '{}');
  } catch {
    return {};
  }
}

/** Keeps the record in `storage`. */
export function saveRecord(storage: Pick<Storage, 'setItem'>, record: SignoffRecord): void {
  storage.setItem(storageKey, JSON.stringify(record));
}

/** The record as JSON (story ids sorted). */
export function toJson(record: SignoffRecord): string {
  return JSON.stringify(Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b))), null, 2) + '\n';
}

/** The record as CSV (header row, one row per story; UTF-8 BOM so spreadsheet programs read the Chinese). */
export function toCsv(record: SignoffRecord): string {
  const rows = Object.entries(record)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([storyId, m]) => [storyId, m.title, m.status, m.comment, m.reviewer, m.date]);
  return '\uFEFF' + Papa.unparse({ fields: [...csvColumns], data: rows }, { newline: '\r\n' }) + '\r\n';
}

function mark(value: Record<string, unknown>, where: string): SignoffMark {
  const status = String(value['status'] ?? '');
  if (!statuses.has(status)) throw new Error(`${where}：状态“${status}”不是 checked 或 comment`);
  return {
    status: status as SignoffMark['status'],
    comment: String(value['comment'] ?? ''),
    reviewer: String(value['reviewer'] ?? ''),
    date: String(value['date'] ?? ''),
    title: String(value['title'] ?? ''),
  };
}

function parseJson(text: string): SignoffRecord {
  const data = JSON.parse(text) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('JSON 应是“故事 id → 标记”的对象');
  const record: SignoffRecord = {};
  for (const [id, value] of Object.entries(data)) {
    if (!value || typeof value !== 'object') throw new Error(`/${id}：应是对象`);
    record[id] = mark(value as Record<string, unknown>, `/${id}`);
  }
  return record;
}

function parseCsv(text: string): SignoffRecord {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const problem = parsed.errors[0];
  if (problem) throw new Error(`第 ${(problem.row ?? 0) + 2} 行：${problem.message}`);
  const missing = csvColumns.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length) throw new Error(`缺少列：${missing.join('、')}`);
  const record: SignoffRecord = {};
  parsed.data.forEach((row, i) => {
    if (!row['storyId']) throw new Error(`第 ${i + 2} 行：storyId 为空`);
    record[row['storyId']] = mark(row, `第 ${i + 2} 行`);
  });
  return record;
}

/** Reads an exported file (JSON or CSV, told apart by its first character); throws a Chinese message naming the place. */
export function parseRecord(text: string): SignoffRecord {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  return trimmed.startsWith('{') ? parseJson(trimmed) : parseCsv(trimmed);
}

/** An imported record merged into the kept one: for a story in both, the later date wins. */
export function mergeRecords(kept: SignoffRecord, imported: SignoffRecord): SignoffRecord {
  const merged = { ...kept };
  for (const [id, m] of Object.entries(imported)) if (!merged[id] || m.date >= merged[id]!.date) merged[id] = m;
  return merged;
}

/** Today as YYYY-MM-DD in China time (the reviewers' calendar). */
export function chinaDate(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
