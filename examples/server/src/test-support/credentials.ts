/**
 * Credentials of the test servers: the secret `startServer` signs with unless told otherwise, and
 * the unit every test caller belongs to unless it names one. Tokens are made by auth.ts's
 * `tokenSigner`, as an identity provider sharing the secret would make them, and checked by the
 * server's real verification: there is no test bypass.
 */

/** The token secret of test servers (tests only). */
export const testAuthSecret = 'shenbao-test-secret-0123456789abcdef';

/** The unit of a test caller that names none (so candidates and reviewers of older tests meet). */
export const defaultTestUnit = '测试单位';
