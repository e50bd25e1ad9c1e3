/**
 * The UI's own words (buttons, step names, hints): the `ui.` section of core's message catalog, so
 * every locale registered there is spoken here. Form content (labels, notices) comes from the definition.
 */
import { text, type KeysUnder, type Locale, type MessageArgs } from '@shenbao/core';

/** Keys of the UI texts (catalog keys under `ui.`). */
export type UiTextKey = KeysUnder<'ui'>;

/** A UI text in a locale, `{name}` placeholders filled (the params its catalog text needs). */
export function t<K extends UiTextKey>(key: K, locale: Locale, ...params: MessageArgs<`ui.${K}`>): string {
  return text(`ui.${key}`, locale, ...params);
}
