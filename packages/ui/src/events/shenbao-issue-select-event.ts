/** `shenbao-issue-select`: a problem of `<shenbao-issue-list>` was chosen (the form moves focus to it). */

/** Fired by `<shenbao-issue-list>`; `detail.path` is the issue's path. */
export class ShenbaoIssueSelectEvent extends CustomEvent<{ readonly path: string }> {
  static readonly eventName = 'shenbao-issue-select';
  constructor(path: string) {
    super(ShenbaoIssueSelectEvent.eventName, { detail: { path }, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-issue-select': ShenbaoIssueSelectEvent;
  }
}
