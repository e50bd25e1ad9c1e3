/**
 * Example 01: validate a declaration
 *
 * Load the TCM expertise form (中医医术确有专长人员医师资格考核申报) and its 2024 rule pack from
 * the installed @shenbao/forms package, check a 师承 (apprenticeship) declaration that lists two
 * guidance teachers, print the problems in Chinese, fix the declaration and check it again.
 *
 * Run from the repository root:
 *   node --conditions=source --import tsx examples/01-validate-declaration.ts
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AttachmentRef, FormDefinition } from '@shenbao/core';
import type { TcmExpertiseData } from '@shenbao/forms';
import { evaluate, resolvePack, type RulePack } from '@shenbao/rules';

/**
 * Step 1: read the form definition and the rule pack.
 * They are plain JSON files inside the @shenbao/forms package, found through its package.json.
 * They ship already checked by `shenbao rules check`. If you keep forms of your own on disk, use
 * `loadForms(dir)` from '@shenbao/cli' instead: it checks every file as it reads it.
 */
const formsDir = dirname(fileURLToPath(import.meta.resolve('@shenbao/forms/package.json')));
const readJson = async (...parts: string[]): Promise<unknown> => JSON.parse(await readFile(join(formsDir, ...parts), 'utf8'));

const definition = (await readJson('tcm-expertise', 'definition.json')) as FormDefinition;
const pack2024 = (await readJson('tcm-expertise', 'rules', '2024.json')) as RulePack;

/**
 * Step 2: resolve the pack of the exam year. `resolvePack` takes every pack of the form (a year
 * may `extend` an earlier one, see example 02) and returns the rules and params that apply.
 */
const pack = resolvePack([pack2024], 2024);

/**
 * Step 3: the declaration, as the browser form sends it. Attachments are references to files
 * uploaded before (the type is the MIME type sniffed at upload, the size is in bytes).
 */
const file = (id: string, name: string, type: AttachmentRef['type'] = 'image/jpeg', size = 48_000) => ({ id, name, type, size });

/** A teacher (指导老师 or 推荐医师) with the four certificates every teacher uploads (TCM-5). */
const teacher = (role: 'guidance' | 'recommender', name: string, idNumber: string, practiceLocation: string, n: number) => ({
  role,
  name,
  idNumber,
  practiceLocation, // a county code of Hubei; a recommender's must equal the declaration's region
  physicianClass: '中医' as const,
  qualificationCertNo: `1997421104201${n}`,
  practiceCertNo: `11042010000${n}`,
  title: '主任医师' as const,
  clinicalYears: 30,
  attachments: {
    teacherIdCard: [file(`t${n}-1`, 'id-front.jpg'), file(`t${n}-2`, 'id-back.jpg')],
    teacherQualificationCert: [file(`t${n}-3`, 'qualification.jpg')],
    teacherPracticeCert: [file(`t${n}-4`, 'practice.png', 'image/png')],
    teacherTitleCert: [file(`t${n}-5`, 'title.jpg')],
  },
});

const declaration: TcmExpertiseData = {
  applicant: {
    name: '张建国',
    gender: '1',
    ethnicity: '01',
    idType: 'id-card',
    idNumber: '420106198503150018',
    mobile: '13800138000',
    birthDate: '1985-03-15',
  },
  practiceCounty: '420106', // 本人实践或学习所在区县 (TCM-1)
  region: '420106', // 武昌区
  candidateType: 'shicheng', // 以师承方式学习中医
  experience: {
    culturalStudy: '1991—2000 年在武昌区读完小学、初中和高中。',
    apprenticeship: '2012 年 3 月起跟随李明德主任医师学习中医内科，至今连续跟师十二年。',
    expertiseSummary: '擅长运用经方治疗脾胃病。',
  },
  teachers: [
    teacher('guidance', '李明德', '420102196505120037', '420102', 1),
    teacher('guidance', '赵志强', '420111197206110040', '420111', 2), // a second guidance teacher: not allowed
    teacher('recommender', '王秀兰', '420106197008180020', '420106', 3),
    teacher('recommender', '陈国华', '42010619680203005X', '420106', 4),
  ],
  attachments: {
    applicantIdCard: [file('a-1', 'own-id-front.jpg'), file('a-2', 'own-id-back.jpg')],
    applicantPhoto: [{ ...file('a-3', 'photo.jpg', 'image/jpeg', 28_000), width: 358, height: 441 }],
    apprenticeshipContract: [file('a-4', 'contract.pdf', 'application/pdf')],
    apprenticeshipRecords: [file('a-5', 'notes.jpg')],
    teacherAssessment: [file('a-6', 'assessment.pdf', 'application/pdf')],
  },
};

/**
 * Step 4: evaluate. The context holds facts the host provides (here the date rules compare with);
 * pass a fixed date in tests, leave it out in production to use today's date.
 */
const context = { today: '2024-05-01' };

async function check(data: TcmExpertiseData): Promise<void> {
  const result = await evaluate(definition, pack, data, context);
  if (result.complete) {
    console.log('可以提交');
    return;
  }
  // Each issue has a zh-CN message naming the field, and the JSON Pointer of that field,
  // which the browser form uses to put the message next to the right input.
  console.log(`有 ${result.issues.length} 个问题，不能提交：`);
  for (const issue of result.issues) console.log(`  ✗ ${issue.message}（${issue.path}）`);
}

console.log('第一次检查：');
await check(declaration);

/** Step 5: fix it (keep one guidance teacher) and check again. */
const fixed: TcmExpertiseData = { ...declaration, teachers: declaration.teachers?.filter((t) => t.name !== '赵志强') };
console.log('\n删去第二名指导老师后：');
await check(fixed);
