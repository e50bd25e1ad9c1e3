/**
 * What the rendering functions of `<shenbao-form>` (form-wizard.ts, form-summary.ts,
 * form-sections.ts, verdict.ts) read from the form and call on it: a snapshot of its state
 * made for each render or field update, and callbacks that act on the element. The element keeps
 * its state private; this is the one door its templates go through.
 */
import type { CompiledForm, FormDefinition, HistoryEntry, Issue, LayoutItem, LayoutStep, LifecycleAction, Locale, RecordStatus } from '@shenbao/core';
import type { FormStore } from '../../form-store.js';
import type { FieldSpec, FormMode, Lookup, ReviewComment, Uploader } from '../../types.js';

/** The form as its templates see it during one render. */
export interface FormView {
  readonly locale: Locale;
  readonly mode: FormMode;
  readonly definition: FormDefinition;
  /** The wizard's steps (the definition's layout). */
  readonly steps: readonly LayoutStep[];
  /** The data and its latest evaluation. */
  readonly store: FormStore;
  readonly compiled: CompiledForm;
  readonly lookup: Lookup | undefined;
  /** Show ID and phone numbers unmasked in read-only views. */
  readonly unmasked: boolean;
  readonly reviewComments: readonly ReviewComment[];
  readonly reviewActions: readonly LifecycleAction[];
  /** Review mode: the pointers (leaf values, slot instances) that differ from the previous submission. */
  readonly changed: ReadonlySet<string>;
  /** Review mode: the masked pointers a reviewer may reveal (empty without a host `revealer`). */
  readonly maskedPaths: readonly string[];
  /** Review mode: the problems the desk lists — the verdict of the real record, never of masked display values (review-verdict.ts). */
  readonly reviewIssues: readonly Issue[] | undefined;
  /** The pointers already revealed in full. */
  readonly revealed: ReadonlySet<string>;
  /** Reveals one masked value (the host records it). */
  reveal(pointer: string): Promise<void>;
  readonly history: readonly HistoryEntry[] | undefined;
  readonly recordStatus: RecordStatus | undefined;
  /** The wizard's current step; `steps.length` is the confirmation. */
  readonly step: number;
  /** The polite status line under a step: how many problems stop it. */
  readonly summary: string;
  /** The declaration was submitted: the wizard shows its success page. */
  readonly submitted: boolean;
  /** When it was submitted (ISO). */
  readonly submittedAt: string | undefined;
  /** The server record (申报编号), if the host or the default uploader named one. */
  readonly recordId: string | undefined;
  /** The field's value is the rules' to set (a `set` effect, e.g. the fee of HQ-1): never typed into. */
  isComputed(pointer: string): boolean;
  /** The field was filled from the verified profile (COMMON-12): read-only, shown in full to its owner. */
  verified(pointer: string): boolean;
  /** The candidate ticked 已阅读须知 (needed to leave the notice step). */
  readonly noticeRead: boolean;
  /** The candidate ticked the truthfulness pledge (needed for 确定). */
  readonly pledged: boolean;
  /** The candidate ticked or unticked 已阅读须知. */
  setNoticeRead(read: boolean): void;
  /** The candidate ticked or unticked the pledge. */
  setPledged(pledged: boolean): void;
  /** The uploader in use (the host's, or the reference server's), made when a slot first asks. */
  uploader(): Uploader | undefined;
  /** The field spec of a field item at a pointer (cached by the form). */
  spec(item: Extract<LayoutItem, { field: string }>, pointer: string): FieldSpec;
  /** The messages a place (field, group, slot) shows at this path, joined (verdict.ts). */
  messagesAt(path: string): string | undefined;
  /** Whether a path's problems show yet: touched, its step checked, or not filling in. */
  showErrorsAt(path: string): boolean;
  /** A group's items were added or removed: the form commits the new list as its own change. */
  change(pointer: string, value: unknown[]): void;
  /** The item of a summary group (`display: "summary"`) whose editor is open, if any. */
  openItem(group: string): number | undefined;
  /** Opens an item's editor (focusing `path` in it, else its first control), or closes it (`undefined`: focus returns to its row). */
  editItem(group: string, index: number | undefined, path?: string): void;
  /** The reviewer's comments changed in the review panel. */
  reviewed(comments: ReviewComment[]): void;
  /** 下一步: checks the current step and moves on when it has no problems. */
  next(): void;
  /** Shows another step (clamped; `steps.length` is the confirmation). */
  goTo(index: number): void;
  /** 确定: checks the declaration and submits it when complete. */
  submit(): void;
  /** Saves the view as a PNG. */
  saveImage(): void;
}
