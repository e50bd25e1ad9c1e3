/**
 * Conditions compiled into plain closures (no `eval`, no `new Function`: CSP-safe) with
 * json-rules-engine's semantics: facts `data`, `context`, `params`, `item`, `index` and `count`
 * (with `where`), JSON Pointer `path`s (a path on a non-object fact gives the fact itself), value
 * fact-references, `all`/`any`/`not` (an empty `all` or `any` holds), condition priorities (higher
 * sets first, later sets skipped once the answer is known) and errors (every condition of a set is
 * evaluated when one of them may throw, as the engine evaluates a set together).
 */
import { countItems } from './count.js';
import { compilePointer, type Getter } from './compile-pointer.js';
import { allOperators, type OperatorDefinition } from './operators/index.js';

/** The facts of one run: the whole declaration, or one item of a `forEach` array. */
export interface Scope {
  data: unknown;
  context: unknown;
  params: unknown;
  /** Only in `forEach` runs: the item (null when missing) and its index. */
  item?: unknown;
  index?: number;
}

/** A compiled condition. */
export type Predicate = (scope: Scope) => boolean;

/** A compiled condition and whether evaluating it may throw. */
interface Compiled {
  test: Predicate;
  safe: boolean;
  priority: number;
}

/** What a compiled condition reads: fact → pointers (`count` reads `data` at its array path). */
export type Reads = Map<string, Set<string>>;

const hasOwn = Object.prototype.hasOwnProperty;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const note = (reads: Reads | undefined, fact: string, pointer: string) => {
  if (!reads) return;
  let set = reads.get(fact);
  if (!set) reads.set(fact, (set = new Set()));
  set.add(pointer);
};

/** The value of a fact (at a path) in a scope, as json-rules-engine's almanac gives it. */
export function compileFact(fact: unknown, params: unknown, path: unknown, reads?: Reads): Getter {
  let base: (scope: Scope) => unknown;
  switch (fact) {
    case 'data':
      base = (s) => s.data;
      break;
    case 'context':
      base = (s) => s.context;
      break;
    case 'params':
      base = (s) => s.params;
      break;
    case 'item':
      base = (s) => s.item;
      break;
    case 'index':
      base = (s) => s.index;
      break;
    case 'count': {
      const p = isObject(params) ? params : {};
      const at = String(p.path);
      const where = p.where as Record<string, unknown> | undefined;
      note(reads, 'data', at);
      base = (s) => countItems(s.data, at, where);
      break;
    }
    default:
      base = () => undefined;
  }
  if (!path) {
    if (fact !== 'count') note(reads, String(fact), '');
    return base as Getter;
  }
  if (fact !== 'count') note(reads, String(fact), String(path));
  const get = compilePointer(path as string);
  return (s) => {
    const value = base(s as Scope);
    return value !== null && typeof value === 'object' ? get(value) : value;
  };
}

const isFactRef = (value: unknown): value is { fact: unknown; params?: unknown; path?: unknown } => isObject(value) && hasOwn.call(value, 'fact');

function compileLeaf(c: Record<string, unknown>, reads: Reads | undefined): Compiled {
  // json-rules-engine: a leaf's own priority if truthy, else its fact's (1).
  const priority = Number(c.priority) || 1;
  const op: OperatorDefinition | undefined = allOperators.get(String(c.operator));
  if (!op) {
    const message = `Unknown operator: ${String(c.operator)}`;
    return { test: () => { throw new Error(message); }, safe: false, priority };
  }
  const fact = compileFact(c.fact, c.params, c.path, reads);
  const raw = c.value;
  const valid = op.validFact;
  const cmp = op.evaluate;
  if (isFactRef(raw)) {
    const value = compileFact(raw.fact, raw.params, raw.path, reads);
    const test: Predicate = valid
      ? (s) => { const b = value(s); const a = fact(s); return valid(a) && cmp(a, b); }
      : (s) => cmp(fact(s), value(s));
    return { test, safe: !op.needsListValue, priority };
  }
  const test: Predicate = valid ? (s) => { const a = fact(s); return valid(a) && cmp(a, raw); } : (s) => cmp(fact(s), raw);
  return { test, safe: !op.needsListValue || Array.isArray(raw) || typeof raw === 'string', priority };
}

/** Groups conditions by priority, highest first (json-rules-engine's `prioritizeConditions`). */
function prioritize(children: Compiled[]): Compiled[][] {
  const sets = new Map<number, Compiled[]>();
  for (const c of children) sets.set(c.priority, [...(sets.get(c.priority) ?? []), c]);
  return [...sets.keys()].sort((a, b) => b - a).map((k) => sets.get(k)!);
}

function runSet(set: Compiled[], every: boolean): Predicate {
  const tests = set.map((c) => c.test);
  if (set.every((c) => c.safe)) {
    if (tests.length === 1) return tests[0]!;
    return every
      ? (s) => { for (const t of tests) if (t(s) !== true) return false; return true; }
      : (s) => { for (const t of tests) if (t(s) === true) return true; return false; };
  }
  // One may throw: evaluate them all, as the engine does with Promise.all, then combine.
  return (s) => {
    let all = true;
    let some = false;
    for (const t of tests) {
      if (t(s) === true) some = true;
      else all = false;
    }
    return every ? all : some;
  };
}

function compileGroup(conditions: unknown[], operator: 'all' | 'any', reads: Reads | undefined): Predicate & { safe?: boolean } {
  if (conditions.length === 0) return () => true;
  const children = conditions.map((c) => compileNode(c, reads));
  if (children.length === 1) return children[0]!.test;
  const every = operator === 'all';
  const sets = prioritize(children).map((set) => runSet(set, every));
  if (sets.length === 1) return sets[0]!;
  return every
    ? (s) => { for (const set of sets) if (!set(s)) return false; return true; }
    : (s) => { for (const set of sets) if (set(s)) return true; return false; };
}

function compileNode(condition: unknown, reads: Reads | undefined): Compiled {
  if (!isObject(condition)) throw new Error('Condition: constructor options required');
  const c = condition;
  if (hasOwn.call(c, 'any') || hasOwn.call(c, 'all') || hasOwn.call(c, 'not')) {
    const priority = Number.parseInt(String(c.priority), 10) || 1;
    const children: unknown[] = [];
    const test = compileBoolean(c, reads, children);
    return { test, safe: children.every((child) => safeOf(child)), priority };
  }
  if (hasOwn.call(c, 'condition')) throw new Error('shenbao 的规则包不支持共享条件（condition 引用）');
  for (const key of ['fact', 'operator', 'value']) if (!hasOwn.call(c, key)) throw new Error(`Condition: constructor "${key}" property required`);
  return compileLeaf(c, reads);
}

/** Whether a condition can never throw (so its siblings may be skipped). */
function safeOf(condition: unknown): boolean {
  if (!isObject(condition)) return false;
  if (hasOwn.call(condition, 'any') || hasOwn.call(condition, 'all') || hasOwn.call(condition, 'not')) {
    const kids = hasOwn.call(condition, 'any') ? condition.any : hasOwn.call(condition, 'all') ? condition.all : [condition.not];
    return Array.isArray(kids) && kids.every(safeOf);
  }
  return compileLeaf(condition, undefined).safe;
}

function compileBoolean(c: Record<string, unknown>, reads: Reads | undefined, children: unknown[]): Predicate {
  if (hasOwn.call(c, 'any') || hasOwn.call(c, 'all')) {
    const operator = hasOwn.call(c, 'any') ? 'any' : 'all';
    const list = c[operator];
    if (!Array.isArray(list)) throw new Error(`"${operator}" must be an array`);
    children.push(...list);
    return compileGroup(list, operator, reads);
  }
  const inner = c.not;
  if (Array.isArray(inner)) throw new Error('"not" cannot be an array');
  children.push(inner);
  const test = compileNode(inner, reads).test;
  return (s) => !test(s);
}

/** Compiles a rule's top-level conditions (`any`, else `all`, else `not`, as the engine reads them). */
export function compileConditions(conditions: unknown, reads?: Reads): Predicate {
  if (!isObject(conditions)) throw new Error('Rule: conditions must be an object');
  if (!(hasOwn.call(conditions, 'any') || hasOwn.call(conditions, 'all') || hasOwn.call(conditions, 'not'))) {
    throw new Error('"conditions" root must contain a single instance of "all", "any", "not", or "condition"');
  }
  return compileBoolean(conditions, reads, []);
}
