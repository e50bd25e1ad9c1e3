/**
 * @shenbao/rules/reference — json-rules-engine as the reference semantics of rule packs, for the
 * differential test and `shenbao rules test --engine reference`. Not part of the browser entry.
 */
export { createReferenceRuntime, referenceEngine } from './reference-runtime.js';
