// Where the bytes of the first script go, by source file, as gzip sees them in the bundle:
// each file's share is what the gzipped bundle loses when that file's characters are removed,
// scaled so the shares add up to the real gzip size.
//   SHARECUE_SOURCEMAP=1 npm run build && node scripts/bytes.js [dist/sharecue.js] [--by-folder]
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping'

const args = process.argv.slice(2)
const file = args.find((a) => !a.startsWith('--')) ?? 'dist/sharecue.js'
const byFolder = args.includes('--by-folder')
const code = readFileSync(file, 'utf8')
const map = new TraceMap(readFileSync(file + '.map', 'utf8'))

// The offset of each line's start, to turn (line, column) into an offset.
const lineStarts = [0]
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1)
const owner = new Array(code.length).fill('(glue)')
const marks = []
eachMapping(map, (m) => marks.push([lineStarts[m.generatedLine - 1] + m.generatedColumn, m.source ?? '(glue)']))
marks.sort((a, b) => a[0] - b[0])
for (let i = 0; i < marks.length; i++) {
  const end = i + 1 < marks.length ? marks[i + 1][0] : code.length
  for (let at = marks[i][0]; at < end; at++) owner[at] = marks[i][1]
}
const name = (source) => {
  const path = source.replace(/^.*?\/(src|node_modules)\//, '$1/')
  if (!byFolder) return path
  return path.startsWith('node_modules/') ? path.split('/').slice(0, 2).join('/') : path.split('/').slice(0, -1).join('/') || path
}
const groups = new Map()
for (let i = 0; i < code.length; i++) {
  const key = name(owner[i])
  if (!groups.has(key)) groups.set(key, [])
  groups.get(key).push(i)
}
const gz = (text) => gzipSync(text, { level: 9 }).length
const total = gz(code)
const rows = []
for (const [key, offsets] of groups) {
  const set = new Set(offsets)
  let rest = ''
  for (let i = 0; i < code.length; i++) if (!set.has(i)) rest += code[i]
  rows.push([key, offsets.length, total - gz(rest)])
}
const sum = rows.reduce((s, r) => s + r[2], 0)
rows.sort((a, b) => b[2] - a[2])
console.log(`${file}: ${code.length} B minified, ${total} B gzip\n`)
console.log('≈gz\tmin\tsource')
for (const [key, min, delta] of rows) console.log(`${Math.round(delta * total / sum)}\t${min}\t${key}`)
