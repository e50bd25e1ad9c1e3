/**
 * Type test (on the sources, as the other tests of ui): `<shenbao-form>` typed by a built-in form's data (`typedForm<TcmExpertiseData>`) types
 * `form.value` and the details of its own events; an untyped form keeps `unknown`; every shenbao
 * event is in `HTMLElementEventMap`. Run by `pnpm typecheck`; every `@ts-expect-error` line must be
 * an error, or tsc fails.
 */
import type { TcmExpertiseData } from '@shenbao/forms';
import type { Evaluation } from '@shenbao/rules';
import { typedForm, type DraftOf, type ShenbaoForm } from '../packages/ui/src/index.js';
import '../packages/ui/src/define.js';

declare const element: ShenbaoForm;
const form = typedForm<TcmExpertiseData>(element);

// The value while filling in: any part may be missing, the fields that exist are typed.
const name: string | undefined = form.value.applicant?.name;
form.value = { applicant: { name: '张三' } };
// @ts-expect-error — `teacher` is not a field (it is `teachers`).
void form.value.teacher;
// @ts-expect-error — a name is a string.
form.value = { applicant: { name: 42 } };

// Own events: typed details; the submitted declaration is complete.
form.addEventListener('shenbao-input', (e) => {
  const pointer: string = e.detail.pointer;
  const typed: string | undefined = e.detail.value.applicant?.name;
  // @ts-expect-error — the draft's name may be missing.
  const sure: string = e.detail.value.applicant.name;
  void [pointer, typed, sure];
});
form.addEventListener('change', (e) => {
  const evaluation: Evaluation | undefined = e.detail.evaluation;
  const region: string | undefined = e.detail.value.region;
  void [evaluation, region];
});
form.addEventListener('shenbao-submit', (e) => {
  const region: string = e.detail.value.region;
  const complete: boolean = e.detail.evaluation.complete;
  e.preventDefault();
  void [region, complete];
});
form.addEventListener('shenbao-step', (e) => void [e.detail.index satisfies number, e.detail.id satisfies string]);
form.addEventListener('shenbao-record', (e) => void (e.detail.recordId satisfies string));
// Native events stay native.
form.addEventListener('input', (e) => void (e satisfies Event));
form.addEventListener('keydown', (e) => void (e.key satisfies string));

// An untyped form: unknown data, the same event classes (also through HTMLElementEventMap).
const plain = document.createElement('shenbao-form');
const unknownValue: unknown = plain.value;
plain.addEventListener('shenbao-input', (e) => void (e.detail.pointer satisfies string));
plain.addEventListener('shenbao-evaluated', (e) => void (e.detail.issues satisfies Evaluation['issues']));
document.body.addEventListener('shenbao-input', (e) => void (e.detail.pointer satisfies string));
document.body.addEventListener('shenbao-group-add', (e) => void (e satisfies Event));
document.body.addEventListener('shenbao-issue-select', (e) => void (e.detail.path satisfies string));
// @ts-expect-error — an untyped form's data is unknown.
void plain.value.applicant;

type Draft = DraftOf<{ a: { b: string }[] }>;
const draft: Draft = { a: [{}] };

export const used = [name, unknownValue, draft];
