/**
 * The page of the UI benchmark (built once with Vite by `bench/ui/ui.bench.ts`). It measures in the
 * page itself: each run starts from a page task and collects `performance.now()` deltas, so no CDP
 * round trip is ever inside a measurement. The page is cross-origin isolated (COOP/COEP headers
 * from the bench's server), which gives `performance.now()` its fine (5 µs) resolution.
 */
// @shenbao/ui from its sources (the bench package does not depend on it; the build resolves the
// workspace packages' `source` condition, as the browser tests do).
import '../../../packages/ui/src/define.js';
import type { ShenbaoField, ShenbaoForm } from '../../../packages/ui/src/index.js';
import { resolvePack, type ResolvedPack } from '@shenbao/rules';
import type { FormDefinition } from '@shenbao/core';
import { syntheticForm, syntheticSections, syntheticYear, fieldLabel, isConditional } from '../synthetic.js';
import { type BenchFloor, type FloorSection } from '../floor.js';
import '../floor.js';

/** Which page is measured. */
export type Kind = 'shenbao' | 'floor';

const stage = document.getElementById('stage')!;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
/** A fresh task (as a real keystroke is), without the clamping of nested timers. */
const task = () => new Promise<void>((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(null);
});
/** Between two keystrokes: the frame is rendered, then a new task starts. */
const pause = async () => {
  await frame();
  await task();
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Made once per size, as a host would: the definition and resolved pack, and the floor's sections. */
const inputs = new Map<number, { definition: FormDefinition; pack: ResolvedPack; sections: FloorSection[] }>();
function inputsFor(n: number) {
  let made = inputs.get(n);
  if (!made) {
    const { definition, pack } = syntheticForm(n);
    const sections = syntheticSections(n).map((s) => ({
      id: s.id,
      title: s.title,
      fields: s.keys.map((key) => ({ key, label: fieldLabel(Number(key.slice(1))) })),
    }));
    inputs.set(n, (made = { definition, pack: resolvePack([pack], syntheticYear), sections }));
  }
  return made;
}

function create(kind: Kind, n: number): ShenbaoForm | BenchFloor {
  const { definition, pack, sections } = inputsFor(n);
  if (kind === 'floor') {
    const floor = document.createElement('bench-floor');
    floor.sections = sections;
    return floor;
  }
  const form = document.createElement('shenbao-form');
  form.draftKey = '';
  form.context = {};
  form.definition = definition;
  form.rules = pack;
  // `?read-value`: a host that reads the copy of the data on every `input` (what every keystroke cost before it was made on first read).
  if (readValue) form.addEventListener('input', (e) => void (e as CustomEvent<{ value: unknown }>).detail.value);
  return form;
}

/** `?css=…` adds a rule to the form's shadow root (to measure a proposed style change). */
const extraCss = new URLSearchParams(location.search).get('css');
const extraSheet = extraCss ? new CSSStyleSheet() : undefined;
extraSheet?.replaceSync(extraCss!);

const readValue = new URLSearchParams(location.search).has('read-value');

const fieldsOf = (form: ShenbaoForm) => [...form.shadowRoot!.querySelectorAll<ShenbaoField>('shenbao-field')];

/** Inputs in the DOM: for shenbao across the fields' shadow roots. */
function countInputs(el: ShenbaoForm | BenchFloor, kind: Kind): number {
  if (kind === 'floor') return el.shadowRoot?.querySelectorAll('input').length ?? 0;
  let count = 0;
  for (const field of fieldsOf(el as ShenbaoForm)) count += field.shadowRoot?.querySelectorAll('input').length ?? 0;
  return count;
}

/** Waits until all N inputs are in the DOM (the element's and its fields' updates). */
async function untilInputs(el: ShenbaoForm | BenchFloor, kind: Kind, n: number): Promise<void> {
  await el.updateComplete;
  for (let tries = 0; countInputs(el, kind) < n; tries++) {
    if (tries > 600) throw new Error(`${kind}: only ${countInputs(el, kind)} of ${n} inputs after 600 tries`);
    if (kind === 'shenbao') await Promise.all(fieldsOf(el as ShenbaoForm).map((f) => f.updateComplete));
    if (countInputs(el, kind) < n) await frame();
  }
}

/** One mount: create, append, all N inputs in the DOM, two frames. Returns ms and whether the first evaluation was shown by then. */
async function mountOnce(kind: Kind, n: number): Promise<{ ms: number; scriptMs: number; evaluated: boolean; el: ShenbaoForm | BenchFloor }> {
  const t0 = performance.now();
  const el = create(kind, n);
  stage.append(el);
  if (kind === 'shenbao' && extraSheet) el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, extraSheet];
  await untilInputs(el, kind, n);
  const scriptMs = performance.now() - t0;
  await frame();
  await frame();
  const ms = performance.now() - t0;
  return { ms, scriptMs, evaluated: kind === 'floor' || (el as ShenbaoForm).evaluation !== undefined, el };
}

async function clear(): Promise<void> {
  stage.replaceChildren();
  await frame();
  gc();
  await frame();
}

/** Brings a mounted element to rest: its first evaluation shown, nothing pending. */
async function settle(el: ShenbaoForm | BenchFloor, kind: Kind): Promise<void> {
  if (kind === 'shenbao') {
    const form = el as ShenbaoForm;
    await form.check();
    await form.updateComplete;
    await Promise.all(fieldsOf(form).map((f) => f.updateComplete));
  }
  await frame();
  await frame();
}

/** Field indices (0-based) typed into: always-visible fields, spread over the form. */
function typingOrder(n: number, count: number): number[] {
  const candidates = Array.from({ length: n }, (_, i) => i).filter((i) => !isConditional(i + 1));
  return Array.from({ length: count }, (_, k) => candidates[(k * 7919) % candidates.length]!);
}

const api = {
  /** `reps` measured mounts after one unmeasured (cold) one, alternating the two kinds. */
  async mount(n: number, reps: number, kinds: readonly Kind[] = ['floor', 'shenbao']) {
    const out = { shenbao: [] as number[], floor: [] as number[], script: { shenbao: [] as number[], floor: [] as number[] }, cold: { shenbao: 0, floor: 0 }, evaluated: 0 };
    await clear();
    for (const kind of kinds) {
      out.cold[kind] = (await mountOnce(kind, n)).ms;
      await clear();
    }
    for (let r = 0; r < reps; r++) {
      for (const kind of r % 2 ? [...kinds].reverse() : kinds) {
        const { ms, scriptMs, evaluated } = await mountOnce(kind, n);
        out[kind].push(ms);
        out.script[kind].push(scriptMs);
        if (kind === 'shenbao' && evaluated) out.evaluated++;
        await clear();
      }
    }
    return out;
  },

  /**
   * `reps` keystrokes on one mounted element: set an input's value, dispatch `input`, await the
   * element's own update (shenbao: the field's and the form's), force style and layout.
   */
  async keystroke(kind: Kind, n: number, reps: number, round: number): Promise<{ samples: number[]; parts: Record<'dispatch' | 'update' | 'layout', number[]>; evaluations: number }> {
    await clear();
    const { el } = await mountOnce(kind, n);
    await settle(el, kind);
    const order = typingOrder(n, reps);
    const samples: number[] = [];
    /** Where a keystroke's time goes: the input event's handlers, the element updates, style and layout. */
    const parts = { dispatch: [] as number[], update: [] as number[], layout: [] as number[] };
    await pause();
    let evaluations = 0; // evaluations while typing: none expected (one follows the pause)
    if (kind === 'floor') {
      const floor = el as BenchFloor;
      const controls = [...floor.shadowRoot!.querySelectorAll('input')];
      for (let k = 0; k < reps; k++) {
        const input = controls[order[k]!]!;
        const value = `值${round}-${k}`;
        input.focus(); // on screen and focused, as where a person types (untimed)
        await pause();
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        const t1 = performance.now();
        await floor.updateComplete;
        const t2 = performance.now();
        void document.body.offsetHeight;
        const t3 = performance.now();
        samples.push(t3 - t0);
        parts.dispatch.push(t1 - t0);
        parts.update.push(t2 - t1);
        parts.layout.push(t3 - t2);
        if (floor.values[input.id] !== value) throw new Error('floor: value not stored');
        await pause();
      }
    } else {
      const form = el as ShenbaoForm;
      form.addEventListener('shenbao-evaluated', () => evaluations++);
      const fields = fieldsOf(form);
      const controls = fields.map((f) => f.shadowRoot!.querySelector('input')!);
      for (let k = 0; k < reps; k++) {
        const i = order[k]!;
        const field = fields[i]!;
        const input = controls[i]!;
        const value = `值${round}-${k}`;
        input.focus(); // on screen and focused, as where a person types (untimed)
        await pause();
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        const t1 = performance.now();
        await field.updateComplete;
        await form.updateComplete;
        const t2 = performance.now();
        void document.body.offsetHeight;
        const t3 = performance.now();
        samples.push(t3 - t0);
        parts.dispatch.push(t1 - t0);
        parts.update.push(t2 - t1);
        parts.layout.push(t3 - t2);
        if (field.value !== value) throw new Error(`shenbao: field ${field.spec?.pointer} did not take the value`);
        await pause();
      }
      if (form.evaluation === undefined) throw new Error('shenbao: no evaluation');
    }
    await clear();
    return { samples, parts, evaluations };
  },

  /**
   * What happens once after a typing pause (not per keystroke): one evaluation of the whole form and
   * showing it (only fields whose state changed re-render), until style and layout are done.
   * Each repetition fills (or clears again) the 9th field of a section, which shows (or hides) the
   * 10th: the verdict really changes each time.
   */
  async evaluation(n: number, reps: number): Promise<{ samples: number[]; keystrokeEvaluations: number }> {
    await clear();
    const { el } = await mountOnce('shenbao', n);
    const form = el as ShenbaoForm;
    await settle(form, 'shenbao');
    let evaluations = 0;
    form.addEventListener('shenbao-evaluated', () => evaluations++);
    const fields = fieldsOf(form);
    const samples: number[] = [];
    for (let k = 0; k < reps; k++) {
      const section = Math.floor(k / 2) % (n / 10);
      const target = fields[section * 10 + 8]!; // the 9th field of a section: filling it shows the 10th
      const before = fields[section * 10 + 9]!;
      const input = target.shadowRoot!.querySelector('input')!;
      input.value = k % 2 ? '' : `值${k}`; // filled, then cleared again
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await target.updateComplete;
      await pause();
      const t0 = performance.now();
      await form.check();
      await form.updateComplete;
      await Promise.all(fields.map((f) => f.updateComplete));
      void document.body.offsetHeight;
      samples.push(performance.now() - t0);
      if (before.hidden === (k % 2 === 0)) throw new Error(`evaluation: ${before.spec?.pointer} visibility did not follow`);
      await pause();
    }
    const keystrokeEvaluations = evaluations - reps;
    await clear();
    return { samples, keystrokeEvaluations };
  },

  /** Facts about the page for the report. */
  info() {
    return { crossOriginIsolated, userAgent: navigator.userAgent, hardwareConcurrency: navigator.hardwareConcurrency };
  },
};

declare global {
  interface Window {
    bench: typeof api;
  }
}
window.bench = api;
document.documentElement.dataset.ready = 'true';
