/**
 * The accounts of the reference server the browser tests sign in with (created by global-setup.ts,
 * one per test file that uploads, so their records never mix), and their password.
 */

/** The password of every test account. */
export const e2ePassword = 'e2e-password-不可猜';

/** The test accounts: candidates of one unit and that unit's reviewer. */
export const e2eUsers = [
  { username: 'e2e-uploader', id: 'cand-ui-upload', role: 'candidate', unit: '浏览器测试医院', name: '上传测试考生' },
  { username: 'e2e-default-uploader', id: 'cand-default-uploader', role: 'candidate', unit: '浏览器测试医院', name: '默认上传考生' },
  { username: 'e2e-reviewer', id: 'rev-ui', role: 'reviewer', unit: '浏览器测试医院', name: '浏览器测试医院审核员' },
] as const;
