import { describe, it, expect } from 'vitest';
import { defineDictionary, dictionaryItem, localize, type AsyncDictionary } from './dictionary.js';

describe('dictionaryItem', () => {
  it('builds an item with both labels', () => {
    expect(dictionaryItem('1', '男', 'Male')).toEqual({ code: '1', label: { 'zh-CN': '男', en: 'Male' } });
  });

  it('leaves out a missing English label', () => {
    const entry = dictionaryItem('420102', '江岸区');
    expect(entry.label).toEqual({ 'zh-CN': '江岸区' });
    expect('en' in entry.label).toBe(false);
  });

  it('keeps extras but never lets them override code or label', () => {
    const entry = dictionaryItem('a', '甲', 'A', { parent: 'p', code: 'evil', label: 'evil' });
    expect(entry).toEqual({ code: 'a', label: { 'zh-CN': '甲', en: 'A' }, parent: 'p' });
  });
});

describe('defineDictionary', () => {
  it('freezes the dictionary deeply', () => {
    const dictionary = defineDictionary({
      id: 'yes-no',
      label: { 'zh-CN': '是否' },
      items: [dictionaryItem('1', '是', 'Yes', { tags: ['a'] })],
    });
    expect(Object.isFrozen(dictionary)).toBe(true);
    expect(Object.isFrozen(dictionary.items)).toBe(true);
    expect(Object.isFrozen(dictionary.items[0])).toBe(true);
    expect(Object.isFrozen(dictionary.items[0]?.label)).toBe(true);
    expect(Object.isFrozen(dictionary.items[0]?.['tags'])).toBe(true);
    expect(() => dictionary.items.push(dictionaryItem('0', '否'))).toThrow(TypeError);
  });
});

describe('localize', () => {
  it('picks the locale and falls back to Chinese', () => {
    expect(localize({ 'zh-CN': '男', en: 'Male' }, 'en')).toBe('Male');
    expect(localize({ 'zh-CN': '男', en: 'Male' }, 'zh-CN')).toBe('男');
    expect(localize({ 'zh-CN': '江岸区' }, 'en')).toBe('江岸区');
  });
});

describe('AbortSignalLike', () => {
  it('is satisfied by a real AbortSignal, so hosts can cancel lookups', async () => {
    const lookup: AsyncDictionary = {
      id: 'unit',
      search: (query, signal) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => resolve([dictionaryItem('u1', query)]), 1_000);
          signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new Error('aborted'));
          });
        }),
    };
    const controller = new AbortController();
    const pending = lookup.search('武汉', controller.signal);
    controller.abort();
    await expect(pending).rejects.toThrow('aborted');
  });
});
