/**
 * `<shenbao-form>` as a form control (ElementInternals), the way a native control behaves in a host
 * `<form>`: invalid while the declaration has issues, its message the first issue's, its anchor that
 * issue's control when it is on screen (else the heading of the step shown, else the door's panel), so
 * a blocked submit focuses something and says why; then the form goes to the first issue, shows the
 * step's messages and focuses its field. `reportValidity()` does the same at once.
 */
import type { CompiledForm, Issue, LayoutStep } from '@shenbao/core';
import type { ShenbaoField } from '../field/field.js';
import { stepPrefixes } from './wizard-steps.js';

/** The issue a candidate meets first: in layout order (step, then field), else the evaluation's first. */
export function firstIssue(steps: readonly LayoutStep[], compiled: CompiledForm | undefined, issues: readonly Issue[]): Issue | undefined {
  if (issues.length < 2) return issues[0];
  // The first issue at or under each pointer (every ancestor of each issue's path), so each prefix is one lookup.
  const firstAt = new Map<string, Issue>();
  for (const issue of issues) {
    const path = issue.path;
    if (!firstAt.has(path)) firstAt.set(path, issue);
    for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
      const prefix = path.slice(0, at);
      if (!firstAt.has(prefix)) firstAt.set(prefix, issue);
    }
  }
  for (const step of steps) {
    for (const prefix of stepPrefixes(step, compiled)) {
      const found = firstAt.get(prefix);
      if (found) return found;
    }
  }
  return issues[0];
}

/** The control of the first issue's field if rendered, else the step heading (focusable, `tabindex=-1`), else the issue list (confirm mode). */
function anchorFor(root: ParentNode, path: string): HTMLElement | undefined {
  // The field of that pointer, else the field the path is under; no array of every field (a form of 1,000 fields anchors on each new first issue).
  const fields = root.querySelectorAll<ShenbaoField>('shenbao-field');
  let field: ShenbaoField | undefined;
  let under: ShenbaoField | undefined;
  for (const f of fields) {
    const pointer = f.spec?.pointer;
    if (pointer === undefined) continue;
    if (pointer === path) {
      field = f;
      break;
    }
    if (!under && path.startsWith(pointer + '/')) under = f;
  }
  field ??= under;
  const control = field?.shadowRoot?.querySelector<HTMLElement>('input, select, textarea');
  return control ?? root.querySelector<HTMLElement>('[data-step-heading], shenbao-issue-list') ?? undefined;
}

/** Whether focus is in `host` (or its shadow tree). */
const focusedIn = (host: HTMLElement): boolean => host.ownerDocument.activeElement === host || host.matches(':focus-within');

/** Keeps a form-associated element's validity in step with its issues and answers reports. */
export class FormValidity {
  private reporting = false;
  private lastInvalid: Event | undefined;
  /** The issue and root of the last {@link FormValidity.sync}. */
  private synced: { path: string; message: string; root: ParentNode } | undefined | null;

  /** `show` goes to the first issue and focuses it (the form's wizard knows how). */
  constructor(
    private readonly host: HTMLElement,
    private readonly internals: () => ElementInternals,
    private readonly show: () => Promise<unknown>,
  ) {
    host.addEventListener('invalid', (e) => this.onInvalid(e));
  }

  /**
   * Valid, or invalid with the first issue's message, anchored on its control (or the step heading).
   * `unlessSame`: nothing to do when the first issue is the one of the last sync (no render since: the anchor stands).
   */
  sync(first: Issue | undefined, root: ParentNode, unlessSame = false): void {
    if (unlessSame && this.synced !== undefined && (first ? this.synced?.path === first.path && this.synced.message === first.message && this.synced.root === root : this.synced === null)) return;
    const internals = this.internals();
    if (!first) internals.setValidity({});
    else internals.setValidity({ customError: true }, first.message, anchorFor(root, first.path));
    this.synced = first ? { path: first.path, message: first.message, root } : null;
  }

  /** Invalid because the door refused the form: anchored on its error panel. */
  refused(root: ParentNode, message: string): void {
    this.synced = undefined;
    this.internals().setValidity({ customError: true }, message, root.querySelector<HTMLElement>('[data-door]') ?? undefined);
  }

  /** `reportValidity()`: true when valid; otherwise (unless an `invalid` listener cancels) goes to the first issue and shows its message. */
  report(): boolean {
    const internals = this.internals();
    this.reporting = true;
    this.lastInvalid = undefined;
    let valid: boolean;
    try {
      valid = internals.checkValidity(); // fires `invalid` when not
    } finally {
      this.reporting = false;
    }
    if (valid || (this.lastInvalid as Event | undefined)?.defaultPrevented) return valid; // set by the `invalid` listener
    void this.show().then(() => {
      // The field is on screen now and is the anchor: the browser shows the message beside it.
      this.reporting = true;
      try {
        internals.reportValidity();
      } finally {
        this.reporting = false;
      }
    });
    return false;
  }

  /** A host `<form>` checked this element: when the browser then reported it (focus moved here), go to the first issue. */
  private onInvalid(e: Event): void {
    this.lastInvalid = e;
    if (this.reporting) return;
    setTimeout(() => {
      if (!e.defaultPrevented && focusedIn(this.host)) void this.show();
    });
  }
}
