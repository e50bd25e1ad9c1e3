/**
 * Undo and redo over immutable values: every edit pushes the value it replaces. The studio keeps one
 * per open year (the draft pack).
 */

/** An undo/redo history of immutable values. */
export class EditHistory<T> {
  #past: T[] = [];
  #future: T[] = [];
  #current: T;
  #saved: T;

  constructor(initial: T) {
    this.#current = initial;
    this.#saved = initial;
  }

  /** The value now. */
  get current(): T {
    return this.#current;
  }

  /** Replaces the value; the old one can be brought back by `undo`. */
  push(next: T): void {
    if (next === this.#current) return;
    this.#past.push(this.#current);
    this.#future = [];
    this.#current = next;
  }

  /** True when there is something to undo. */
  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  /** True when there is something to redo. */
  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** Goes one edit back. */
  undo(): void {
    const previous = this.#past.pop();
    if (previous === undefined) return;
    this.#future.push(this.#current);
    this.#current = previous;
  }

  /** Goes one edit forward again. */
  redo(): void {
    const next = this.#future.pop();
    if (next === undefined) return;
    this.#past.push(this.#current);
    this.#current = next;
  }

  /** Marks the current value as saved. */
  markSaved(): void {
    this.#saved = this.#current;
  }

  /** True when the current value is not the saved one (compared by JSON). */
  get dirty(): boolean {
    return this.#current !== this.#saved && JSON.stringify(this.#current) !== JSON.stringify(this.#saved);
  }
}
