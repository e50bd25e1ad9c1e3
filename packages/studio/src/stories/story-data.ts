/**
 * Data the studio's stories share: the TCM form, its packs, a 2025 draft raising minRecommenders to
 * 3, and the catalog and sentence context built from them.
 */
import { builtinForm } from '@shenbao/forms';
import { scenariosOf } from '@shenbao/forms/scenarios';
import type { RulePack, Scenario } from '@shenbao/rules';
import { fieldCatalog } from '../model/field-catalog.js';
import { newYearPack, resolveDraft, setParam } from '../model/pack-edit.js';
import { StaticApi } from '../app/static-api.js';

/** The TCM expertise form as `@shenbao/forms` exports it. */
export const tcm = builtinForm('tcm-expertise');
/** Its packs as written. */
export const tcmPacks = Object.values(tcm.packs) as RulePack[];
/** The newest year. */
export const newest = Math.max(...tcmPacks.map((p) => p.year));
/** A new year with minRecommenders raised to 3. */
export const draft2025 = setParam(tcmPacks, newYearPack(tcmPacks, newest + 1), 'minRecommenders', 3);
/** The draft resolved. */
export const resolved2025 = resolveDraft(tcmPacks, draft2025);
/** The TCM fields by label. */
export const tcmCatalog = fieldCatalog(tcm.definition);
/** The TCM scenarios with their file names. */
export const tcmScenarios = scenariosOf(tcm.id).map((s) => ({ name: s.file.replace(/^.*[\\/]/, '').replace(/\.json$/, ''), value: s.scenario as Scenario }));
/** The built-in forms, read-only, for the app's stories. */
export const staticApi = () => new StaticApi([{ ...tcm, scenarios: scenariosOf(tcm.id) }]);
