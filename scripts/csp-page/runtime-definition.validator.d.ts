// The module csp.test.ts has `shenbao compile` write before the build (runtime-definition.validator.js, not committed).
declare const validate: import('@shenbao/core').DataValidator;
export { validate };
export default validate;
