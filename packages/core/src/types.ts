/**
 * The data contracts of shenbao: form definitions, attachment slots, layout and issues.
 * Pure types; the meta-schema `schema/definition.schema.json` (checked by `check-definition.ts`) checks the same shapes at run time.
 */
import type { IssueCode } from './messages/issue-params.js';

/** A text in several locales; `zh-CN` is always present. */
export interface LocalizedText {
  'zh-CN': string;
  en?: string;
}

/**
 * The locales messages are available in, one key each. A host adding a locale registers its catalog
 * (`registerLocale`) and, in TypeScript, adds the tag here:
 * `declare module '@shenbao/core' { interface Locales { fr: true } }`.
 */
export interface Locales {
  'zh-CN': true;
  en: true;
}

/** A locale messages and labels are available in (`zh-CN`, `en`, or one a host registered). */
export type Locale = keyof Locales;

/** A JSON Schema (2020-12) object, kept loose: ajv is the judge of its content. */
export type JsonSchema = { [keyword: string]: unknown };

/** A MIME type accepted by an attachment slot. */
export type AcceptedType = 'image/jpeg' | 'image/png' | 'application/pdf';

/**
 * One attachment slot of a form: a kind of material the candidate uploads.
 * A slot with `group` repeats per item of that array (e.g. each teacher's ID card) and its files live at
 * `<group>/<index>/attachments/<id>`; otherwise at `/attachments/<id>`.
 */
export interface AttachmentSlot {
  id: string;
  label: LocalizedText;
  /** What the candidate is told about this material (size, orientation, …). */
  hint?: LocalizedText;
  accept: AcceptedType[];
  maxBytes: number;
  /** True when a file must be strictly smaller than `maxBytes` (the manual writes 小于); otherwise `maxBytes` itself is allowed (不超过). */
  maxBytesExclusive?: boolean;
  /** The manual's words behind each limit of the slot (`maxBytes`, `min`, `max`, `image`), with the section they come from. */
  basis?: Partial<Record<'maxBytes' | 'min' | 'max' | 'image' | 'accept', string>>;
  /** Minimum number of files; 0 means optional until a rule requires it. */
  min: number;
  /** Maximum number of files. */
  max: number;
  /** JSON Pointer of the array whose items each carry this slot. */
  group?: string;
  /** Pixel limits for images, checked from the image header; `maxPixels` (width × height) defaults to core's `defaultMaxPixels`. */
  image?: { minWidth?: number; minHeight?: number; maxWidth?: number; maxHeight?: number; maxPixels?: number };
  /** The 示例 the manual shows for this material, opened from the slot. */
  sample?: SlotSample;
}

/** Names of the sample drawings `@shenbao/ui` draws (an identity card, a scan's right and wrong ways, a 2-inch photo). */
export type SampleDrawing = 'id-card' | 'id-card-scan' | 'id-photo';

/** A slot's 示例: a built-in drawing or an image URL, with its alt text. */
export type SlotSample = { drawing: SampleDrawing; alt: LocalizedText } | { src: string; alt: LocalizedText };

/** A reference to an uploaded file, as stored in the declaration data. */
export interface AttachmentRef {
  /** Storage id given by the uploader (never a client path). */
  id: string;
  name: string;
  /** MIME type found by content sniffing. */
  type: string;
  size: number;
  width?: number;
  height?: number;
  /** For a slot of two labelled places (身份证 正面 and 反面): the place this file fills. */
  place?: AttachmentPlace;
}

/** A labelled place of a two-file slot: 正面 or 反面. */
export type AttachmentPlace = 'front' | 'back';

/** A layout item: a field, a repeatable group, an attachment slot or a notice text. */
export type LayoutItem =
  | {
      field: string;
      widget?: string;
      label?: LocalizedText;
      placeholder?: LocalizedText;
      /** Where the value comes from in the host's verified profile (a JSON Pointer such as `/name`, `/unit/name`); such a field is filled from it and read-only (COMMON-12). */
      prefill?: string;
      /** Choices that follow an earlier answer: only dictionary items whose extra `key` equals the value at `by` (e.g. 申报类别 by 申报级别). */
      filter?: { by: string; key: string };
    }
  | {
      group: string;
      label?: LocalizedText;
      items: LayoutItem[];
      itemLabel?: LocalizedText;
      /** `summary`: one row per item (its `summary` fields and status, 编辑 / 删除) and an editor for one item at a time; `inline` (default): every item's fields. */
      display?: 'inline' | 'summary';
      /** The item's fields (relative pointers) that make its row in `summary` display; the first is its name. */
      summary?: string[];
    }
  | { attachment: string }
  | { notice: LocalizedText; tone?: 'info' | 'warning' };

/** A section of a step. */
export interface LayoutSection {
  id: string;
  title: LocalizedText;
  items: LayoutItem[];
}

/** A wizard step. */
export interface LayoutStep {
  id: string;
  title: LocalizedText;
  sections: LayoutSection[];
}

/** The visual arrangement of a form. */
export interface Layout {
  steps: LayoutStep[];
  /** What happens next, on the 提交成功 page (the manual's words, e.g. 「上报完成，内容已锁定」). */
  success?: LocalizedText;
  /** The truthfulness pledge (承诺) ticked before 确定; default: the UI's own wording from the manuals. */
  pledge?: LocalizedText;
}

/** A form definition: shape (schema), arrangement (layout) and materials (attachments). */
export interface FormDefinition {
  $schema?: string;
  id: string;
  version: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** The requirement ids this form implements; `ui` ones are covered by browser tests, `coveredBy` ones by the named test file, the rest by scenarios. */
  requirements?: { id: string; summary: string; ui?: boolean; coveredBy?: string }[];
  /** JSON Schema 2020-12 of the declaration data. Property `title` is the zh-CN label, `x-title-en` the English one. */
  schema: JsonSchema;
  /** JSON Schema of the context facts (today, the bound unit, …) that rules may read. */
  context?: JsonSchema;
  layout: Layout;
  attachments: AttachmentSlot[];
  /** Dictionary ids this form uses (fields name them with `x-dictionary`). */
  dictionaries?: string[];
}

/** Machine-readable issue codes (their params are typed by `IssueParamsMap`). */
export type { IssueCode };

/** One problem with a declaration: where (JSON Pointer), what (code), and a message for people. */
export interface Issue {
  path: string;
  code: IssueCode | (string & {});
  message: string;
  params: Record<string, unknown>;
  /** `schema` for shape issues, `input` for refused input, `attachments`, or the id of the rule that raised it. */
  source: string;
}
