import { builtin } from './node-builtin'

/**
 * The fonts that ship in the package's `fonts/` folder (OFL 1.1; fonts/README.md says where
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

/**
 * The fonts `text` needs, read from the folder `dir` (a path or a `file:` URL).
 *
 * @example const fonts = await loadFonts(new URL('../fonts/', import.meta.url), svg)
 */
export const loadFonts = (dir: URL | string, text: string): Promise<Uint8Array[]> => {
  // a folder URL must end in `/`, or `new URL(file, base)` replaces its last segment
  const base = new URL(String(typeof dir == 'string' && !/^file:/i.test(dir) ? builtin('node:url').pathToFileURL(dir) : dir).replace(/\/?$/, '/'))
  return Promise.all(cardFonts.filter(({ needs }) => !needs || needs.test(text)).map(({ file }) => readFont(new URL(file, base))))
}
