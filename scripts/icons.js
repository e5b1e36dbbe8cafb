// Regenerates the brand icons in src/icons/ from simple-icons (CC0) with compact path data.
// Run: npm run icons. The generic icons (native, copy, email, sms, image) and LinkedIn (not in
// simple-icons) are hand-written and are not in BRANDS, so this script never touches them.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join as joinPath } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as icons from 'simple-icons'

// simple-icons' exports map hides package.json; read it beside the resolved entry.
const entry = createRequire(import.meta.url).resolve('simple-icons')
const { version } = JSON.parse(readFileSync(joinPath(dirname(entry), 'package.json'), 'utf8'))

/** Channel id → simple-icons export. */
export const BRANDS = {
  facebook: 'siFacebook',
  messenger: 'siMessenger',
  x: 'siX',
  threads: 'siThreads',
  bluesky: 'siBluesky',
  mastodon: 'siMastodon',
  pinterest: 'siPinterest',
  reddit: 'siReddit',
  tumblr: 'siTumblr',
  hackernews: 'siYcombinator', // Hacker News shows the Y Combinator "Y"
  whatsapp: 'siWhatsapp',
  telegram: 'siTelegram',
  line: 'siLine',
  viber: 'siViber',
  vk: 'siVk',
  ok: 'siOdnoklassniki',
  wechat: 'siWechat',
  weibo: 'siSinaweibo',
  qq: 'siQq',
  qzone: 'siQzone',
  douban: 'siDouban',
}

// Arguments per command; an arc's flags (4th and 5th) are single digits that may touch.
const ARITY = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 }

/** Splits path data into absolute segments `[command, ...numbers]`, one per drawn segment. */
export const parse = (d) => {
  const tokens = d.match(/[a-z]|[+-]?(?:\d*\.\d+|\d+\.?)(?:e[+-]?\d+)?/gi) ?? []
  const out = []
  let i = 0, cmd = '', x = 0, y = 0, sx = 0, sy = 0
  const num = (flag) => {
    const t = tokens[i]
    // "a1 1 0 01.5 2": the flags 0 and 1 were read as "01.5"; split the first digit off.
    if (flag && t.length > 1) { tokens[i] = t.slice(1); return +t[0] }
    i++
    return +t
  }
  while (i < tokens.length) {
    if (/[a-z]/i.test(tokens[i])) cmd = tokens[i++]
    else if (cmd === 'M') cmd = 'L' // extra pairs after a move are lines
    else if (cmd === 'm') cmd = 'l'
    const up = cmd.toUpperCase()
    const rel = cmd !== up
    const a = []
    for (let k = 0; k < ARITY[up]; k++) a.push(num(up === 'A' && (k === 3 || k === 4)))
    if (up === 'Z') { x = sx; y = sy; out.push(['Z']); continue }
    if (rel) {
      if (up === 'H') a[0] += x
      else if (up === 'V') a[0] += y
      else if (up === 'A') { a[5] += x; a[6] += y }
      else for (let k = 0; k < a.length; k += 2) { a[k] += x; a[k + 1] += y }
    }
    if (up === 'H') x = a[0]
    else if (up === 'V') y = a[0]
    else { x = a[a.length - 2]; y = a[a.length - 1] }
    if (up === 'M') { sx = x; sy = y }
    out.push([up, ...a])
  }
  return out
}

// Numbers are kept as integer tenths: rounding to 0.1 moves a point at most 0.05 units of
// a 24-unit grid, a fifth of a pixel at 100 px and nothing at the widget's 20 px.
const tenth = (n) => Math.round(n * 10)
const fmt = (t) => {
  const s = (Math.abs(t) / 10).toString().replace(/^0\./, '.')
  return (t < 0 ? '-' : '') + s
}
/** Whether `next` needs a separator after `prev` to be read as a number of its own. */
const needsSep = (prev, next) =>
  !(next[0] === '-' || (next[0] === '.' && /\.\d*$/.test(prev.split(/[\s,-]/).pop())))
const join = (nums) => nums.map(fmt).reduce((s, f) => s + (needsSep(s, f) ? ' ' : '') + f)

/** Serialises absolute segments, rounded, choosing per segment the shorter of absolute and relative. */
export const compact = (d) => {
  let out = '', last = '', x = 0, y = 0, sx = 0, sy = 0
  const segments = parse(d)
  for (const [i, [up, ...raw]] of segments.entries()) {
    if (up === 'Z') {
      if (last !== 'z') out += 'z'
      last = 'z'; x = sx; y = sy
      continue
    }
    const isFlag = (k) => up === 'A' && (k === 3 || k === 4)
    const a = raw.map((n, k) => (isFlag(k) ? n : tenth(n)))
    let cmd = up
    const ex = cmd === 'V' ? x : a[cmd === 'H' ? 0 : a.length - 2]
    const ey = cmd === 'H' ? y : a[cmd === 'V' ? 0 : a.length - 1]
    if (cmd === 'L' && ex === x) { cmd = 'V'; a.splice(0, 2, ey) }
    else if (cmd === 'L' && ey === y) { cmd = 'H'; a.splice(0, 2, ex) }
    // Rounding can collapse a short line or arc into a point: it draws nothing, so drop it
    // (an arc whose ends meet is omitted by renderers, SVG 2 §9.5.1). Curves stay, and so does
    // anything a following S or T would reflect.
    const next = segments[i + 1]?.[0]
    if ('HVA'.includes(cmd) && ex === x && ey === y && next !== 'S' && next !== 'T') continue
    const r = a.map((n, k) => {
      if (cmd === 'A') return k < 5 ? n : n - (k === 5 ? x : y)
      if (cmd === 'H') return n - x
      if (cmd === 'V') return n - y
      return n - (k % 2 ? y : x)
    })
    // Arc flags are single digits and need no separator around them (SVG 2 path grammar).
    const show = (nums) => cmd === 'A' ? join(nums.slice(0, 3)) + ' ' + nums[3] + nums[4] + join(nums.slice(5)) : join(nums)
    // A command repeated may drop its letter (not after M, where more pairs would mean L).
    const cost = (letter, body) => (letter === last && cmd !== 'M' ? (needsSep(out, body) ? 1 : 0) : 1) + body.length
    const abs = show(a), rel = show(r), lower = cmd.toLowerCase()
    const [letter, body] = cost(lower, rel) <= cost(cmd, abs) ? [lower, rel] : [cmd, abs]
    if (letter === last && cmd !== 'M') out += (needsSep(out, body) ? ' ' : '') + body
    else out += letter + body
    last = letter
    x = ex; y = ey
    if (cmd === 'M') { sx = x; sy = y }
  }
  return out
}

const header = (title) =>
  `// ${title} icon from simple-icons ${version} (CC0), compacted by scripts/icons.js; do not edit.\n`

// Writes the files only when run as a script; tests import compact() without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [id, key] of Object.entries(BRANDS)) {
    const icon = icons[key]
    const file = new URL(`../src/icons/${id}.ts`, import.meta.url)
    const text = header(icon.title) + `export default '${compact(icon.path)}'\n`
    writeFileSync(file, text)
    console.log(`${id.padEnd(11)} ${String(icon.path.length).padStart(5)} → ${compact(icon.path).length} characters`)
  }
}
