/**
 * @shenbao/studio — the rules studio (规则工作台): rule sentences, pack editing as a delta, pack
 * formatting, and the Lit elements of the app. The local server is in `@shenbao/studio/node`.
 */
export { ruleSentence, conditionSentence, effectSentence, leafSentence, subjectText, fieldLabel, expressionText, type SentenceContext } from './model/sentence.js';
export { fieldCatalog, type CatalogField, type FieldCatalog } from './model/field-catalog.js';
export { operatorPhrases, operatorPhrase, type OperatorPhrase, type OperatorValueKind } from './model/operator-phrases.js';
export { formatPack, lineWidth } from './model/format-pack.js';
export { chainOf, newYearPack, paramStatus, parentOf, removeRule, resolveDraft, ruleStatus, setParam, statusLabels, upsertRule, withDraft, type ChangeStatus } from './model/pack-edit.js';
export { EditHistory } from './model/history.js';
