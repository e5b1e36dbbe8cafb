// Makes the fonts that `sharecue/og` draws the card with: subsets of three OFL families from
// the npm registry, in TrueType (resvg reads TTF/OTF, not WOFF2). Run it only to change them:
// `node packages/og-fonts/make-fonts.js`; it fetches the sources with npm into a temporary folder and
// writes the .ttf files and their licences beside itself. See README.md beside it.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'sharecue-fonts-'))
const npm = (...args) => execFileSync('npm', args, { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] }).toString()

/** Packages of Google Fonts' TTFs, pinned so the subsets can be made again byte for byte. */
const sources = {
  inter: '@expo-google-fonts/inter@0.4.2',
  sc: '@expo-google-fonts/noto-sans-sc@0.4.3',
  arabic: '@expo-google-fonts/noto-sans-arabic@0.4.3',
}

const range = (from, to) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i))

/**
 * GB 2312 rows `from`–`to` decoded through ICU (Node has full ICU): rows 1–3 are symbols and
 * full-width forms, rows 16–55 are level 1, the 3,755 most used hanzi, which cover about 99.7 %
 * of modern Chinese text (https://en.wikipedia.org/wiki/GB_2312). Row 55 ends at 0xF9.
 */
const gb2312 = (from, to) => {
  const decoder = new TextDecoder('gbk')
  let text = ''
  for (let row = from; row <= to; row++) {
    for (let cell = 0xa1; cell <= (row === 0xd7 ? 0xf9 : 0xfe); cell++) text += decoder.decode(new Uint8Array([row, cell]))
  }
  return text.replace(/\uFFFD/g, '')
}

/** Bidi controls and joiners, which every font here must know so text around them shapes. */
const controls = '\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069'

/** Latin with its extensions (Vietnamese too), Greek and Cyrillic: titles come in any of them. */
const latin = range(0x20, 0x7e) + range(0xa0, 0x24f) + range(0x259, 0x259) + range(0x2b0, 0x36f) + range(0x370, 0x3ff) +
  range(0x400, 0x4ff) + range(0x1e00, 0x1eff) + range(0x2000, 0x206f) + range(0x20a0, 0x20cf) + range(0x2100, 0x214f) +
  range(0x2190, 0x2199) + '\u2212\u2215'

/**
 * What the CJK and Arabic fonts carry of Latin (they have these glyphs themselves). resvg's
 * font fallback only replaces glyph for glyph when both fonts shape a text into as many
 * glyphs, which Arabic, with its ligatures, does not; a font that covers a whole label
 * ("ينتهي 1 ديسمبر، 23:59 UTC") draws it alone (usvg's
 * `shape_text`: "we assume that shaping with any font will produce the same amount of glyphs").
 */
const basic = range(0x20, 0x7e) + range(0xa0, 0xff) + range(0x2000, 0x206f) + range(0x20a0, 0x20cf) + '\u2122\u2212'

/** What the zh-CN table says, so every label is covered even where it uses a rarer hanzi. */
const zhLabels = readFileSync(join(here, '../../src/i18n/zh-CN.ts'), 'utf8').replace(/[\x00-\x7f]/g, '')
const chinese = gb2312(0xa1, 0xa3) + gb2312(0xb0, 0xd7) + range(0x3000, 0x303f) + range(0xff00, 0xffef) + zhLabels + basic + controls

const arabic = range(0x600, 0x6ff) + range(0x750, 0x77f) + range(0x8a0, 0x8ff) + range(0xfb50, 0xfdff) + range(0xfe70, 0xfeff) + basic + controls

/**
 * The fonts made: file, source package, file in it, characters, and OpenType features kept
 * (undefined keeps all: Arabic needs its joining forms). Inter's stylistic sets and character
 * variants would add a quarter to its size, and the card uses none of them. Hinting goes too:
 * resvg does not use it, and these files are read by nothing else.
 */
const fonts = [
  ['Inter-Regular.ttf', 'inter', '400Regular/Inter_400Regular.ttf', latin + controls, ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk']],
  ['Inter-Bold.ttf', 'inter', '700Bold/Inter_700Bold.ttf', latin + controls, ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk']],
  // Bold only: the card sets every piece of text that can be Chinese in bold (title, price,
  // deadline, stock); a regular weight would double the biggest file for the site's host name.
  ['NotoSansSC-Bold.ttf', 'sc', '700Bold/NotoSansSC_700Bold.ttf', chinese],
  ['NotoSansArabic-Regular.ttf', 'arabic', '400Regular/NotoSansArabic_400Regular.ttf', arabic],
  ['NotoSansArabic-Bold.ttf', 'arabic', '700Bold/NotoSansArabic_700Bold.ttf', arabic],
]

const licences = { inter: 'LICENSE-Inter.txt', sc: 'LICENSE-NotoSansSC.txt', arabic: 'LICENSE-NotoSansArabic.txt' }

try {
  npm('init', '-y')
  npm('install', '--no-audit', '--no-fund', 'subset-font@2.9.0')
  const subsetFont = createRequire(join(work, 'package.json'))('subset-font')
  const folders = {}
  for (const [key, spec] of Object.entries(sources)) {
    const tarball = npm('pack', '--silent', spec).trim().split('\n').pop()
    const folder = join(work, key)
    mkdirSync(folder)
    execFileSync('tar', ['xzf', join(work, tarball), '-C', folder])
    folders[key] = join(folder, 'package')
    copyFileSync(join(folders[key], 'LICENSE_FONT'), join(here, licences[key]))
  }
  for (const [file, key, path, text, keepFeatures] of fonts) {
    const font = await subsetFont(readFileSync(join(folders[key], path)), text, { targetFormat: 'truetype', noHinting: true, keepFeatures })
    writeFileSync(join(here, file), font)
  }
  for (const file of readdirSync(here).filter((name) => name.endsWith('.ttf'))) {
    console.log(`${file}\t${(statSync(join(here, file)).size / 1024).toFixed(0)} KiB`)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
