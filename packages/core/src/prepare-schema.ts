/**
 * Turns a definition's data schema into the schema that is compiled: the reserved `attachments`
 * key is added at the root and on each group item that carries slots, so attachment references are
 * shape-checked like any other data.
 */
import { parsePointer } from './json-pointer.js';
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
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The path (keys from the root) of a local `$ref`'s target, or undefined when it is not a local pointer to an object. */
function refTarget(ref: unknown, root: JsonSchema): string[] | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  const path = parsePointer(decodeURIComponent(ref.slice(1)));
  let target: unknown = root;
  for (const token of path) target = isObject(target) ? target[token] : undefined;
  return isObject(target) ? path : undefined;
}

/**
 * Where `key` of the node at `path` lives once its `$ref`s are resolved as `resolveRef` merges them
 * (the node's own keys first, then its target's, then the target's target's …): the path of the node
 * that holds it, or undefined.
 */
function ownerOf(root: JsonSchema, path: string[], key: string): string[] | undefined {
  let at = path;
  for (let guard = 0; guard < 32; guard++) {
    const node = valueAt(root, at);
    if (!isObject(node)) return undefined;
    if (hasOwn(node, key)) return at;
    const next = refTarget(node.$ref, root);
    if (!next) return undefined;
    at = next;
  }
  return undefined;
}

function valueAt(root: JsonSchema, path: readonly string[]): unknown {
  let node: unknown = root;
  for (const token of path) node = isObject(node) ? node[token] : undefined;
  return node;
}

/** The path of the (ref-resolved) object schema of the items of the array at `group`, for writing. */
function itemSchemaPath(root: JsonSchema, group: string): string[] | undefined {
  let path: string[] = [];
  for (const token of parsePointer(group)) {
    const owner = ownerOf(root, path, 'properties');
    const props = owner && valueAt(root, [...owner, 'properties']);
    if (!owner || !isObject(props) || !isObject(props[token])) return undefined;
    path = [...owner, 'properties', token];
  }
  const owner = ownerOf(root, path, 'items');
  const items = owner && valueAt(root, [...owner, 'items']);
  if (!owner || !isObject(items)) return undefined;
  // Write into the target of a local $ref, so the shared definition gains the slots too.
  if (typeof items.$ref === 'string' && items.$ref.startsWith('#/')) return refTarget(items.$ref, root);
  return [...owner, 'items'];
}

/** The object at `path` in `root` made the copy's own: each node on the way copied (once) into its parent. */
function writable(root: JsonSchema, path: readonly string[], copied: Set<object>): JsonSchema {
  let node = root;
  for (const token of path) {
    let child = node[token] as JsonSchema;
    if (!copied.has(child)) {
      child = { ...child };
      copied.add(child);
      node[token] = child;
    }
    node = child;
  }
  return node;
}

/**
 * The definition's schema with the `attachments` keys added: a new root, and new objects only on the
 * way to what is added (copy on write); every other part of the schema is the definition's own,
 * shared, and never written to. (A deep copy of a 1,000-field schema was a second copy of every
 * title in the heap of every form.)
 */
export function prepareSchema(definition: Pick<FormDefinition, 'schema' | 'attachments'>): JsonSchema {
  const root: JsonSchema = { ...definition.schema };
  const copied = new Set<object>([root]);
  root.$defs = { ...(isObject(root.$defs) ? root.$defs : {}), [REF_KEY]: attachmentRefSchema };
  copied.add(root.$defs as object);
  const byGroup = new Map<string, AttachmentSlot[]>();
  for (const slot of definition.attachments) {
    const key = slot.group ?? '';
    byGroup.set(key, [...(byGroup.get(key) ?? []), slot]);
  }
  for (const [group, slots] of byGroup) {
    const path = group === '' ? [] : itemSchemaPath(root, group);
    if (!path) continue; // the definition check reports a slot whose group is not an array
    const target = writable(root, path, copied);
    target.properties = { ...(isObject(target.properties) ? target.properties : {}), attachments: slotsSchema(slots) };
    copied.add(target.properties as object);
  }
  return root;
}

/** Where a slot's files live for one group item (or at the root). */
export function slotPath(slot: Pick<AttachmentSlot, 'id' | 'group'>, index?: number): string {
  return slot.group === undefined ? `/attachments/${slot.id}` : `${slot.group}/${index ?? '*'}/attachments/${slot.id}`;
}
