/**
 * The verified profile (COMMON-12) of the demo candidate 张建国, as a host passes it to a form's
 * `prefill`: name, document type and number from the approved real-name record of
 * real-name/scenarios/id-card-manual-pass.json, gender and birth date that its resident ID number
 * carries, and the unit bound by work-unit/scenarios/bind-pass.json. The reference server's profile
 * test checks that the server answers exactly this (with the ids of the two records as `sources`);
 * ui's prefill tests and the screenshot script fill forms from it.
 */
export const verifiedProfile = {
  verified: true,
  name: '张建国',
  idType: 'id-card',
  idNumber: '420106198503150018',
  gender: '1',
  birthDate: '1985-03-15',
  unit: { name: '武汉市武昌区中医医院', orgCode: '12420106441360046P', supervisor: '武汉市武昌区卫生健康局', category: '中医医院' },
};
