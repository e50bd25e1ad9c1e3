/** A section of the floor page: a title and its fields (key, label, and whether a rule shows it). */
export interface FloorSection {
  id: string;
  title: string;
  fields: { key: string; label: string; conditional: boolean }[];
}

/** `<bench-floor>` (a LitElement): N plain labelled inputs in sections; stores each typed value, shows every 10th field while the one before is filled. */
export declare class BenchFloor extends HTMLElement {
  sections: FloorSection[];
  /** The typed values by field key. */
  readonly values: Record<string, string>;
  /** Resolves when the element's pending update is done (LitElement). */
  readonly updateComplete: Promise<boolean>;
}

declare global {
  interface HTMLElementTagNameMap {
    'bench-floor': BenchFloor;
  }
}
