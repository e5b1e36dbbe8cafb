// What `npm install` puts on a user's disk: sharecue carries its licence and no fonts; the fonts
// come with their licences in @sharecue/og-fonts, which only servers rendering PNGs install.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'

/** The files `npm pack` would put in the tarball of the package in `folder`. */
const packed = (folder) => {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: new URL(folder, import.meta.url), encoding: 'utf8' }))
  return { files: info.files.map((file) => file.path), unpacked: info.unpackedSize }
}

test('sharecue ships its MIT licence and no font', () => {
  const { files } = packed('../../')
  assert.ok(files.includes('LICENSE'))
  assert.deepEqual(files.filter((file) => /\.(ttf|otf|woff2?)$/.test(file)), [])
  assert.ok(files.includes('dist/global.d.ts') && files.includes('dist/global.d.cts'))
})

test('@sharecue/og-fonts ships the fonts of its three families, each with its licence', () => {
  const { files } = packed('../../packages/og-fonts/')
  for (const family of ['Inter', 'NotoSansSC', 'NotoSansArabic']) {
    assert.ok(files.some((file) => file.startsWith(`${family}-`) && file.endsWith('.ttf')), family)
    assert.ok(files.includes(`LICENSE-${family}.txt`), `LICENSE-${family}.txt`)
  }
  assert.ok(!files.includes('make-fonts.js'), 'the maker is a development tool')
})
