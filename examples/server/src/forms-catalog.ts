/**
 * The forms this server accepts, each with its rule packs resolved once per year at start (a pack
 * that cannot be resolved stops the server from starting rather than failing a submission). The
 * same definition and resolved pack objects serve `GET /forms/:id` and every evaluation, so what a
 * browser evaluates is exactly what the server re-checks.
 */
import type { AttachmentSlot, FormDefinition, LocalizedText } from '@shenbao/core';
import { evaluate, resolvePack, type ResolvedPack, type RulePack } from '@shenbao/rules';

/** A form as the server is given it: the shape of `@shenbao/forms`' `BuiltinForm`. */
export interface FormSource {
  id: string;
  definition: FormDefinition;
  /** Rule packs by year, as written (resolved here). */
  packs: Readonly<Record<number, RulePack>>;
}

/** A form ready for use. */
export interface CatalogForm {
  id: string;
  title: LocalizedText;
  definition: FormDefinition;
  /** Years with a rule pack, oldest first. */
  years: number[];
  newestYear: number;
  /** The resolved pack of a year, or undefined. */
  pack(year: number): ResolvedPack | undefined;
  /** The slot with this id, or undefined. */
  slot(id: string): AttachmentSlot | undefined;
}

/** The forms by id. */
export class FormsCatalog {
  readonly #forms = new Map<string, CatalogForm>();

  /** Resolves every pack of every form; throws (naming the form and year) when one cannot be resolved. */
  constructor(sources: readonly FormSource[]) {
    for (const source of sources) {
      const raw = Object.values(source.packs);
      const packs = new Map<number, ResolvedPack>();
      for (const pack of raw) {
        try {
          packs.set(pack.year, resolvePack(raw, pack.year));
        } catch (error) {
          throw new Error(`表单 ${source.id} 的 ${pack.year} 年规则包无法使用：${(error as Error).message}`);
        }
      }
      const years = [...packs.keys()].sort((a, b) => a - b);
      if (years.length === 0) throw new Error(`表单 ${source.id} 没有规则包`);
      const slots = new Map(source.definition.attachments.map((s) => [s.id, s]));
      this.#forms.set(source.id, {
        id: source.id,
        title: source.definition.title,
        definition: source.definition,
        years,
        newestYear: years[years.length - 1]!,
        pack: (year) => packs.get(year),
        slot: (id) => slots.get(id),
      });
    }
  }

  /** Every form, in the order given. */
  list(): CatalogForm[] {
    return [...this.#forms.values()];
  }

  /** The form with this id, or undefined. */
  get(id: string): CatalogForm | undefined {
    return this.#forms.get(id);
  }

  /**
   * Evaluates an empty declaration of every form and year once, so the schema and rule compilation
   * (cached per definition and pack) happens at start and not in the first candidates' requests.
   */
  async warm(today: string): Promise<void> {
    for (const form of this.#forms.values()) {
      for (const year of form.years) await evaluate(form.definition, form.pack(year)!, {}, { today });
    }
  }

  /** The largest file any slot of any form accepts, in bytes. */
  largestFile(): number {
    return Math.max(0, ...this.list().flatMap((f) => f.definition.attachments.map((s) => s.maxBytes)));
  }
}
