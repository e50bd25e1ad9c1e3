import { describe, it, expect } from 'vitest';
import { formats } from '../formats/index.js';
import { documentTypeDictionary } from './document-type.js';

describe('document-type dictionary', () => {
  const items = documentTypeDictionary.items;

  it('lists the document types with their formats', () => {
    expect(items.map((entry) => [entry.code, entry.label['zh-CN'], entry['format']])).toEqual([
      ['id-card', '居民身份证', 'cn-id'],
      ['id-card-temp', '临时身份证', 'cn-id'],
      ['residence-permit', '港澳台居民居住证', 'cn-residence-permit'],
      ['hk-macau-permit', '港澳居民来往内地通行证', 'hk-macau-permit'],
      ['tw-permit', '台湾居民来往大陆通行证', 'tw-permit'],
      ['passport', '护照', 'passport'],
      ['military-officer', '军官证', 'military-officer'],
    ]);
  });

  it('names only formats that exist', () => {
    const names = new Set(formats.map((format) => format.name));
    for (const entry of items) expect(names.has(String(entry['format'])), entry.code).toBe(true);
  });

  it('has English labels', () => {
    for (const entry of items) expect(entry.label.en, entry.code).toBeTruthy();
  });
});
