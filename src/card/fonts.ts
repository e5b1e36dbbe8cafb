import { fontCoverage } from './font-coverage'
import { builtin } from './node-builtin'

/**
 * The fonts of the `@sharecue/og-fonts` package (OFL 1.1; its README says where
 * they come from and how they were cut down), and which text needs each: Latin, Greek and
 * Cyrillic always; Chinese and Arabic only when the card has such text, as handing resvg a
 * font it does not need costs time on every render.
 */
export const cardFonts: readonly { file: string; needs?: RegExp }[] = [
  { file: 'Inter-Regular.ttf' },
  { file: 'Inter-Bold.ttf' },
  // Bold only: every text of the card that can be Chinese is set in bold.
  { file: 'NotoSansSC-Bold.ttf', needs: /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/ },
  // Bold first: resvg's fallback takes the first font that has a character, whatever its
  // weight, and the card's text in a script Inter lacks is its bold title.
  { file: 'NotoSansArabic-Bold.ttf', needs: /[\u0600-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/ },
  { file: 'NotoSansArabic-Regular.ttf', needs: /[\u0600-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/ },
]

/**
 * The SVG's `font-family` for a table's language: the shipped families, then what a browser
 * viewing the SVG has. An Arabic card names Noto Sans Arabic first, so its labels are set in
 * their own weights rather than found by fallback.
 */
export const cardFontFamily = (tag: string): string =>
  `${tag == 'ar' ? "'Noto Sans Arabic', Inter" : "Inter, 'Noto Sans Arabic'"}, 'Noto Sans SC', system-ui, -apple-system, 'Segoe UI', sans-serif`

const files = new Map<string, Promise<Uint8Array>>()

/** A font file's bytes, read once per process. */
const readFont = (url: URL): Promise<Uint8Array> => {
  let bytes = files.get(url.href)
  if (!bytes) {
    bytes = builtin('node:fs').promises.readFile(url)
    // a failed read is tried again next time (a deploy may still be copying files)
    bytes.catch(() => files.delete(url.href))
    files.set(url.href, bytes)
  }
  return bytes
}

/** A folder (path or `file:` URL) as a URL ending in `/`, so `new URL(file, base)` stays inside it. */
const folder = (dir: URL | string): URL =>
  new URL(String(typeof dir == 'string' && !/^file:/i.test(dir) ? builtin('node:url').pathToFileURL(dir) : dir).replace(/\/?$/, '/'))

/** A font file (path or `file:` URL) as a URL. */
export const fontUrl = (file: URL | string): URL =>
  typeof file == 'string' && !/^file:/i.test(file) ? builtin('node:url').pathToFileURL(file) : new URL(String(file))

/**
 * The shipped fonts `text` needs, in the folder `dir` (a path or a `file:` URL).
 *
 * @example const urls = fontUrls(findOgFonts(import.meta.url)!, svg)
 */
export const fontUrls = (dir: URL | string, text: string): URL[] => {
  const base = folder(dir)
  return cardFonts.filter(({ needs }) => !needs || needs.test(text)).map(({ file }) => new URL(file, base))
}

const coverage = new Map<string, Promise<(codePoint: number) => boolean>>()

/** Characters nothing needs a glyph for: spaces, controls, bidi isolates, joiners, variation selectors. */
const invisible = /[\s\p{Cc}\p{Cf}\p{Mn}\uFE00-\uFE0F]/u

/**
 * The characters of `texts` that none of the fonts has a glyph for, each once, in order:
 * what resvg would leave as a gap.
 *
 * @example await missingGlyphs(['안녕 shoes'], fontUrls(dir, '안녕')) // ['안', '녕']
 */
export const missingGlyphs = async (texts: string[], urls: URL[]): Promise<string[]> => {
  const covers = await Promise.all(urls.map((url) => {
    let has = coverage.get(url.href)
    if (!has) {
      has = readFont(url).then(fontCoverage)
      has.catch(() => coverage.delete(url.href))
      coverage.set(url.href, has)
    }
    return has
  }))
  const missing = new Set<string>()
  for (const char of texts.join('')) {
    if (!invisible.test(char) && !covers.some((has) => has(char.codePointAt(0)!))) missing.add(char)
  }
  return [...missing]
}
