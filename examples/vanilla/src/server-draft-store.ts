/**
 * A {@link DraftStore} that keeps each draft twice: in this browser (the UI's default localStorage
 * store, so a reload restores it at once) and on the server (`PUT /records/:id/draft`, so another
 * browser finds it). Server saves are serialized (one request at a time, the newest data wins) and
 * batched while the candidate types. Loading prefers the local draft and falls back to the server's.
 */
import { localDraftStore, type DraftStore } from '@shenbao/ui';
import { server } from './api.js';

/** Drafts of one record, here and on the server. */
export class ServerDraftStore implements DraftStore {
  private pending: unknown;
  private hasPending = false;
  private running: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  /**
   * @param recordId The server record.
   * @param serverData The record's data as the server has it (used when this browser has no draft).
   * @param onSaved Told after each server save (or its error), e.g. to show "已保存".
   */
  constructor(
    private readonly recordId: string,
    private readonly serverData: unknown,
    private readonly onSaved: (error?: Error) => void = () => undefined,
  ) {}

  async load(key: string): Promise<unknown> {
    const local = await localDraftStore.load(key);
    if (local !== undefined) return local;
    const data = this.serverData;
    return data && typeof data === 'object' && Object.keys(data).length > 0 ? data : undefined;
  }

  async save(key: string, value: unknown): Promise<void> {
    if (this.closed) return;
    await localDraftStore.save(key, value);
    // What the form keeps beside the draft (`<key>#step`, `<key>#record`) stays in this browser.
    if (key.includes('#')) return;
    this.pending = value;
    this.hasPending = true;
    clearTimeout(this.timer);
    // The page is going away: send now, with keepalive so the request outlives it.
    if (document.visibilityState === 'hidden') void this.flush(true);
    else this.timer = setTimeout(() => void this.flush(false), 800);
  }

  async clear(key: string): Promise<void> {
    clearTimeout(this.timer);
    this.hasPending = false;
    await localDraftStore.clear(key);
  }

  /** Stops saving (the record was submitted: the server refuses drafts until it is returned). */
  close(): void {
    clearTimeout(this.timer);
    this.closed = true;
    this.hasPending = false;
  }

  /** Sends the newest pending draft, after the one in flight. */
  async flush(keepalive = false): Promise<void> {
    clearTimeout(this.timer);
    while (this.running) await this.running;
    if (!this.hasPending) return;
    const data = this.pending;
    this.hasPending = false;
    this.running = server.saveDraft(this.recordId, data, keepalive).then(
      () => this.onSaved(),
      (error: Error) => this.onSaved(error),
    );
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }
}
