/**
 * GET /me/profile — what is already verified about the calling candidate, for prefilling later
 * forms (COMMON-12): name, document type and number from their newest approved real-name record
 * (实名认证), gender and birth date following from a resident ID number (GB 11643: digits 7–14 the
 * birth date, digit 17 odd for men), and the unit from their newest approved work-unit record
 * (工作单位; none once it was unbound). Nothing verified: `verified: false` and no identity fields.
 */
import { findFormat, getAt } from '@shenbao/core';
import type { FastifyInstance } from 'fastify';
import { candidateOf } from '../actor.js';
import type { Services } from '../services.js';

/** The profile as the endpoint answers it. */
export interface Profile {
  /** An approved real-name record stands behind the identity fields. */
  verified: boolean;
  name?: string;
  idType?: string;
  idNumber?: string;
  /** GB/T 2261.1: `1` male, `2` female (from a resident ID number). */
  gender?: '1' | '2';
  /** YYYY-MM-DD (from a resident ID number). */
  birthDate?: string;
  /** The bound unit (name, orgCode, supervisor, category), or absent when none is bound. */
  unit?: Record<string, string>;
  /** Which records the facts came from. */
  sources: { realName?: string; workUnit?: string };
}

/** Birth date and gender that a valid 18-character resident ID number carries. */
export function fromResidentId(idNumber: string): { birthDate: string; gender: '1' | '2' } | undefined {
  if (!findFormat('cn-id')?.validate(idNumber)) return undefined;
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  return { birthDate, gender: Number(idNumber[16]) % 2 === 1 ? '1' : '2' };
}

/** The newest approved record of a form of this candidate (its id and data). */
function newestApproved(services: Services, candidateId: string, form: string): { id: string; data: unknown } | undefined {
  return services.records.newestApproved(candidateId, form);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** The profile of a candidate from their approved real-name and work-unit records. */
export function profileOf(services: Services, candidateId: string): Profile {
  const profile: Profile = { verified: false, sources: {} };
  const realName = newestApproved(services, candidateId, 'real-name');
  if (realName) {
    const name = text(getAt(realName.data, '/name'));
    const idType = text(getAt(realName.data, '/idType'));
    const idNumber = text(getAt(realName.data, '/idNumber'));
    if (name && idType && idNumber) {
      Object.assign(profile, { verified: true, name, idType, idNumber });
      profile.sources.realName = realName.id;
      const derived = idType === 'id-card' || idType === 'residence-permit' ? fromResidentId(idNumber) : undefined;
      if (derived) Object.assign(profile, derived);
    }
  }
  const workUnit = newestApproved(services, candidateId, 'work-unit');
  if (workUnit && getAt(workUnit.data, '/action') !== 'unbind') {
    const bound = getAt(workUnit.data, '/boundUnit');
    if (bound && typeof bound === 'object') {
      const unit: Record<string, string> = {};
      for (const [key, value] of Object.entries(bound)) if (text(value)) unit[key] = value as string;
      if (unit.name) {
        profile.unit = unit;
        profile.sources.workUnit = workUnit.id;
      }
    }
  }
  return profile;
}

export function profileRoutes(app: FastifyInstance, services: Services): void {
  app.get('/me/profile', async (request) => {
    const actor = candidateOf(request);
    return profileOf(services, actor.id);
  });
}
