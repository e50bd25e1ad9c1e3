/** The words of the `region` widget, per locale. */
import type { Locale } from '@shenbao/core';

const texts = {
  'zh-CN': { upper: '市/州', lower: '区县', none: '（省直辖，无下辖区县）', chooseUpperFirst: '请先选择市/州' },
  en: { upper: 'City / prefecture', lower: 'District / county', none: '(administered by the province)', chooseUpperFirst: 'Choose the city first' },
} as const;

/** The region widget's texts in a locale (zh-CN for any other). */
export function regionTexts(locale: Locale): (typeof texts)['zh-CN' | 'en'] {
  return locale === 'en' ? texts.en : texts['zh-CN'];
}
