/**
 * Identity document types (证件类型). Each item names, in `format`, the string format (see
 * `../formats/`) that checks its number, so a schema can switch the check with the chosen type.
 */
import { defineDictionary, dictionaryItem as item, type Dictionary } from './dictionary.js';

/** The identity document type code table. */
export const documentTypeDictionary: Dictionary = defineDictionary({
  id: 'document-type',
  label: { 'zh-CN': '证件类型', en: 'Document type' },
  items: [
    item('id-card', '居民身份证', 'Resident identity card', { format: 'cn-id' }),
    item('id-card-temp', '临时身份证', 'Temporary identity card', { format: 'cn-id' }),
    item('residence-permit', '港澳台居民居住证', 'Residence permit for Hong Kong, Macau and Taiwan residents', {
      format: 'cn-residence-permit',
    }),
    item('hk-macau-permit', '港澳居民来往内地通行证', 'Mainland travel permit for Hong Kong and Macau residents', {
      format: 'hk-macau-permit',
    }),
    item('tw-permit', '台湾居民来往大陆通行证', 'Mainland travel permit for Taiwan residents', { format: 'tw-permit' }),
    item('passport', '护照', 'Passport', { format: 'passport' }),
    item('military-officer', '军官证', "Officer's identity card", { format: 'military-officer' }),
  ],
});
