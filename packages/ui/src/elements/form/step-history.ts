/**
 * The browser's Back and Forward between the steps of a `<shenbao-form>` (opt-in: `step-history`),
 * as a Lit reactive controller: each move of the wizard pushes a history entry (same URL, the step
 * in `history.state`), and a `popstate` that lands on one of this form's entries shows its step.
 * The host's own state in `history.state` is kept; entries of other forms are left alone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element whose steps the controller follows. */
export interface StepHistoryHost extends ReactiveControllerHost {
  /** The host opted in (`step-history` attribute). */
  readonly stepHistory: boolean;
}

/** Where a form keeps its step in `history.state`. */
const field = 'shenbaoStep';

/** Pushes an entry per wizard move and shows the step of the entry the browser returns to. */
export class StepHistory implements ReactiveController {
  private readonly onPop = (event: PopStateEvent): void => {
    const state = event.state as Record<string, unknown> | null;
    const entry = state?.[field] as { form?: string; index?: number } | undefined;
    if (!this.host.stepHistory || !entry || entry.form !== this.id() || typeof entry.index !== 'number') return;
    this.show(entry.index);
  };

  constructor(
    private readonly host: StepHistoryHost,
    /** Which form the entries belong to (its draft key or id). */
    private readonly id: () => string,
    /** Shows a step without pushing an entry. */
    private readonly show: (index: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.onPop);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPop);
  }

  /** The wizard moved to `index` by itself (下一步, 上一步, 返回修改): a new entry. */
  push(index: number): void {
    if (this.host.stepHistory) history.pushState(this.state(index), '');
  }

  /** The wizard shows `index` without a move of the candidate (first render, a restored draft): the current entry says so. */
  replace(index: number): void {
    if (this.host.stepHistory) history.replaceState(this.state(index), '');
  }

  private state(index: number): Record<string, unknown> {
    const current = history.state && typeof history.state === 'object' ? (history.state as Record<string, unknown>) : {};
    return { ...current, [field]: { form: this.id(), index } };
  }
}
