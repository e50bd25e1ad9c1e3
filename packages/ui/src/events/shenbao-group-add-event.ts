/** `shenbao-group-add`: the add button of a `<shenbao-group>` was pressed (the form appends an item). */

/** Fired by `<shenbao-group>`; it carries no detail. */
export class ShenbaoGroupAddEvent extends Event {
  static readonly eventName = 'shenbao-group-add';
  constructor() {
    super(ShenbaoGroupAddEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shenbao-group-add': ShenbaoGroupAddEvent;
  }
}
