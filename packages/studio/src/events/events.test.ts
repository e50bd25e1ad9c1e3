/**
 * The studio's events are classes (one a file, each in HTMLElementEventMap) with a typed detail; who
 * hears them depends on bubbles/composed, so those are part of each class's contract. The elements
 * fire them in the studio's browser tests (e2e/).
 */
import { describe, expect, it } from 'vitest';
import type { PackRule } from '@shenbao/rules';
import { ConditionChangeEvent } from './condition-change-event.js';
import { ConditionRemoveEvent } from './condition-remove-event.js';
import { ParamChangeEvent } from './param-change-event.js';
import { RuleApplyEvent } from './rule-apply-event.js';
import { RuleCancelEvent } from './rule-cancel-event.js';
import { RuleCardEvent } from './rule-card-event.js';
import { ScenarioSaveEvent } from './scenario-save-event.js';

const rule: PackRule = { id: 'TCM-1.x', description: '', conditions: { all: [] }, event: { type: 'require', params: { fields: [] } } };

describe('studio events', () => {
  it.each([
    [new ParamChangeEvent({ name: 'fee', value: 120 }), 'param-change', true, { name: 'fee', value: 120 }],
    [new RuleApplyEvent({ rule, previousId: 'TCM-1.old' }), 'rule-apply', true, { rule, previousId: 'TCM-1.old' }],
    [new RuleCancelEvent(), 'rule-cancel', true, undefined],
    [new RuleCardEvent('rule-edit', 'TCM-1.x'), 'rule-edit', true, 'TCM-1.x'],
    [new RuleCardEvent('rule-remove', 'TCM-1.x'), 'rule-remove', true, 'TCM-1.x'],
    [new ConditionChangeEvent({ any: [] }), 'condition-change', false, { any: [] }],
    [new ConditionRemoveEvent(), 'condition-remove', false, undefined],
    [new ScenarioSaveEvent({ name: 'a.json', scenario: { description: 'x', year: 2025, data: {}, expect: { complete: true } } as never }), 'scenario-save', true, { name: 'a.json', scenario: expect.objectContaining({ year: 2025 }) }],
  ] as const)('%#: %s', (event, type, crosses, detail) => {
    expect(event.type).toBe(type);
    expect(event.bubbles).toBe(crosses);
    expect(event.composed).toBe(crosses);
    expect((event as Partial<CustomEvent>).detail).toEqual(detail);
    if ('eventName' in event.constructor) expect((event.constructor as { eventName: string }).eventName).toBe(type);
  });
});
