// Under exactOptionalPropertyTypes an optional property typed `?: T` refuses `undefined`, so an
// app cannot pass its own optional props through (`{ title: props.title }`). Every optional
// property of the shipped types says `| undefined`.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'

for (const file of ['sharecue.d.ts', 'og.d.ts', 'global.d.ts']) {
  test(`every optional property in dist/${file} accepts undefined`, () => {
    const text = readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8')
    // A property declaration: indented, a name, `?:`, its type to the end of the line.
    const optional = text.split('\n').filter((line) => /^\s+(readonly\s+)?\[?[\w\s]+\]?\?: /.test(line))
    assert.ok(optional.length > (file == 'global.d.ts' ? 0 : 5), 'no optional property found: the pattern is stale')
    assert.deepEqual(optional.filter((line) => !/\| undefined;?$/.test(line.trim())), [])
  })
}
