/**
 * A host that wrote an object-valued property of `<shenbao-form>` as an HTML attribute. React 19
 * and Vue set a prop on a custom element as a property only when the element already has it; if
 * `@shenbao/ui/define` loads after the framework rendered, the element is not defined yet and the
 * framework writes `definition="[object Object]"` instead — the form would stay blank with no
 * error. The form says so on screen (`role="alert"`) and once in the console.
 */
import { loadLocale, type Locale } from '@shenbao/core';
import { t } from '../../ui-texts.js';

/** The properties that carry objects or functions: never read from attributes. */
const propertyOnly = ['definition', 'rules', 'value', 'context', 'prefill', 'lookup', 'uploader', 'validator', 'dictionaries'] as const;

/** Elements whose misuse was already logged. */
const reported = new WeakSet<Element>();

/**
 * What is wrong, in `locale`, when `element` carries one of the object-valued properties as an
 * attribute (the first such attribute), else undefined; the first time, also `console.error` in English (once the English catalog is in).
 */
export function attributeMisuse(element: Element, locale: Locale): string | undefined {
  const name = propertyOnly.find((p) => element.hasAttribute(p));
  if (name === undefined) return undefined;
  const late = element.getAttribute(name) === '[object Object]';
  const say = (l: Locale) => t(late ? 'attributeLate' : 'attributeIgnored', l, { name });
  if (!reported.has(element)) {
    reported.add(element);
    // In English, once the catalog is in (a browser build loads it on first use); in zh-CN if it cannot load.
    const log = () => console.error(`shenbao: ${say('en')}`);
    void loadLocale('en').then(log, log);
  }
  return say(locale);
}
