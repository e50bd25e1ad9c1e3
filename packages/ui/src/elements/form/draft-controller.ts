/**
 * The draft of a `<shenbao-form>`, as a Lit reactive controller: the key it is kept under, loading
 * it (and the record id and the wizard step kept with it) when a form is set up, saving it 200 ms after the
 * last change, on `pagehide` and when the element leaves the page, and clearing it on submission.
 * Drafts are kept only while filling in (`mode="edit"`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormDefinition } from '@shenbao/core';
import type { FormStore } from '../../form-store.js';
import type { DraftStore, FormMode, RecordStore } from '../../types.js';

/** The element whose drafts the controller keeps: the properties that name and store a draft. */
export interface DraftHost extends ReactiveControllerHost {
  readonly draftKey: string | undefined;
  readonly definition: FormDefinition | undefined;
  readonly draftStore: DraftStore;
  readonly mode: FormMode;
  readonly recordStore: RecordStore | undefined;
  recordId: string | undefined;
}

/** How long after the last change a draft is saved (ms). */
const delay = 200;

/** Loads, saves (debounced and on `pagehide`) and clears the draft of one form. */
export class DraftController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the draft is due (`performance.now()`): a keystroke moves it, the one pending timer waits for it. */
  private due = 0;
  private readonly flush = () => this.save();

  constructor(
    private readonly host: DraftHost,
    /** The store whose data is the draft (none before the form is set up). */
    private readonly store: () => FormStore | undefined,
  ) {
    host.addController(this);
  }

  /** Key under which the draft is kept: `draftKey`, else `shenbao:<form id>`; undefined when drafts are off. */
  get key(): string | undefined {
    if (this.host.draftKey === '') return undefined;
    return this.host.draftKey ?? (this.host.definition ? `shenbao:${this.host.definition.id}` : undefined);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.flush);
    this.save();
  }

  /**
   * In edit mode, loads the draft and hands it to `restore`; without a `recordId` but with a `recordStore`,
   * also takes the record the store opened for this draft, so its files stay with it.
   */
  load(restore: (draft: object) => void, restoreStep?: (index: number) => void): void {
    const key = this.key;
    if (!key || this.host.mode !== 'edit') return;
    void this.host.draftStore.load(key).then((draft) => {
      if (draft && typeof draft === 'object') restore(draft);
    });
    if (restoreStep) {
      void this.host.draftStore.load(`${key}#step`).then((step) => {
        if (typeof step === 'number' && Number.isSafeInteger(step) && step > 0) restoreStep(step);
      });
    }
    if (this.host.recordStore && !this.host.recordId) {
      void this.host.draftStore.load(`${key}#record`).then((id) => {
        if (typeof id === 'string' && id !== '' && !this.host.recordId) this.host.recordId = id;
      });
    }
  }

  /** The data changed: the draft is saved once no change came for 200 ms. */
  changed(): void {
    if (this.key === undefined) return;
    this.due = performance.now() + delay;
    if (this.timer === undefined) this.arm(delay);
  }

  /** Saves the draft now (edit mode only). */
  save(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const key = this.key;
    const store = this.store();
    if (!key || !store || this.host.mode !== 'edit') return;
    void this.host.draftStore.save(key, store.snapshot());
  }

  /** Keeps the id of the record the record store opened with the draft. */
  saveRecord(id: string): void {
    const key = this.key;
    if (key) void this.host.draftStore.save(`${key}#record`, id);
  }

  /** Keeps the wizard's step with the draft (`<key>#step`), so a reload shows the same step. */
  saveStep(index: number): void {
    const key = this.key;
    if (key && this.host.mode === 'edit') void this.host.draftStore.save(`${key}#step`, index);
  }

  /** Forgets the draft, its record id and its step (the declaration was submitted). */
  clear(): void {
    const key = this.key;
    if (key) {
      void this.host.draftStore.clear(key);
      void this.host.draftStore.clear(`${key}#record`);
      void this.host.draftStore.clear(`${key}#step`);
    }
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const left = this.due - performance.now();
      if (left > 1) this.arm(left);
      else this.save();
    }, ms);
  }
}
