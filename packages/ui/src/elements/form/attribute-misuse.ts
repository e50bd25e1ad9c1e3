/**
 * A host that wrote an object-valued property of `<shenbao-form>` as an HTML attribute. React 19
 * and Vue set a prop on a custom element as a property only when the element already has it; if
 * `@shenbao/ui/define` loads after the framework rendered, the element is not defined yet and the
 * framework writes `definition="[object Object]"` instead — the form would stay blank with no
 * error. The form says so on screen (`role="alert"`) and once in the console.
 */
import type { Locale } from '@shenbao/core';

/** The properties that carry objects or functions: never read from attributes. */
const propertyOnly = ['definition', 'rules', 'value', 'context', 'prefill', 'lookup', 'uploader', 'validator', 'dictionaries'] as const;

/** Elements whose misuse was already logged. */
const reported = new WeakSet<Element>();

const texts = {
  'zh-CN': {
    late: (name: string) =>
      `<shenbao-form> 的“${name}”被写成了 HTML 特性（attribute），值为“[object Object]”：框架渲染时此元素尚未定义，只好写成特性，表单因此收不到它。请在渲染之前 import '@shenbao/ui/define'（React、Vue 皆然），或以属性（property）设置：form.${name} = …`,
    attribute: (name: string) => `<shenbao-form> 不读取 HTML 特性“${name}”：请以属性（property）设置：form.${name} = …`,
  },
  en: {
    late: (name: string) =>
      `<shenbao-form> got "${name}" as an HTML attribute ("[object Object]"): the element was not defined yet when the framework rendered it, so the framework wrote an attribute and the form never receives the object. Import '@shenbao/ui/define' before rendering (React, Vue), or set the property: form.${name} = …`,
    attribute: (name: string) => `<shenbao-form> does not read the HTML attribute "${name}": set the property instead: form.${name} = …`,
  },
};

/**
 * What is wrong, in `locale`, when `element` carries one of the object-valued properties as an
 * attribute (the first such attribute), else undefined; the first time, also `console.error` in English.
 */
export function attributeMisuse(element: Element, locale: Locale): string | undefined {
  const name = propertyOnly.find((p) => element.hasAttribute(p));
  if (name === undefined) return undefined;
  const late = element.getAttribute(name) === '[object Object]';
  const say = (l: Locale) => (late ? texts[l === 'en' ? 'en' : 'zh-CN'].late(name) : texts[l === 'en' ? 'en' : 'zh-CN'].attribute(name));
  if (!reported.has(element)) {
    reported.add(element);
    console.error(`shenbao: ${say('en')}`);
  }
  return say(locale);
}
