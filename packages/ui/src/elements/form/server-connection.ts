/**
 * The default uploader of `<shenbao-form>`: with `server` set and no `uploader` of the host's, files
 * go to the reference server (`createServerUploader`) under `record-id`. Without a `record-id`, the
 * first upload opens a draft record there (`createServerRecord`) — once, however many uploads ask —
 * and hands its id to the form, which keeps it, saves it with the draft and fires `shenbao-record`.
 */
import type { FormDefinition, Locale } from '@shenbao/core';
import { createServerRecord } from '../../adapters/server-record.js';
import { createServerUploader, type ServerHeaders } from '../../adapters/server-uploader.js';
import type { Uploader } from '../../types.js';

/** The element the connection serves: the properties that name the server, the record and the uploader. */
export interface ServerConnectionHost {
  readonly uploader: Uploader | undefined;
  readonly server: string | undefined;
  readonly serverHeaders: ServerHeaders | undefined;
  readonly recordId: string | undefined;
  readonly definition: FormDefinition | undefined;
  readonly year: number | undefined;
  readonly locale: Locale;
}

/** Makes the reference server's uploader of a form and opens its draft record when an upload needs one. */
export class ServerConnection {
  /** The default uploader, made once per `server` address (and locale). */
  private made: { server: string; locale: Locale; uploader: Uploader } | undefined;
  /** The draft record being opened on the server, so that two first uploads open one record. */
  private opening: Promise<string> | undefined;
  /** The host's `serverHeaders`, read on every request. */
  private readonly headers = (): Record<string, string> => {
    const headers = this.host.serverHeaders;
    return typeof headers === 'function' ? headers() : headers ?? {};
  };

  constructor(
    private readonly host: ServerConnectionHost,
    /** A draft record was opened on the server. */
    private readonly opened: (recordId: string) => void,
  ) {}

  /** The uploader in use: the host's, else the reference server's when `server` is set. */
  get uploader(): Uploader | undefined {
    if (this.host.uploader) return this.host.uploader;
    const server = this.host.server;
    if (!server) return undefined;
    if (this.made?.server !== server || this.made.locale !== this.host.locale) {
      this.made = {
        server,
        locale: this.host.locale,
        uploader: createServerUploader({ baseUrl: server, recordId: () => this.ensureRecord(server), headers: this.headers, locale: this.host.locale }),
      };
    }
    return this.made.uploader;
  }

  /** The record id: `recordId`, or a draft record opened now on `server` (once, however many uploads ask). */
  private ensureRecord(server: string): Promise<string> {
    if (this.host.recordId) return Promise.resolve(this.host.recordId);
    if (!this.opening) {
      const { definition, year, locale } = this.host;
      const options = { baseUrl: server, form: definition?.id ?? '', locale, ...(year === undefined ? {} : { year }) };
      this.opening = createServerRecord({ ...options, headers: this.headers }).then(
        (id) => {
          this.opening = undefined;
          this.opened(id);
          return id;
        },
        (error: unknown) => {
          this.opening = undefined;
          throw error;
        },
      );
    }
    return this.opening;
  }
}
