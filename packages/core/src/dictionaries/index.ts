/**
 * The dictionaries module: code table types, the built-in tables and the replaceable registry.
 */
export {
  defineDictionary,
  dictionaryItem,
  localize,
  type AbortSignalLike,
  type AsyncDictionary,
  type Dictionary,
  type DictionaryItem,
} from './dictionary.js';
export { builtinDictionaries, createDictionaryRegistry, type DictionaryRegistry } from './registry.js';
export { genderDictionary, genderCode } from './gender.js';
export { ethnicityDictionary } from './ethnicity.js';
export { educationLevelDictionary } from './education-level.js';
export { studyFormDictionary } from './study-form.js';
export { documentTypeDictionary } from './document-type.js';
export { physicianLevelDictionary } from './physician-level.js';
export { physicianClassDictionary } from './physician-class.js';
export { practiceScopeDictionary } from './practice-scope.js';
export { hqLevelDictionary } from './hq-level.js';
export { subjectDictionary } from './subject.js';
export { hubeiCountyDictionary, countiesOf } from './hubei-county.js';
export { tcmCandidateTypeDictionary } from './tcm-candidate-type.js';
export { teacherRoleDictionary } from './teacher-role.js';
export { recordStatusDictionary } from './record-status.js';
export { majorTypeDictionary } from './major-type.js';
export { titleLevelDictionary } from './title-level.js';
export { hqSpecialtyDictionary } from './hq-specialty.js';
