/**
 * Turns a scenario's declaration (whose attachment references are made up: `f-1`, sizes that were
 * never uploaded) into real data: for every reference at every slot instance, a small real file
 * of the claimed type (and of the slot's minimum pixel size) is uploaded, and the reference is
 * replaced by the AttachmentRef the server returns.
 */
import { expandTemplate, getAt, setAt, slotPath, type AttachmentRef, type FormDefinition } from '@shenbao/core';
import { expect } from 'vitest';
import type { ApiClient } from './api-client.js';
import { jpeg, pdf, png } from './tiny-files.js';

/** The bytes of a small valid file of `type` for a slot with these pixel limits. */
export function fileFor(type: string, image: { minWidth?: number; minHeight?: number } | undefined, shade: number): Uint8Array {
  const width = Math.max(image?.minWidth ?? 0, 24);
  const height = Math.max(image?.minHeight ?? 0, 24);
  if (type === 'image/jpeg') return jpeg(width, height, shade);
  if (type === 'image/png') return png(width, height, shade);
  if (type === 'application/pdf') return pdf(`file ${shade}`);
  throw new Error(`no test file for type ${type}`);
}

/** Uploads a file for every reference in `data`; returns the data with the real references, and the references and bytes by pointer. */
export async function uploadScenarioFiles(client: ApiClient, recordId: string, definition: FormDefinition, data: unknown): Promise<{ data: unknown; refs: Map<string, AttachmentRef>; bytes: Map<string, Uint8Array> }> {
  let out = data;
  let shade = 1;
  const refs = new Map<string, AttachmentRef>();
  const uploaded = new Map<string, Uint8Array>();
  for (const slot of definition.attachments) {
    for (const path of expandTemplate(slotPath(slot), data)) {
      const list = getAt(data, path);
      if (!Array.isArray(list)) continue;
      for (let i = 0; i < list.length; i++) {
        const claimed = list[i] as AttachmentRef;
        const bytes = fileFor(claimed.type, slot.image, shade++);
        const response = await client.upload(recordId, slot.id, path, bytes, claimed.name, claimed.type);
        expect(response.status, `${path}/${i}: ${JSON.stringify(response.body)}`).toBe(201);
        const ref = response.body;
        expect(ref).toMatchObject({ name: claimed.name, type: claimed.type, size: bytes.byteLength });
        out = setAt(out, `${path}/${i}`, ref);
        refs.set(`${path}/${i}`, ref);
        uploaded.set(`${path}/${i}`, bytes);
      }
    }
  }
  return { data: out, refs, bytes: uploaded };
}
