/**
 * The 示例 drawings a slot's sample can name (`sample.drawing` of the definition): illustrations
 * drawn here, with placeholder text and a 示例 watermark — never a real document. `id-card`: an
 * identity card's 正面 (portrait side) and 反面 (emblem side); `id-card-scan`: the manual's 正确示例
 * (标准) beside the three wrong ways (边框缺失, 照片模糊, 闪光强烈); `id-photo`: a small 2-inch
 * portrait on white. Each is one `role="img"` SVG named by the sample's alt text.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Locale, SampleDrawing } from '@shenbao/core';
import { uploadText, type UploadTextKey } from './upload.texts.js';

type Words = (key: UploadTextKey & `drawing.${string}`) => string;

const ink = '#1f2329';
const muted = '#5f6b7a';
const card = '#eef3fb';
const line = '#8da2c0';

/** A head-and-shoulders outline inside a box at (x, y) of width w. */
function person(x: number, y: number, w: number): SVGTemplateResult {
  const h = w * 1.3;
  const cx = x + w / 2;
  return svg`<rect x=${x} y=${y} width=${w} height=${h} rx="4" fill="#fff" stroke=${line} />
    <circle cx=${cx} cy=${y + h * 0.38} r=${w * 0.2} fill="#c9d3e3" />
    <path d=${`M ${x + w * 0.14} ${y + h} Q ${cx} ${y + h * 0.5} ${x + w * 0.86} ${y + h} Z`} fill="#c9d3e3" />`;
}

/** The portrait side of a card at (x, y), 320 × 200. */
function front(x: number, y: number, words: Words): SVGTemplateResult {
  return svg`<g transform=${`translate(${x} ${y})`}>
    <rect width="320" height="200" rx="14" fill=${card} stroke=${line} stroke-width="2" />
    <text x="18" y="40" font-size="14" fill=${ink}>${words('drawing.name')}</text>
    <text x="18" y="66" font-size="13" fill=${ink}>${words('drawing.sexNation')}</text>
    <text x="18" y="92" font-size="13" fill=${ink}>${words('drawing.birth')}</text>
    <text x="18" y="118" font-size="12" fill=${ink}>${words('drawing.address')}</text>
    <text x="18" y="176" font-size="13" fill=${ink}>${words('drawing.number')}</text>
    ${person(222, 24, 80)}
  </g>`;
}

/** The emblem side of a card at (x, y), 320 × 200. */
function back(x: number, y: number, words: Words): SVGTemplateResult {
  return svg`<g transform=${`translate(${x} ${y})`}>
    <rect width="320" height="200" rx="14" fill=${card} stroke=${line} stroke-width="2" />
    <circle cx="52" cy="56" r="30" fill="none" stroke="#b23b3b" stroke-width="3" />
    <path d="M52 36 l6 14 h15 l-12 9 5 15 -14 -9 -14 9 5 -15 -12 -9 h15 z" fill="#b23b3b" />
    <text x="100" y="52" font-size="17" fill=${ink}>${words('drawing.country')}</text>
    <text x="100" y="82" font-size="22" fill=${ink} font-weight="bold">${words('drawing.card')}</text>
    <text x="18" y="148" font-size="12" fill=${ink}>${words('drawing.authority')}</text>
    <text x="18" y="174" font-size="12" fill=${ink}>${words('drawing.validity')}</text>
  </g>`;
}

/** The 示例 watermark across a drawing of the given size. */
function watermark(width: number, height: number, words: Words): SVGTemplateResult {
  return svg`<text x=${width / 2} y=${height / 2} text-anchor="middle" dominant-baseline="middle" font-size=${Math.min(width, height) / 4}
    fill="#c62828" fill-opacity="0.18" font-weight="bold" transform=${`rotate(-20 ${width / 2} ${height / 2})`}>${words('drawing.watermark')}</text>`;
}

/** 正面 above 反面, each captioned. */
function idCard(words: Words): SVGTemplateResult {
  return svg`<text x="180" y="22" text-anchor="middle" font-size="15" fill=${muted}>${words('drawing.front')}</text>
    ${front(20, 34, words)}
    <text x="180" y="262" text-anchor="middle" font-size="15" fill=${muted}>${words('drawing.back')}</text>
    ${back(20, 274, words)}
    ${watermark(360, 490, words)}`;
}

/** 标准 and the three wrong ways, two by two, each in a camera frame. */
function idCardScan(words: Words): SVGTemplateResult {
  const frame = (x: number, y: number, inner: SVGTemplateResult, caption: string, ok: boolean) => svg`<g transform=${`translate(${x} ${y})`}>
      <rect width="170" height="120" rx="8" fill="#fff" stroke=${ok ? '#2e7d32' : '#c62828'} stroke-width="2" />
      <svg x="5" y="5" width="160" height="110" viewBox="0 0 160 110" overflow="hidden">${inner}</svg>
      <text x="85" y="142" text-anchor="middle" font-size="15" fill=${ok ? '#2e7d32' : '#c62828'}>${caption}</text>
    </g>`;
  const small = (dx: number, dy: number) => svg`<g transform=${`translate(${dx} ${dy}) scale(0.42)`}>${front(0, 0, words)}</g>`;
  return svg`<defs>
      <filter id="blur"><feGaussianBlur stdDeviation="2.4" /></filter>
      <radialGradient id="glare"><stop offset="0" stop-color="#fff" stop-opacity="0.97" /><stop offset="0.6" stop-color="#fff" stop-opacity="0.7" /><stop offset="1" stop-color="#fff" stop-opacity="0" /></radialGradient>
    </defs>
    <text x="190" y="22" text-anchor="middle" font-size="15" fill=${muted}>${words('drawing.correct')}</text>
    ${frame(15, 36, small(13, 13), words('drawing.standard'), true)}
    ${frame(195, 36, small(60, 40), words('drawing.edgeMissing'), false)}
    ${frame(15, 200, svg`<g filter="url(#blur)">${small(13, 13)}</g>`, words('drawing.blurred'), false)}
    ${frame(195, 200, svg`${small(13, 13)}<ellipse cx="80" cy="50" rx="58" ry="40" fill="url(#glare)" />`, words('drawing.glare'), false)}
    ${watermark(380, 370, words)}`;
}

/** A small 2-inch portrait on white, with what the photo needs. */
function idPhoto(words: Words): SVGTemplateResult {
  return svg`<rect x="90" y="16" width="180" height="262" fill="#fff" stroke=${line} stroke-width="2" />
    <circle cx="180" cy="118" r="44" fill="#c9d3e3" />
    <path d="M 104 278 Q 180 150 256 278 Z" fill="#c9d3e3" />
    <text x="180" y="306" text-anchor="middle" font-size="15" fill=${ink}>${words('drawing.photoSize')}</text>
    <text x="180" y="330" text-anchor="middle" font-size="14" fill=${muted}>${words('drawing.whiteBackground')}</text>
    <text x="180" y="352" text-anchor="middle" font-size="14" fill=${muted}>${words('drawing.bareHead')}</text>
    ${watermark(360, 300, words)}`;
}

/** Each drawing: its view box and its picture. */
const drawings: Record<SampleDrawing, { viewBox: string; draw(words: Words): SVGTemplateResult }> = {
  'id-card': { viewBox: '0 0 360 490', draw: idCard },
  'id-card-scan': { viewBox: '0 0 380 370', draw: idCardScan },
  'id-photo': { viewBox: '0 0 360 366', draw: idPhoto },
};

/** A sample drawing as one image named `alt` (undefined for an unknown name). */
export function sampleDrawing(name: SampleDrawing, alt: string, locale: Locale): TemplateResult | undefined {
  const drawing = drawings[name];
  if (!drawing) return undefined;
  const words: Words = (key) => uploadText(key, locale);
  return html`<svg class="sample-drawing" role="img" aria-label=${alt} viewBox=${drawing.viewBox} xmlns="http://www.w3.org/2000/svg"
    font-family="system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif">${drawing.draw(words)}</svg>`;
}
