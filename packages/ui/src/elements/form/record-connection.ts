/**
 * The uploader of `<shenbao-form>` when the host gave none: the files go to the host's
 * {@link RecordStore} under `record-id`. Without a `record-id`, the first upload asks the store to
 * open the record — once, however many uploads ask — and hands its id to the form, which keeps it,
 * saves it with the draft and fires `shenbao-record`.
 */
import type { RecordStore, Uploader } from '../../types.js';

/** The element the connection serves: the properties that name the store, the record and the uploader. */
export interface RecordConnectionHost {
  readonly uploader: Uploader | undefined;
  readonly recordStore: RecordStore | undefined;
  readonly recordId: string | undefined;
}

/** Makes the uploader of a form's record store and opens its record when an upload needs one. */
export class RecordConnection {
  /** The uploader made for the current store. */
  private made: { store: RecordStore; uploader: Uploader } | undefined;
  /** The record being opened, so that two first uploads open one record. */
  private opening: { store: RecordStore; id: Promise<string> } | undefined;

  constructor(
    private readonly host: RecordConnectionHost,
    /** The store opened a record. */
    private readonly opened: (recordId: string) => void,
  ) {}

  /** The uploader in use: the host's, else its record store's. */
  get uploader(): Uploader | undefined {
    if (this.host.uploader) return this.host.uploader;
    const store = this.host.recordStore;
    if (!store) return undefined;
    if (this.made?.store !== store) {
      const uploader: Uploader = { upload: async (request) => store.upload(await this.ensureRecord(store), request) };
      if (store.url) uploader.url = (ref) => store.url!(ref);
      this.made = { store, uploader };
    }
    return this.made.uploader;
  }

  /** The record id: `recordId`, or the record the store opens now (once, however many uploads ask). */
  private ensureRecord(store: RecordStore): Promise<string> {
    if (this.host.recordId) return Promise.resolve(this.host.recordId);
    if (this.opening?.store !== store) {
      const id = store.open().then(
        (recordId) => {
          this.opening = undefined;
          this.opened(recordId);
          return recordId;
        },
        (error: unknown) => {
          this.opening = undefined;
          throw error;
        },
      );
      this.opening = { store, id };
    }
    return this.opening.id;
  }
}
