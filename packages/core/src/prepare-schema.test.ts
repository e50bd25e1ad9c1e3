import { describe, expect, it } from 'vitest';
import { parsePointer } from './json-pointer.js';
import { attachmentRefSchema, prepareSchema } from './prepare-schema.js';
import { resolveRef } from './schema-index.js';
import type { AttachmentSlot, JsonSchema } from './types.js';

const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The former prepareSchema (a deep copy written in place), as the oracle. */
function deepCopyPrepare(schema: JsonSchema, attachments: AttachmentSlot[]): JsonSchema {
  const root = JSON.parse(JSON.stringify(schema)) as JsonSchema;
  const defs = (isObject(root.$defs) ? root.$defs : (root.$defs = {})) as Record<string, JsonSchema>;
  defs['shenbao-attachment-ref'] = attachmentRefSchema;
  const byGroup = new Map<string, AttachmentSlot[]>();
  for (const slot of attachments) byGroup.set(slot.group ?? '', [...(byGroup.get(slot.group ?? '') ?? []), slot]);
  for (const [group, slots] of byGroup) {
    let target: JsonSchema | undefined = root;
    if (group !== '') {
      let node: JsonSchema | undefined = root;
      for (const token of parsePointer(group)) {
        if (!node) break;
        const props: unknown = resolveRef(node, root).properties;
        node = isObject(props) && isObject(props[token]) ? (props[token] as JsonSchema) : undefined;
      }
      const items = node ? resolveRef(node, root).items : undefined;
      target = undefined;
      if (isObject(items) && typeof items.$ref === 'string' && items.$ref.startsWith('#/')) {
        let t: unknown = root;
        for (const token of parsePointer(items.$ref.slice(1))) t = isObject(t) ? t[token] : undefined;
        target = isObject(t) ? t : undefined;
      } else if (isObject(items)) target = items;
    }
    if (!target) continue;
    const props = (isObject(target.properties) ? target.properties : (target.properties = {})) as Record<string, JsonSchema>;
    props.attachments = {
      type: 'object',
      title: '附件',
      'x-title-en': 'Attachments',
      additionalProperties: false,
      properties: Object.fromEntries(slots.map((s) => [s.id, { type: 'array', title: s.label['zh-CN'], ...(s.label.en ? { 'x-title-en': s.label.en } : {}), maxItems: 100, items: { $ref: '#/$defs/shenbao-attachment-ref' } }])),
    };
  }
  return root;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const slot = (id: string, group?: string): AttachmentSlot => ({ id, label: { 'zh-CN': `槽位 ${id}`, en: id }, min: 0, max: 2, accept: ['image/jpeg'], maxBytes: 100_000, ...(group ? { group } : {}) });

const item = { type: 'object', properties: { school: { type: 'string', title: '学校' } } };
const cases: [string, JsonSchema, AttachmentSlot[]][] = [
  ['root slots only', { type: 'object', properties: { name: { type: 'string', title: '姓名' } } }, [slot('photo'), slot('idFront')]],
  ['no slots, $defs kept in order', { type: 'object', properties: { a: { $ref: '#/$defs/a' } }, $defs: { a: { type: 'string' } } }, []],
  ['a group with inline items', { type: 'object', properties: { edu: { type: 'array', items: structuredClone(item) } } }, [slot('diploma', '/edu'), slot('photo')]],
  ['a group whose items are a $ref', { type: 'object', properties: { edu: { type: 'array', items: { $ref: '#/$defs/edu' } } }, $defs: { edu: structuredClone(item) } }, [slot('diploma', '/edu')]],
  ['a group that is itself a $ref', { type: 'object', properties: { edu: { $ref: '#/$defs/eduList' } }, $defs: { eduList: { type: 'array', items: structuredClone(item) } } }, [slot('diploma', '/edu')]],
  ['a group under an object reached by $ref', { type: 'object', properties: { work: { $ref: '#/$defs/work' } }, $defs: { work: { type: 'object', properties: { jobs: { type: 'array', items: structuredClone(item) } } } } }, [slot('proof', '/work/jobs')]],
  ['a $ref node with its own properties (they win over the target’s)', { type: 'object', properties: { work: { $ref: '#/$defs/work', properties: { jobs: { type: 'array', items: structuredClone(item) } } } }, $defs: { work: { type: 'object', properties: { other: { type: 'string' } } } } }, [slot('proof', '/work/jobs')]],
  ['a slot whose group is not an array (left for the definition check)', { type: 'object', properties: { name: { type: 'string' } } }, [slot('x', '/name'), slot('y', '/missing')]],
  ['existing attachments key replaced in place', { type: 'object', properties: { attachments: { type: 'string' }, z: { type: 'string' } } }, [slot('photo')]],
];

describe('prepareSchema (copy on write)', () => {
  it.each(cases)('%s: equals the deep-copied schema, and never writes to the definition', (_name, schema, attachments) => {
    const before = structuredClone(schema);
    const prepared = prepareSchema({ schema: deepFreeze(schema), attachments });
    expect(prepared).toEqual(deepCopyPrepare(before, attachments));
    expect(JSON.stringify(Object.keys(prepared.$defs as object))).toBe(JSON.stringify(Object.keys(deepCopyPrepare(before, attachments).$defs as object)));
    expect(schema).toEqual(before);
  });

  it('shares every part it does not add to with the definition', () => {
    const schema = { type: 'object', properties: { name: { type: 'string', title: '姓名' }, edu: { type: 'array', items: { type: 'object', properties: { school: { type: 'string' } } } } } } as JsonSchema;
    const prepared = prepareSchema({ schema, attachments: [slot('diploma', '/edu')] });
    const props = (s: JsonSchema) => s.properties as Record<string, JsonSchema>;
    expect(props(prepared).name).toBe(props(schema).name);
    expect(props(prepared).edu).not.toBe(props(schema).edu);
    expect(props(props(prepared).edu!.items as JsonSchema).school).toBe(props(props(schema).edu!.items as JsonSchema).school);
  });
});
