/** `scenario-save`: 保存为场景 was pressed in `<studio-preview>`. */
import type { Scenario } from '@shenbao/rules';

/** The scenario's file name and the scenario made from the preview. */
export interface ScenarioSaveDetail {
  readonly name: string;
  readonly scenario: Scenario;
}

/** Fired by `<studio-preview>` (bubbling, composed). */
export class ScenarioSaveEvent extends CustomEvent<ScenarioSaveDetail> {
  static readonly eventName = 'scenario-save';
  constructor(detail: ScenarioSaveDetail) {
    super(ScenarioSaveEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'scenario-save': ScenarioSaveEvent;
  }
}
