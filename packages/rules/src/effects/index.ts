/**
 * The registry of effects: adding an effect is one file and one line here (and its shape in
 * `pack-types.ts` and the pack meta-schema).
 */
import { attachment } from './attachment.js';
import { disjoint } from './disjoint.js';
import { distinct } from './distinct.js';
import type { EffectDefinition } from './effect-definition.js';
import { error } from './error.js';
import { hide } from './hide.js';
import { requireFields } from './require.js';
import { set } from './set.js';
import { show } from './show.js';

export type { EffectDefinition, FiredEffect } from './effect-definition.js';

/** Every effect by type. */
export const effects: ReadonlyMap<string, EffectDefinition> = new Map(
  ([show, hide, requireFields, attachment, error, set, distinct, disjoint] as EffectDefinition[]).map((e) => [e.type, e]),
);
