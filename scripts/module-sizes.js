// Which source files cost what in the script-tag bundle: each module as rollup renders it
// into dist/sharecue.js, minified alone (mangled, not compressed, so nothing is dropped as
// unused) and gzipped alone. Sums overstate the real bundle (gzip works better across
// modules); use it to rank, and `npm run size` for the budget.
//   node scripts/module-sizes.js [filter]
import { rollup } from 'rollup'
import typescript from '@rollup/plugin-typescript'
import nodeResolve from '@rollup/plugin-node-resolve'
import { minify } from 'terser'
import { gzipSync } from 'node:zlib'

const filter = process.argv[2] ?? ''
const bundle = await rollup({
  input: 'src/auto.ts',
  plugins: [nodeResolve({ browser: true }), typescript({ tsconfig: 'tsconfig.json', compilerOptions: { declaration: false, outDir: 'dist' } })],
  onwarn: () => {},
})
const { output } = await bundle.generate({ format: 'es' })
const rows = []
for (const [id, module] of Object.entries(output.find((chunk) => chunk.isEntry).modules)) {
  if (!module.code || !id.includes(filter)) continue
  const { code } = await minify(module.code, { module: true, compress: false, mangle: true })
  rows.push([code.length, gzipSync(code, { level: 9 }).length, id.replace(process.cwd() + '/', '')])
}
rows.sort((a, b) => b[0] - a[0])
const total = rows.reduce((sum, [min, gz]) => [sum[0] + min, sum[1] + gz], [0, 0])
console.log('min\tgz\tmodule')
for (const row of rows) console.log(row.join('\t'))
console.log(`${total[0]}\t${total[1]}\ttotal (${rows.length} modules)`)
