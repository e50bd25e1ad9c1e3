/**
 * Strict JSON parsing with locations: syntax errors carry line and column, and any JSON Pointer can
 * be traced back to its line in the source text (for "file + pointer + line" messages).
 */
import { createScanner, findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parsePointer } from './json-pointer.js';

/** Where something is in a text file: 1-based line and column. */
export interface TextLocation {
  line: number;
  column: number;
}

/** A JSON syntax error with its location. */
export interface JsonSyntaxError extends TextLocation {
  file: string;
  message: string;
}

/**
 * Deepest nesting of arrays and objects whose syntax errors are located by the (recursive) JSON
 * tree parser; deeper text is refused at the first bracket past it, found by the flat scanner, so
 * that 10⁵ unclosed `[` answer a line and column instead of overflowing the stack.
 */
export const maxJsonNesting = 512;

/** The result of {@link parseJson}. */
export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

const reasons: Record<string, string> = {
  InvalidSymbol: '无效的符号',
  InvalidNumberFormat: '数字格式错误',
  PropertyNameExpected: '缺少属性名',
  ValueExpected: '缺少值',
  ColonExpected: '缺少冒号',
  CommaExpected: '缺少逗号',
  CloseBraceExpected: '缺少 }',
  CloseBracketExpected: '缺少 ]',
  EndOfFileExpected: '文件结尾多余内容',
  InvalidCommentToken: 'JSON 不允许注释',
  UnexpectedEndOfComment: '注释未结束',
  UnexpectedEndOfString: '字符串未结束',
  UnexpectedEndOfNumber: '数字未结束',
  InvalidUnicode: '无效的 Unicode 转义',
  InvalidEscapeCharacter: '无效的转义字符',
  InvalidCharacter: '无效字符',
};

/** Converts a character offset into a 1-based line and column. */
export function offsetToLocation(text: string, offset: number): TextLocation {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Parses JSON text. `JSON.parse` builds the value (so `__proto__` stays a plain own key and never
 * reaches a prototype); on failure the JSON scanner finds the line and column of the first error.
 */
export function parseJson(text: string, file = '<input>'): ParseJsonResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (cause) {
    const deep = tooDeepAt(body);
    if (deep !== undefined) {
      const where = offsetToLocation(body, deep);
      return { ok: false, error: { file, ...where, message: `${file}:${where.line}:${where.column} JSON 格式错误：嵌套超过 ${maxJsonNesting} 层（TooDeep）` } };
    }
    const errors: ParseError[] = [];
    parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const offset = first ? first.offset : 0;
    const code = first ? printParseErrorCode(first.error) : 'InvalidSymbol';
    const where = offsetToLocation(body, offset);
    const detail = first ? reasons[code] ?? code : String((cause as Error).message);
    return {
      ok: false,
      error: { file, ...where, message: `${file}:${where.line}:${where.column} JSON 格式错误：${detail}（${code}）` },
    };
  }
}

/** The offset of the first bracket nested deeper than {@link maxJsonNesting}, found without recursion; undefined when none is. */
function tooDeepAt(text: string): number | undefined {
  // jsonc-parser's SyntaxKind is an ambient const enum (unusable with isolatedModules): its values.
  const SyntaxKind = { OpenBraceToken: 1, CloseBraceToken: 2, OpenBracketToken: 3, CloseBracketToken: 4, EOF: 17 } as const;
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBracketToken || kind === SyntaxKind.OpenBraceToken) {
      if (++depth > maxJsonNesting) return scanner.getTokenOffset();
    } else if (kind === SyntaxKind.CloseBracketToken || kind === SyntaxKind.CloseBraceToken) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Finds the line and column of the value a JSON Pointer names in JSON text; the nearest existing parent when it is missing. */
export function locatePointer(text: string, pointer: string): TextLocation | undefined {
  if (tooDeepAt(text) !== undefined) return undefined;
  const tree = parseTree(text, [], { disallowComments: true });
  if (!tree) return undefined;
  const tokens = parsePointer(pointer).map((t) => (/^(0|[1-9]\d*)$/.test(t) ? Number(t) : t));
  for (let n = tokens.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, tokens.slice(0, n));
    if (node) {
      const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return offsetToLocation(text, at);
    }
  }
  return undefined;
}
