/**
 * Events of `<shenbao-form>`. `change` keeps its native name (the meaning is native) and carries the
 * value and the pointer that changed; each edit fires `shenbao-input` with the same detail, beside
 * the field's own trusted native `input` (which reaches the host untouched, with `inputType` and
 * `data`); the others are shenbao's own. All bubble and cross shadow roots, with typed `detail`.
 */
import type { Evaluation } from '@shenbao/rules';
import type { ReviewComment } from '../types.js';

/** Detail of the form's `input` and `change` events. */
export interface FormValueDetail {
  value: unknown;
  pointer: string;
  /** The latest evaluation (for `change`, of this very value). */
  evaluation: Evaluation | undefined;
}

/** The form's `input` (each edit) or `change` (each committed edit) event. */
export class ShenbaoValueEvent extends CustomEvent<FormValueDetail> {
  constructor(type: 'input' | 'change', detail: FormValueDetail) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/** `shenbao-input`: each edit (a keystroke, a choice, a group item added), after the form stored it; `detail.value` is copied when first read. */
export class ShenbaoInputEvent extends CustomEvent<FormValueDetail> {
  static readonly eventName = 'shenbao-input';
  constructor(detail: FormValueDetail) {
    super(ShenbaoInputEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** `shenbao-step`: the wizard moved to another step. */
export class ShenbaoStepEvent extends CustomEvent<{ index: number; id: string }> {
  static readonly eventName = 'shenbao-step';
  constructor(detail: { index: number; id: string }) {
    super(ShenbaoStepEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** `shenbao-submit`: the candidate pressed 确定 on a complete declaration; the host stores it. */
export class ShenbaoSubmitEvent extends CustomEvent<{ value: unknown; evaluation: Evaluation }> {
  static readonly eventName = 'shenbao-submit';
  constructor(detail: { value: unknown; evaluation: Evaluation }) {
    super(ShenbaoSubmitEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** `shenbao-review`: a reviewer approved, returned (with comments) or allowed modification. */
export class ShenbaoReviewEvent extends CustomEvent<{ action: 'approve' | 'return' | 'allow-modification'; reason: string; comments: ReviewComment[] }> {
  static readonly eventName = 'shenbao-review';
  constructor(detail: ShenbaoReviewEvent['detail']) {
    super(ShenbaoReviewEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** `shenbao-record`: the default uploader opened a draft record on the server (`detail.recordId`); the host keeps it to save and submit the declaration. */
export class ShenbaoRecordEvent extends CustomEvent<{ recordId: string }> {
  static readonly eventName = 'shenbao-record';
  constructor(detail: { recordId: string }) {
    super(ShenbaoRecordEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-input': ShenbaoInputEvent;
    'shenbao-record': ShenbaoRecordEvent;
    'shenbao-step': ShenbaoStepEvent;
    'shenbao-submit': ShenbaoSubmitEvent;
    'shenbao-review': ShenbaoReviewEvent;
  }
}
