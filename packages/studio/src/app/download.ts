/**
 * Saving without a server: the pack file, formatted like the hand-written ones, as a download.
 */
import type { RulePack } from '@shenbao/rules';
import { formatPack } from '../model/format-pack.js';

/** Starts the download of `<year>.json`; `previousText` keeps the unchanged parts of the file as they were. */
export function downloadPack(pack: RulePack, previousText?: string): void {
  const url = URL.createObjectURL(new Blob([formatPack(pack, previousText)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${pack.year}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
