/**
 * The app's access to the local studio server (`/api/...`). When the studio is served statically
 * there is no server: `forms()` fails with `StaticError` and the app offers downloads instead.
 */
import type { FileProblem, FormDefinition } from '@shenbao/core';
import type { RulePack, Scenario } from '@shenbao/rules';

/** A form as listed: id, title and years with the year each extends. */
export interface FormSummary {
  id: string;
  title: string;
  years: { year: number; extends?: number }[];
}

/** A form as loaded for editing. */
export interface LoadedForm {
  id: string;
  definition: FormDefinition;
  packs: { year: number; text: string; value: RulePack }[];
  scenarios: { name: string; value: Scenario }[];
  problems: FileProblem[];
}

/** A refusal of the server, with its Chinese message and the problems it found. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problems: FileProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What the app needs from where the forms live: the local server, or forms held in memory. */
export interface StudioBackend {
  /** True when nothing can be written (the studio is served statically). */
  readonly offline?: boolean;
  forms(): Promise<FormSummary[]>;
  form(id: string): Promise<LoadedForm>;
  savePack(pack: RulePack): Promise<{ file: string; text: string }>;
  saveScenario(form: string, name: string, scenario: Scenario): Promise<{ file: string }>;
}

/** The studio's API client. */
export class StudioApi implements StudioBackend {
  constructor(readonly base = '') {}

  async #call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { method, headers: { accept: 'application/json' } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { accept: 'application/json', 'content-type': 'application/json' };
    }
    let response: Response;
    try {
      response = await fetch(`${this.base}/api/${path}`, init);
    } catch {
      throw new ApiError('无法连接本地服务（请用 pnpm studio 启动规则工作台）', 0);
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('application/json')) throw new ApiError('没有本地服务：工作台以静态方式打开，只能下载修改后的文件', response.status);
    const json = (await response.json()) as T & { error?: { message: string; problems?: FileProblem[] } };
    if (!response.ok) throw new ApiError(json.error?.message ?? `请求失败（${response.status}）`, response.status, json.error?.problems ?? []);
    return json;
  }

  /** Every form with its years. */
  forms(): Promise<FormSummary[]> {
    return this.#call('GET', 'forms');
  }

  /** One form for editing. */
  form(id: string): Promise<LoadedForm> {
    return this.#call('GET', `forms/${encodeURIComponent(id)}`);
  }

  /** Saves a year's pack; answers the file written and its text. */
  savePack(pack: RulePack): Promise<{ file: string; text: string }> {
    return this.#call('PUT', `forms/${encodeURIComponent(pack.form)}/rules/${pack.year}`, pack);
  }

  /** Saves a new scenario. */
  saveScenario(form: string, name: string, scenario: Scenario): Promise<{ file: string }> {
    return this.#call('POST', `forms/${encodeURIComponent(form)}/scenarios/${encodeURIComponent(name)}`, scenario);
  }
}
