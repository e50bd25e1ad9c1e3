/** Filling `{name}` placeholders of a message template with parameter values. */

/** A value as message text: primitives as they are, anything else as (short) JSON; never throws. */
export function displayValue(v: unknown): string {
  if (typeof v === 'string') return v.length > 200 ? `${v.slice(0, 200)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return displayValue(v.join('、'));
  try {
    return displayValue(JSON.stringify(v) ?? typeof v);
  } catch {
    return typeof v;
  }
}

/** Fills `{name}` placeholders from params; unknown placeholders are left as they are. */
export function fillTemplate(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? whole : displayValue(v);
  });
}
