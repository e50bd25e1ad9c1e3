/**
 * What the peer pages share: the synthetic form's shape (from bench/ui/synthetic.ts), and how a
 * peer's keystroke is settled. A peer has no "evaluation shown" signal of its own, so its keystroke
 * is settled when its model holds the typed value and, for the 9th field of a section, the 10th
 * has followed the rule — checked task after task (a debounced peer is waited for).
 */
import { fieldKey, fieldLabel, isConditional, syntheticSections } from '../../ui/synthetic.js';
import { task, type Subject } from '../../ui/page/measure.js';

export { fieldKey, fieldLabel, isConditional, syntheticSections };

/** A field of the synthetic form as a peer writes it: key, label, and `after`, the key it follows (every 10th field is shown only while that one is filled). */
export interface PeerField {
  key: string;
  label: string;
  after?: string;
}

/** The synthetic form's sections of 10 with their fields, for a peer to write in its own format. */
export function peerSections(): { id: string; title: string; fields: PeerField[] }[] {
  return syntheticSections(n).map(({ id, title, keys }) => ({
    id,
    title,
    fields: keys.map((key) => {
      const i = Number(key.slice(1));
      return { key, label: fieldLabel(i), ...(isConditional(i) ? { after: fieldKey(i - 1) } : {}) };
    }),
  }));
}

/** N from the page's address (`?n=1000`). */
export const n = Number(new URLSearchParams(location.search).get('n') ?? 100);

/** The stage element peers render into. */
export const stage = document.getElementById('stage')!;

/** Waits (frame by frame) until `count()` reaches `want`; the driver bounds the mount (its timeout, generous), not the page. */
export async function until(count: () => number, want: number, what: string): Promise<void> {
  const t0 = performance.now();
  while (count() < want) {
    if (performance.now() - t0 > 900_000) throw new Error(`${what}: ${count()} of ${want} after 900 s`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** The number of initially visible inputs (every 10th field waits for the one before it). */
export const visibleAtStart = n - n / 10;

/** A Subject for a peer from how to find a field's input, what the peer stored, and whether a field is shown. */
export function peerSubject(mount: () => Promise<void>, control: (i: number) => HTMLInputElement | null, stored: (i: number) => unknown): Subject {
  const shown = (i: number) => {
    const input = control(i);
    return !!input && input.isConnected && input.checkVisibility();
  };
  return {
    mount,
    control: (i) => {
      const input = control(i);
      if (!input) throw new Error(`no input for ${fieldKey(i)}`);
      return input;
    },
    async settle(i) {
      const want = control(i)!.value;
      const t0 = performance.now();
      for (;;) {
        await task();
        const value = stored(i) ?? '';
        const ruleFollowed = i % 10 !== 9 || i + 1 > n || shown(i + 1) === (want !== '');
        if (value === want && ruleFollowed) break;
        if (performance.now() - t0 > 120_000) throw new Error(`${fieldKey(i)}: not settled after 120 s`);
      }
      return { deferred: false };
    },
    shown,
    stored,
  };
}
