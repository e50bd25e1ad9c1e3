/**
 * The studio without its local server (served statically): the built-in forms as data, read-only.
 * Saving is refused with a clear message; the app downloads the file instead.
 */
import type { FormDefinition } from '@shenbao/core';
import type { RulePack, Scenario } from '@shenbao/rules';
import { formatPack } from '../model/format-pack.js';
import { ApiError, type FormSummary, type LoadedForm, type StudioBackend } from './api.js';

/** A form as `@shenbao/forms` exports it. */
export interface StaticForm {
  id: string;
  definition: FormDefinition;
  packs: Readonly<Record<number, RulePack>>;
  scenarios: readonly { file: string; scenario: Scenario }[];
}

/** An API over forms held in memory (same methods as `StudioApi`). */
export class StaticApi implements StudioBackend {
  readonly offline = true;
  constructor(readonly source: readonly StaticForm[]) {}

  /** Every form with its years. */
  async forms(): Promise<FormSummary[]> {
    return this.source.map((f) => ({
      id: f.id,
      title: f.definition.title['zh-CN'],
      years: Object.values(f.packs).map((pack) => {
        return pack.extends === undefined ? { year: pack.year } : { year: pack.year, extends: pack.extends };
      }),
    }));
  }

  /** One form for editing. */
  async form(id: string): Promise<LoadedForm> {
    const f = this.source.find((x) => x.id === id);
    if (!f) throw new ApiError(`没有表单“${id}”`, 404);
    return {
      id,
      definition: f.definition,
      packs: Object.values(f.packs).map((p) => ({ year: p.year, text: formatPack(p), value: p })),
      scenarios: f.scenarios.map((s) => ({ name: s.file.replace(/^.*[\\/]/, '').replace(/\.json$/, ''), value: s.scenario })),
      problems: [],
    };
  }

  /** Refused: there is no folder to write to. */
  async savePack(_pack: RulePack): Promise<{ file: string; text: string }> {
    throw new ApiError('静态方式打开的工作台不能写入文件：请用“下载文件”', 405);
  }

  /** Refused: there is no folder to write to. */
  async saveScenario(_form: string, _name: string, _scenario: Scenario): Promise<{ file: string }> {
    throw new ApiError('静态方式打开的工作台不能保存场景', 405);
  }
}
