/**
 * Whether Chinese renders as glyphs or as boxes ("tofu", a missing CJK font): distinct characters
 * drawn with the page's font must differ in pixels; boxes are all alike. Runs in any page (tests,
 * the screenshot script) — no test framework imports here.
 */

/** Characters that look nothing alike when a CJK font is present. */
export const cjkProbe = ['是', '否', '申', '报'] as const;

/** True when `font` (default: the form's sans-serif) draws each probe character differently, i.e. not as boxes. */
export function cjkRendered(font = '32px sans-serif'): boolean {
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 48;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const images = cjkProbe.map((char) => {
    context.clearRect(0, 0, 48, 48);
    context.font = font;
    context.fillStyle = '#000';
    context.fillText(char, 4, 38);
    return context.getImageData(0, 0, 48, 48).data.join(',');
  });
  return new Set(images).size === images.length && !images.some((i) => /^(0,)*0$/.test(i));
}
