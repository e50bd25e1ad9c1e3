/**
 * Turns a definition's data schema into the schema that is compiled: the reserved `attachments`
 * key is added at the root and on each group item that carries slots, so attachment references are
 * shape-checked like any other data.
 */
import { parsePointer } from './json-pointer.js';
import { resolveRef } from './schema-index.js';
import type { AttachmentSlot, FormDefinition, JsonSchema } from './types.js';

/** The schema of one stored file reference. */
export const attachmentRefSchema: JsonSchema = {
  type: 'object',
  title: '文件',
  'x-title-en': 'File',
  required: ['id', 'name', 'type', 'size'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 200, title: '文件编号', 'x-title-en': 'file id' },
    name: { type: 'string', maxLength: 255, title: '文件名', 'x-title-en': 'file name' },
    type: { type: 'string', maxLength: 100, title: '文件类型', 'x-title-en': 'file type' },
    size: { type: 'integer', minimum: 0, title: '文件大小', 'x-title-en': 'file size' },
    width: { type: 'integer', minimum: 0 },
    height: { type: 'integer', minimum: 0 },
    place: { type: 'string', enum: ['front', 'back'], title: '位置', 'x-title-en': 'place' },
  },
};

const REF_KEY = 'shenbao-attachment-ref';

function slotsSchema(slots: AttachmentSlot[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const slot of slots) {
    properties[slot.id] = {
      type: 'array',
      title: slot.label['zh-CN'],
      ...(slot.label.en ? { 'x-title-en': slot.label.en } : {}),
      maxItems: 100,
      items: { $ref: `#/$defs/${REF_KEY}` },
    };
  }
  return { type: 'object', title: '附件', 'x-title-en': 'Attachments', additionalProperties: false, properties };
}

const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Finds the (ref-resolved) object schema of the items of the array at `group`, for writing. */
function itemSchemaFor(root: JsonSchema, group: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const token of parsePointer(group)) {
    if (!node) return undefined;
    const resolved = resolveRef(node, root);
    const props: unknown = resolved.properties;
    node = isObject(props) && isObject(props[token]) ? (props[token] as JsonSchema) : undefined;
  }
  if (!node) return undefined;
  const array = resolveRef(node, root);
  const items = array.items;
  if (!isObject(items)) return undefined;
  // Write into the target of a local $ref, so the shared definition gains the slots too.
  if (typeof items.$ref === 'string' && items.$ref.startsWith('#/')) {
    let target: unknown = root;
    for (const token of parsePointer(items.$ref.slice(1))) target = isObject(target) ? target[token] : undefined;
    return isObject(target) ? target : undefined;
  }
  return items;
}

/** Returns a deep copy of the definition's schema with the `attachments` keys added. */
export function prepareSchema(definition: Pick<FormDefinition, 'schema' | 'attachments'>): JsonSchema {
  const root = JSON.parse(JSON.stringify(definition.schema)) as JsonSchema;
  const defs = (isObject(root.$defs) ? root.$defs : (root.$defs = {})) as Record<string, JsonSchema>;
  defs[REF_KEY] = attachmentRefSchema;
  const byGroup = new Map<string, AttachmentSlot[]>();
  for (const slot of definition.attachments) {
    const key = slot.group ?? '';
    byGroup.set(key, [...(byGroup.get(key) ?? []), slot]);
  }
  for (const [group, slots] of byGroup) {
    const target = group === '' ? root : itemSchemaFor(root, group);
    if (!target) continue; // the definition check reports a slot whose group is not an array
    const props = (isObject(target.properties) ? target.properties : (target.properties = {})) as Record<string, JsonSchema>;
    props.attachments = slotsSchema(slots);
  }
  return root;
}

/** Where a slot's files live for one group item (or at the root). */
export function slotPath(slot: Pick<AttachmentSlot, 'id' | 'group'>, index?: number): string {
  return slot.group === undefined ? `/attachments/${slot.id}` : `${slot.group}/${index ?? '*'}/attachments/${slot.id}`;
}
