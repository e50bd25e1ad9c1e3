/**
 * Type test: the TCM form's data type is inferred from its definition, so host code that reads or
 * writes a field that does not exist fails to compile. Run by `pnpm typecheck` (part of `pnpm test`);
 * every `@ts-expect-error` line must be an error, or tsc fails.
 */
import type { TcmExpertiseData } from '@shenbao/forms';

declare const data: TcmExpertiseData;

// Fields that exist are typed.
const teacherName: string | undefined = data.teachers?.[0]?.name;
const role: 'guidance' | 'recommender' | undefined = data.teachers?.[0]?.role;
const candidateType: 'shicheng' | 'practice' = data.candidateType;
const region: string = data.region;
const files = data.attachments?.applicantIdCard?.map((f) => f.size);

// @ts-expect-error — `teacher` is not a field (it is `teachers`).
void data.teacher;
// @ts-expect-error — teachers have no `age` field.
void data.teachers?.[0]?.age;
// @ts-expect-error — the candidate type is one of two codes, not free text.
const wrongType: TcmExpertiseData['candidateType'] = '师承';
// @ts-expect-error — a teacher's name is a string, not a number.
const wrongName: NonNullable<TcmExpertiseData['teachers']>[number]['name'] = 42;
// @ts-expect-error — an unknown attachment slot.
void data.attachments?.teacherIdCard;

export const used = [teacherName, role, candidateType, region, files, wrongType, wrongName];
