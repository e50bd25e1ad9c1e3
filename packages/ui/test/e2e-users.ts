/**
 * The accounts of the reference server the browser tests sign in with (created by global-setup.ts,
 * one per test file that uploads, so their records never mix; the uploader tests take a fresh one per
 * record, since a candidate has one declaration per form and year, COMMON-11), and their password.
 */

/** The password of every test account. */
export const e2ePassword = 'e2e-password-不可猜';

/** The test accounts: candidates of one unit and that unit's reviewer. */
export const e2eUsers = [
  { username: 'e2e-uploader', id: 'cand-ui-upload', role: 'candidate', unit: '浏览器测试医院', name: '上传测试考生' },
  { username: 'e2e-uploader-1', id: 'cand-ui-upload-1', role: 'candidate', unit: '浏览器测试医院', name: '上传测试考生1' },
  { username: 'e2e-uploader-2', id: 'cand-ui-upload-2', role: 'candidate', unit: '浏览器测试医院', name: '上传测试考生2' },
  { username: 'e2e-uploader-3', id: 'cand-ui-upload-3', role: 'candidate', unit: '浏览器测试医院', name: '上传测试考生3' },
  { username: 'e2e-uploader-4', id: 'cand-ui-upload-4', role: 'candidate', unit: '浏览器测试医院', name: '上传测试考生4' },
  { username: 'e2e-uploader-5', id: 'cand-ui-upload-5', role: 'candidate', unit: '浏览器测试医院', name: '上传测试考生5' },
  { username: 'e2e-uploader-6', id: 'cand-ui-upload-6', role: 'candidate', unit: '浏览器测试医院', name: '上传测试考生6' },
  { username: 'e2e-uploader-7', id: 'cand-ui-upload-7', role: 'candidate', unit: '浏览器测试医院', name: '上传测试考生7' },
  { username: 'e2e-uploader-8', id: 'cand-ui-upload-8', role: 'candidate', unit: '浏览器测试医院', name: '上传测试考生8' },
  { username: 'e2e-default-uploader', id: 'cand-default-uploader', role: 'candidate', unit: '浏览器测试医院', name: '默认上传考生' },
  { username: 'e2e-reviewer', id: 'rev-ui', role: 'reviewer', unit: '浏览器测试医院', name: '浏览器测试医院审核员' },
] as const;

/** The accounts the uploader tests take one per record, in order. */
export const uploaderAccounts = e2eUsers.map((u) => u.username).filter((name) => /^e2e-uploader-\d+$/.test(name));
