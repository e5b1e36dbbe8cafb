import type { Op } from './card-layout'

export interface SvgOptions {
  /** The `font-family` of every text, generic families last (`Inter, sans-serif`). */
  fontFamily: string
  /**
   * The href an image is drawn from, given its `src`: a `data:` URL for a renderer that cannot
   * fetch (resvg). `undefined` leaves the image out. Default: `src` itself.
   */
  embedImage?: (src: string) => string | undefined
  /** BCP 47 tag of the text, so a browser picks the right glyphs (Chinese hanzi differ from Japanese kanji). */
  lang?: string
  /** What the picture shows, for screen readers opening the SVG itself. */
  label?: string
}

/**
 * Characters XML 1.0 does not allow (C0 controls but tab and line breaks, lone surrogates,
 * U+FFFE/FFFF): one of them and the file does not parse (https://www.w3.org/TR/xml/#charsets).
 */
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Any string as XML text or attribute value: what a page supplies is shown as text, never read as markup. */
export const escapeXml = (value: string): string => value.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!)

/**
 * An image href that is safe to draw: `http:`/`https:` (an SVG opened in a browser loads it)
 * or a `data:` URL of an image type. Never `javascript:`, `file:` or anything else.
 */
const IMAGE_HREF = /^(https?:\/\/|data:image\/[a-z0-9.+-]+[;,])/i

/** A coordinate or size: two decimals are finer than a device pixel; NaN and ±Infinity become 0. */
const n = (value: number): number => (Number.isFinite(value) ? Math.round(value * 100) / 100 : 0)

/**
 * Each text is a first-strong isolate (FSI … PDI), like HTML's `dir="auto"`: Arabic runs right
 * to left, a Latin title left to right, whatever the card's side. SVG's `direction` would do
 * it in browsers, but resvg ignores it for ordering (and browsers then flip `text-anchor`).
 */
const isolate = (text: string): string => `\u2068${text}\u2069`

const attributes = (pairs: Record<string, string | number | undefined>): string =>
  Object.entries(pairs).map(([name, value]) => value === undefined ? '' : ` ${name}="${escapeXml(String(value))}"`).join('')

/**
 * The card's drawing operations as an SVG document of `width` × `height`: rectangles, photos
 * (cropped to fill, `xMidYMid slice`, clipped to their box) and single-line texts. The output
 * draws the same in browsers and in resvg, which reads it for PNG.
 *
 * @example renderSvg(layoutCard(card, 1200, 630), 1200, 630, { fontFamily: 'Inter, sans-serif' })
 */
export const renderSvg = (ops: readonly Op[], width: number, height: number, { fontFamily, embedImage = (src) => src, lang, label }: SvgOptions): string => {
  const defs: string[] = []
  const body: string[] = []
  for (const op of ops) {
    if (op.op === 'rect') {
      body.push(`<rect${attributes({ x: n(op.x), y: n(op.y), width: n(op.w), height: n(op.h), rx: op.r ? n(op.r) : undefined, fill: op.fill })}/>`)
    } else if (op.op === 'image') {
      let href: string | undefined
      try { href = embedImage(op.src) } catch { /* a failing embedder leaves the photo out */ }
      if (!href || !IMAGE_HREF.test(href)) continue
      const id = `sc-clip-${defs.length}`
      const box = { x: n(op.x), y: n(op.y), width: n(op.w), height: n(op.h) }
      defs.push(`<clipPath${attributes({ id })}><rect${attributes({ ...box, rx: op.r ? n(op.r) : undefined })}/></clipPath>`)
      body.push(`<image${attributes({ ...box, href, preserveAspectRatio: 'xMidYMid slice', 'clip-path': `url(#${id})` })}/>`)
    } else if (op.op === 'path') {
      body.push(`<path${attributes({ transform: `translate(${n(op.x)} ${n(op.y)}) scale(${n(op.scale)})`, d: op.d, fill: op.fill, 'shape-rendering': 'crispEdges' })}/>`)
    } else {
      body.push(`<text${attributes({
        x: n(op.x), y: n(op.y), 'font-size': n(op.size), 'font-weight': op.bold ? 700 : undefined, fill: op.fill,
        'text-anchor': op.anchor === 'end' ? 'end' : undefined, 'text-decoration': op.strike ? 'line-through' : undefined,
      })}>${escapeXml(isolate(op.text))}</text>`)
    }
  }
  const root = attributes({
    xmlns: 'http://www.w3.org/2000/svg', width: n(width), height: n(height), viewBox: `0 0 ${n(width)} ${n(height)}`,
    'font-family': fontFamily, lang, role: label ? 'img' : undefined,
  })
  return `<svg${root}>${label ? `<title>${escapeXml(label)}</title>` : ''}${defs.length ? `<defs>${defs.join('')}</defs>` : ''}${body.join('')}</svg>`
}
