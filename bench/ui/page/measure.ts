/**
 * What every bench page measures, in the page itself (no CDP round trip inside a measurement): the
 * cold mount of a fresh page (from the navigation's start until every initially visible input is
 * in the DOM with the rules applied, and the next frame is drawn), then keystrokes on that page.
 * A keystroke is timed from setting the input's value and dispatching `input` until the page's own
 * work is done (for shenbao: the rules evaluated on that keystroke and shown) and style + layout
 * are forced: main-thread time, not rounded to frames. A rule-firing keystroke fills (or clears) the
 * 9th field of a section, so the 10th appears (or disappears); "key → painted" waits further for the
 * frame that shows it.
 */
import { fieldKey, isConditional } from '../synthetic.js';

/** One page under measurement (shenbao or the floor). */
export interface Subject {
  /** Creates and appends the form; resolves when every input is in the DOM and the first evaluation is shown. */
  mount(): Promise<void>;
  /** The `<input>` of field `i` (1-based). */
  control(i: number): HTMLInputElement;
  /** After the `input` event of field `i` was dispatched: resolves when the page's own work for it is done; `deferred` when the rules did not run within the keystroke's task. */
  settle(i: number): Promise<{ deferred: boolean }>;
  /** Whether field `i` is shown now. */
  shown(i: number): boolean;
  /** The value the page stored for field `i`. */
  stored(i: number): unknown;
}

/** The result of the page's cold mount. */
export interface Mounted {
  /** From the navigation's start until the first frame with every initially visible input (ms). */
  painted: number;
  /** Of which from the page's own script's start (ms). */
  script: number;
  error?: string;
}

/** Sets an input's value as the browser does for typing (through the prototype's setter, which React's value tracker also sees). */
const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

export const frame = (): Promise<void> => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
/** A fresh task (as a real keystroke is), without the clamping of nested timers. */
export const task = (): Promise<void> =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
/** Drawn: the frame after the work, and the task after that frame. */
const painted = async () => {
  await frame();
  await task();
};

/** Field numbers typed into by plain keystrokes (never the 9th of a section, never a conditional one), spread over the form. */
function typingOrder(n: number, count: number): number[] {
  const candidates = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !isConditional(i) && !isConditional(i + 1));
  return Array.from({ length: count }, (_, k) => candidates[(k * 7919) % candidates.length]!);
}

/** Keystrokes measured per call however long they take (a budget stops the rest, not these): one filling and one clearing rule keystroke. */
const minSamples = 2;

/** Mounts `subject` at once (the page's cold mount) and exposes `window.bench`. */
export async function start(subject: Subject, n: number): Promise<void> {
  const scriptStart = performance.now();
  const mounted: Mounted = { painted: 0, script: 0 };
  try {
    await subject.mount();
    await painted();
    mounted.painted = performance.now();
    mounted.script = mounted.painted - scriptStart;
  } catch (e) {
    mounted.error = String((e as Error)?.stack ?? e);
  }

  async function type(i: number, value: string): Promise<{ work: number; deferred: boolean }> {
    const input = subject.control(i);
    input.focus(); // on screen and focused, as where a person types (untimed)
    await painted();
    const t0 = performance.now();
    valueSetter.call(input, value);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: value ? 'insertText' : 'deleteContentBackward', data: value.slice(-1) || null }));
    const { deferred } = await subject.settle(i);
    void document.body.offsetHeight;
    const work = performance.now() - t0;
    if (subject.stored(i) !== value && !(value === '' && subject.stored(i) === undefined)) throw new Error(`field ${fieldKey(i)}: value not stored`);
    return { work, deferred };
  }

  const api = {
    mounted,
    /** `reps` plain keystrokes (no rule changes its verdict); past `budgetMs`, no more than `minSamples`. */
    async keystrokes(reps: number, round: number, budgetMs = Infinity) {
      const samples: number[] = [];
      let deferred = 0;
      const t0 = performance.now();
      for (const [k, i] of typingOrder(n, reps).entries()) {
        if (samples.length >= minSamples && performance.now() - t0 > budgetMs) break;
        const r = await type(i, `值${round}-${k}`);
        samples.push(r.work);
        if (r.deferred) deferred++;
        await task();
      }
      return { samples, deferred };
    },
    /** `reps` rule-firing keystrokes: fill (then clear) the 9th field of a section, so the 10th follows; also the time until the frame that shows it. Past `budgetMs`, no more than `minSamples`. */
    ruleKeystrokes: async (reps: number, budgetMs = Infinity) => {
    const samples: number[] = [];
    const toPaint: number[] = [];
    let deferred = 0;
    const start = performance.now();
    for (let k = 0; k < reps; k++) {
      if (samples.length >= minSamples && performance.now() - start > budgetMs) break;
      const section = Math.floor(k / 2) % (n / 10);
      const nth = section * 10 + 9;
      const filling = k % 2 === 0;
      const value = filling ? `值${k}` : '';
      const input = subject.control(nth);
      input.focus();
      await painted();
      const t0 = performance.now();
      valueSetter.call(input, value);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: filling ? 'insertText' : 'deleteContentBackward', data: filling ? value.slice(-1) : null }));
      const r = await subject.settle(nth);
      void document.body.offsetHeight;
      samples.push(performance.now() - t0);
      if (r.deferred) deferred++;
      await frame();
      toPaint.push(performance.now() - t0);
      if (subject.shown(nth + 1) !== filling) throw new Error(`field ${fieldKey(nth + 1)} did not follow its rule`);
      await task();
    }
    return { samples, toPaint, deferred };
    },
  };

  (window as unknown as { bench: typeof api }).bench = api;
  document.documentElement.dataset.ready = 'true';
}

/** The bench API a page exposes. */
export type BenchApi = {
  mounted: Mounted;
  keystrokes(reps: number, round: number, budgetMs?: number): Promise<{ samples: number[]; deferred: number }>;
  ruleKeystrokes(reps: number, budgetMs?: number): Promise<{ samples: number[]; toPaint: number[]; deferred: number }>;
};
