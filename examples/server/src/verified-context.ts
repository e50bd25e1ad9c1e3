/**
 * The context facts the server evaluates a record with: `today` from its own clock, and what the
 * candidate has verified on this server (COMMON-12, WU-3) — the approved 实名认证 record as
 * `realName` and the unit bound in 工作单位 as `boundUnit`. Never the client's word: a declaration
 * whose name, ID number or declaring unit differs from these is refused by the packs that compare
 * them (PP-1, HQ). Facts the candidate has not verified yet are simply absent.
 */
import type { StoredRecord } from './records-repository.js';
import { profileOf } from './routes/profile.js';
import { chinaDate, type Services } from './services.js';

/** The context of `record` at `now`: `today`, plus `realName` and `boundUnit` where verified. */
export function verifiedContext(services: Services, record: StoredRecord, now: Date): Record<string, unknown> {
  const context: Record<string, unknown> = { today: chinaDate(now) };
  const profile = profileOf(services, record.candidateId);
  if (profile.verified) {
    const { name, idType, idNumber, gender, birthDate } = profile;
    context.realName = Object.fromEntries(Object.entries({ name, idType, idNumber, gender, birthDate }).filter(([, v]) => v !== undefined));
  }
  if (profile.unit) context.boundUnit = { ...profile.unit };
  return context;
}
