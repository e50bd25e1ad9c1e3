/**
 * The declarations of the strict-CSP check: the TCM shicheng-pass scenario as it is (complete), and
 * an incomplete copy of it — no name (COMMON-2), a 10-digit mobile number and an ID number with a
 * wrong check digit (COMMON-3, checked by the precompiled format code), one recommender too few (a
 * rule). Shared by the page and by the test, which computes the expected verdict in Node.
 */
import { tcmExpertise } from '@shenbao/forms';
import { scenariosOf } from '@shenbao/forms/scenarios';

type Scenario = { data: Record<string, unknown>; context: Record<string, unknown> };
const scenario = scenariosOf(tcmExpertise.id).find((s) => s.file === 'shicheng-pass.json')!.scenario as Scenario;

/** The context facts of the scenario (`today`). */
export const context = scenario.context;

/** The two declarations by name. */
export const cases: Record<'complete' | 'incomplete', Record<string, unknown>> = {
  complete: scenario.data,
  incomplete: (() => {
    const data = structuredClone(scenario.data);
    const applicant = data.applicant as Record<string, unknown>;
    delete applicant.name;
    applicant.mobile = '1380013800';
    applicant.idNumber = '420106198503150019';
    data.teachers = (data.teachers as unknown[]).slice(0, 2);
    return data;
  })(),
};
