/**
 * The value and verdict behind a `<shenbao-form>`, without DOM: the form's own copy of the data
 * (edited in place, so a keystroke costs the same on a 10-field and a 1,000-field form) and
 * `evaluate()` run once per change — never once per field: by default on every keystroke while an
 * evaluation fits in a frame (else once typing pauses); a committed change evaluates at once. After
 * the first evaluation, a change is evaluated scoped to the pointers it changed (`createEvaluator`:
 * only the rules reading them and the top-level property they are under; the same result).
 */
import { getAt, parsePointer, type FormDefinition, type Locale } from '@shenbao/core';
import { createEvaluator, type EvaluateOptions, type Evaluation, type Evaluator, type ResolvedPack } from '@shenbao/rules';

/** Options of a {@link FormStore}. */
export interface FormStoreOptions {
  definition: FormDefinition;
  pack: ResolvedPack;
  context?: unknown;
  locale?: Locale;
  /** Called with each new evaluation. */
  onEvaluated(evaluation: Evaluation): void;
  /** Object fields (outside arrays), parents first, to create empty when missing. */
  objectPointers?: string[];
  /**
   * Pause after the last keystroke before evaluating (ms). Not set: evaluate on every keystroke
   * while the last evaluation took at most {@link frameBudgetMs}, else after {@link typingPauseMs}.
   */
  idleMs?: number | undefined;
  evaluateOptions?: EvaluateOptions;
  /**
   * Write what the rules compute (`set` effects, e.g. the fee of HQ-1) into the data after each
   * evaluation, and empty it while no rule sets it (no subject ticked: no fee): while filling in, such a
   * value is the rules' alone. Off (other modes): the record stays as it stands.
   */
  fillComputed?: boolean;
}

const targetsOf = new WeakMap<ResolvedPack, ReadonlySet<string>>();

/** The pointers some `set` effect of a pack writes (HQ-1's fee), whether or not its rule applies now. */
export function computedTargets(pack: ResolvedPack): ReadonlySet<string> {
  let targets = targetsOf.get(pack);
  if (!targets) {
    const found = new Set<string>();
    for (const rule of pack.rules) {
      const event = rule.event as { type?: string; params?: { path?: unknown } };
      if (event.type === 'set' && typeof event.params?.path === 'string') found.add(event.params.path);
    }
    targetsOf.set(pack, (targets = found));
  }
  return targets;
}

/** Writes `value` at `pointer` in place, creating objects and arrays on the way; `undefined` deletes. */
export function assignAt(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const tokens = parsePointer(pointer);
  let node: Record<string, unknown> | unknown[] = root;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    const nextIsIndex = /^(0|[1-9]\d*)$/.test(tokens[i + 1]!);
    const container = node as Record<string, unknown>;
    let child = Object.prototype.hasOwnProperty.call(container, token) ? container[token] : undefined;
    if (typeof child !== 'object' || child === null) {
      child = nextIsIndex ? [] : {};
      write(container, token, child);
    }
    node = child as Record<string, unknown>;
  }
  const last = tokens[tokens.length - 1];
  if (last === undefined) return;
  if (value === undefined) {
    if (Array.isArray(node)) node[Number(last)] = null;
    else delete (node as Record<string, unknown>)[last];
  } else {
    write(node as Record<string, unknown>, last, value);
  }
}

/**
 * Sets an own data property. A plain assignment (fast, even on an object of 1,000 keys) except for
 * `__proto__`, the one key whose assignment would not create an own property.
 */
function write(node: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  else node[key] = value;
}

/** An evaluation that takes at most this long (ms) runs on every keystroke: it fits in a frame with the render. */
export const frameBudgetMs = 12;

/** The pause after the last keystroke (ms) before a form whose evaluation does not fit in a frame evaluates. */
export const typingPauseMs = 250;

/** Keeps a form's data and runs its evaluation. */
export class FormStore {
  /** The form's own copy of the data; edited in place. */
  value: Record<string, unknown> = {};
  /** The latest evaluation, if one ran. */
  evaluation: Evaluation | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pause after the last keystroke ends (ms, `performance.now()`). */
  private due = 0;
  private running: Promise<Evaluation> | undefined;
  private dirty = false;
  private version = 0;
  /** How long the last evaluation took, with showing it (ms). */
  private lastCost = 0;
  /** The scoped evaluator of the current options (made on first use). */
  private evaluator: Evaluator | undefined;
  /** The pointers set since the last evaluation began; `whole`: evaluate everything next time. */
  private changed = new Set<string>();
  private whole = true;

  constructor(private options: FormStoreOptions) {}

  /** Replaces the options (definition, pack, context, locale) and evaluates again. */
  configure(options: Partial<FormStoreOptions>): void {
    this.options = { ...this.options, ...options };
    this.evaluator = undefined;
    this.whole = true;
    void this.evaluateNow();
  }

  /**
   * Replaces the data with a copy of `value`, with an empty object in place of each missing object
   * the schema describes (outside arrays), so a required field inside a section that was never
   * touched gets its own issue (`请填写姓名`) instead of one for the whole section.
   */
  load(value: unknown): void {
    this.value = value && typeof value === 'object' && !Array.isArray(value) ? (JSON.parse(JSON.stringify(value)) as Record<string, unknown>) : {};
    for (const pointer of this.options.objectPointers ?? []) {
      if (getAt(this.value, pointer) === undefined && typeof getAt(this.value, pointer.slice(0, pointer.lastIndexOf('/'))) === 'object') assignAt(this.value, pointer, {});
    }
    this.version++;
    this.whole = true;
    void this.evaluateNow();
  }

  /** Sets one value; `commit` evaluates at once, otherwise after a pause in typing. */
  set(pointer: string, value: unknown, commit: boolean): void {
    assignAt(this.value, pointer, value);
    this.changed.add(pointer);
    this.version++;
    if (commit) void this.evaluateNow();
    else this.schedule();
  }

  /** Notes a value written into {@link FormStore.value} directly (not through `set`): the next evaluation looks at it. */
  noteChange(pointer: string): void {
    this.changed.add(pointer);
    this.version++;
  }

  /** A copy of the data (what hosts and events get). */
  snapshot(): unknown {
    return JSON.parse(JSON.stringify(this.value));
  }

  /**
   * Evaluates once typing pauses. A keystroke only moves the deadline (no timer is cleared and set
   * again per keystroke); the one pending timer, when it fires early, waits for the rest.
   */
  private schedule(): void {
    const idle = this.options.idleMs ?? (this.lastCost <= frameBudgetMs ? 0 : typingPauseMs);
    if (idle <= 0) {
      void this.evaluateNow();
      return;
    }
    this.due = performance.now() + idle;
    if (this.timer === undefined) this.arm(idle);
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const left = this.due - performance.now();
      if (left > 1) this.arm(left);
      else void this.evaluateNow();
    }, ms);
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Evaluates the current data now; calls made while one runs share a single follow-up run, so the
   * rule engine runs once per change however fast changes come.
   */
  evaluateNow(): Promise<Evaluation> {
    this.cancel();
    if (this.running) {
      this.dirty = true;
      return this.running;
    }
    const run = async (): Promise<Evaluation> => {
      let result: Evaluation;
      let filled = 0;
      do {
        this.dirty = false;
        const version = this.version;
        const { definition, pack, context, locale, evaluateOptions } = this.options;
        const started = performance.now();
        const evaluator = (this.evaluator ??= createEvaluator(definition, pack, { ...evaluateOptions, locale: locale ?? 'zh-CN' }));
        const changed = this.whole ? undefined : [...this.changed];
        this.whole = false;
        this.changed.clear();
        result = changed ? await evaluator.update(this.value, changed, context ?? {}) : await evaluator.evaluate(this.value, context ?? {});
        if (version === this.version && this.options.fillComputed && this.fillComputed(result) && ++filled < 3) {
          // A computed value changed the data: judge the data as it is now (no stale computed-mismatch).
          this.dirty = true;
        } else if (version === this.version) {
          this.evaluation = result;
          this.options.onEvaluated(result);
        } else this.dirty = true;
        this.lastCost = performance.now() - started;
      } while (this.dirty);
      return result;
    };
    this.running = run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Writes the computed values of an evaluation into the data (see `fillComputed`); whether any changed. */
  private fillComputed(evaluation: Evaluation): boolean {
    let changed = false;
    const targets = new Set([...computedTargets(this.options.pack), ...Object.keys(evaluation.computed)]);
    for (const pointer of targets) {
      if (pointer.includes('*')) continue;
      const value = Object.prototype.hasOwnProperty.call(evaluation.computed, pointer) ? evaluation.computed[pointer] : undefined;
      if (getAt(this.value, pointer) !== value) {
        assignAt(this.value, pointer, value);
        this.changed.add(pointer);
        changed = true;
      }
    }
    return changed;
  }

  /** Stops pending work (the element left the page). */
  dispose(): void {
    this.cancel();
  }
}
