/**
 * Previews of a record's stored images. The reference server hands out a file only with the actor
 * headers, which an `<img src>` cannot send; so the demo fetches the record's images once and lends
 * them to the upload elements as object URLs through {@link Uploader.url}. (A host that
 * authenticates with cookies can use the `url` of `createServerUploader` of `@shenbao/server-example/client`.)
 */
import type { Uploader } from '@shenbao/ui';
import { server, type RecordView } from './api.js';

/** Wraps an uploader (or none, for a read-only view) so that `url(ref)` shows the record's stored images. */
export async function withPreviews(record: RecordView, uploader?: Uploader): Promise<Uploader> {
  const urls = new Map<string, string>();
  await Promise.all(
    record.files
      .filter((file) => file.type.startsWith('image/'))
      .map(async (file) => {
        try {
          urls.set(file.id, URL.createObjectURL(await server.fileBlob(file.id)));
        } catch {
          // no preview: the upload element shows the file's name and type instead
        }
      }),
  );
  return {
    upload: (request) => (uploader ? uploader.upload(request) : Promise.reject(new Error('只读：不能上传'))),
    url: (ref) => urls.get(ref.id),
  };
}
