/**
 * POST /records/:id/files?slot=<slotId>&path=<slot instance path> — upload one file (multipart).
 * Checked by content with core's `checkFile` (magic bytes, size, image dimensions) before it is
 * stored; the size limit is enforced while streaming (at most maxBytes + 1 bytes are read). Only
 * while the record is editable: submission locks the materials (PEM-10). Answers the
 * AttachmentRef to put into the declaration data.
 * GET /files/:id — the bytes, to the record's candidate or a reviewer.
 * DELETE /files/:id — the candidate removes a file while the record is editable (PEM-9: replace).
 * DELETE /records/:id/uploads/:key — the candidate cancels the upload sent with `x-upload-key: key`:
 * a file it stored is deleted, and if its bytes are still arriving they will be refused (409
 * `upload-cancelled`). So an aborted upload leaves nothing behind, however far it had got.
 */
import { randomUUID } from 'node:crypto';
import { checkFile, formatSize, localize, matchesTemplate, slotPath, transition, type Issue, type LifecycleActor } from '@shenbao/core';
import type { FastifyInstance } from 'fastify';
import { actorOf, candidateOf } from '../actor.js';
import { limits } from '../config.js';
import { ApiError, refusalError } from '../errors.js';
import { attachmentRefOf, type StoredFile } from '../files-repository.js';
import { formOf, recordFor } from '../record-access.js';
import type { StoredRecord } from '../records-repository.js';
import { lifecycleOf, type Services } from '../services.js';

/**
 * Control characters and Unicode bidirectional controls (LRM/RLM/ALM, embeddings, overrides,
 * isolates): `invoice‮fdp.exe` would display as `invoiceexe.pdf`.
 */
const unsafeNameCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A display name from a client file name: no folders, no control or bidi characters, bounded length. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = Array.from(base.replace(unsafeNameCharacters, '').trim()).slice(0, limits.fileNameLength).join('');
  return clean === '' || clean === '.' || clean === '..' ? 'file' : clean;
}

/** A Content-Disposition header naming the file (RFC 6266 / 5987). */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The client's key of an upload (`x-upload-key`, e.g. a UUID); undefined when absent, 422 when malformed. */
function uploadKeyOf(raw: unknown): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(raw)) {
    throw new ApiError(422, 'invalid-upload-key', '上传标识（x-upload-key）须为 8–64 个字母、数字、- 或 _');
  }
  return raw;
}

/** 409 unless the candidate may edit the record now. */
function assertEditable(record: StoredRecord, services: Services, actor: LifecycleActor): void {
  const allowed = transition(lifecycleOf(record), 'edit', { actor, at: services.now().toISOString() });
  if (!allowed.ok) {
    const refused = refusalError(allowed);
    throw refused.code === 'illegal-transition' ? new ApiError(409, 'record-locked', `${allowed.reason}：材料已锁定，须审核人员退回或允许修改后才能更改`) : refused;
  }
}

export function filesRoutes(app: FastifyInstance, services: Services): void {
  const { files } = services;

  app.post<{ Params: { id: string }; Querystring: { slot?: string; path?: string } }>('/records/:id/files', async (request, reply) => {
    const actor = candidateOf(request);
    const record = recordFor(services, request.params.id, actor);
    assertEditable(record, services, actor);
    const uploadKey = uploadKeyOf(request.headers['x-upload-key']);

    const slot = typeof request.query.slot === 'string' ? formOf(services, record).slot(request.query.slot) : undefined;
    if (slot === undefined) throw new ApiError(422, 'unknown-slot', '须用 slot 参数指定表单中存在的材料槽位');
    const template = slotPath(slot);
    const path = request.query.path ?? (slot.group === undefined ? template : undefined);
    if (path === undefined) throw new ApiError(422, 'path-required', `材料“${localize(slot.label, 'zh-CN')}”须用 path 参数指定位置，如 ${slotPath(slot, 0)}`);
    let pathOk = false;
    try {
      pathOk = matchesTemplate(path, template);
    } catch {
      pathOk = false;
    }
    if (!pathOk) throw new ApiError(422, 'invalid-path', `path 须为材料“${localize(slot.label, 'zh-CN')}”的位置，如 ${slotPath(slot, 0)}`);
    if (!request.isMultipart()) throw new ApiError(415, 'multipart-required', '上传文件须使用 multipart/form-data');

    // At most maxBytes + 1 bytes are read: one byte over the limit is enough to refuse the file.
    const part = await request.file({ limits: { fileSize: slot.maxBytes + 1, files: 1, fields: 10, fieldSize: 1024, parts: 12 } });
    if (part === undefined) throw new ApiError(400, 'file-required', '请求中没有文件');
    const name = cleanFileName(part.filename);
    const tooLarge = (): ApiError => {
      const issue: Issue = {
        path,
        code: 'attachment-size',
        message: `文件“${name}”超过 ${formatSize(slot.maxBytes, 'down')}，未上传`,
        params: { name, maxBytes: slot.maxBytes },
        source: 'attachments',
      };
      return new ApiError(413, 'file-too-large', `文件超过 ${formatSize(slot.maxBytes, 'down')}，未上传`, [issue]);
    };
    let bytes: Buffer;
    try {
      bytes = await part.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
      // The request ended before the file did (busboy: "Part terminated early", "Unexpected end of form").
      throw new ApiError(400, 'upload-incomplete', `上传不完整：文件“${name}”的数据在传输中断开，未保存，请重新上传`);
    }
    if (part.file.truncated) throw tooLarge();

    const checked = await checkFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), slot, name, path);
    if (!checked.ok || checked.info.type === null) throw new ApiError(422, 'attachment-refused', '文件未通过检查，未上传', checked.issues);

    const file: StoredFile = {
      id: randomUUID(),
      recordId: record.id,
      slot: slot.id,
      path,
      name,
      type: checked.info.type,
      size: checked.info.size,
      uploadedBy: actor.id,
      createdAt: services.now().toISOString(),
    };
    if (checked.info.width !== undefined) file.width = checked.info.width;
    if (checked.info.height !== undefined) file.height = checked.info.height;
    const result = files.insert({ ...file, content: bytes, ...(uploadKey === undefined ? {} : { uploadKey }) }, limits.filesPerRecord);
    if (result === 'cancelled') throw new ApiError(409, 'upload-cancelled', `上传已取消，文件“${name}”未保存`);
    if (result === 'locked') throw new ApiError(409, 'record-locked', '申报已提交，材料已锁定');
    if (result === 'too-many') throw new ApiError(422, 'too-many-files', `每份申报最多保存 ${limits.filesPerRecord} 个文件，请先删除不用的文件`);
    return reply.code(201).send(attachmentRefOf(file));
  });

  app.get<{ Params: { id: string } }>('/files/:id', async (request, reply) => {
    const actor = actorOf(request);
    const file = files.get(request.params.id);
    if (file === undefined) throw new ApiError(404, 'not-found', '文件不存在');
    recordFor(services, file.recordId, actor); // 403 for another candidate's file
    const content = files.content(file.id);
    if (content === undefined) throw new ApiError(404, 'not-found', '文件不存在');
    return reply
      .header('content-type', file.type)
      .header('content-disposition', contentDisposition(file.name))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'")
      .send(content);
  });

  app.delete<{ Params: { id: string } }>('/files/:id', async (request, reply) => {
    const actor = candidateOf(request);
    const file = files.get(request.params.id);
    if (file === undefined) throw new ApiError(404, 'not-found', '文件不存在');
    const record = recordFor(services, file.recordId, actor);
    assertEditable(record, services, actor);
    if (!files.delete(file.id, record.id)) throw new ApiError(409, 'record-locked', '申报已提交，材料已锁定');
    return reply.code(204).send();
  });

  app.delete<{ Params: { id: string; key: string } }>('/records/:id/uploads/:key', async (request, reply) => {
    const actor = candidateOf(request);
    const record = recordFor(services, request.params.id, actor);
    const key = uploadKeyOf(request.params.key)!;
    files.cancelUpload(record.id, key, services.now().toISOString());
    return reply.code(204).send();
  });
}
