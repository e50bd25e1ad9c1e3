/** `error`: an issue at a path with the rule's code and message (params, `label` and the item's `index` filled in). */
import { fillTemplate, localize } from '@shenbao/core';
import { addIssue } from '../evaluation-run.js';
import type { EffectDefinition } from './effect-definition.js';
import { withIndex } from './targets.js';

/** The `error` effect. */
export const error: EffectDefinition<'error'> = {
  type: 'error',
  apply(run, fired) {
    const { params: effect } = fired.effect;
    const path = withIndex(effect.path, fired.index);
    const params: Record<string, unknown> = { ...run.paramValues, label: run.form.label(path, run.locale), index: fired.index === undefined ? undefined : fired.index + 1 };
    addIssue(run, { path, code: effect.code, params, source: fired.rule.id, message: fillTemplate(localize(effect.message, run.locale), params) });
  },
};
