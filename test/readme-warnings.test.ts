// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { errors } from '../src/lib/errors'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
/** The README's section on bad input, with its table of warnings. */
const section = readme.slice(readme.indexOf('## Bad input'), readme.indexOf('## Events'))

describe('the README\'s table of warnings', () => {
  it('lists every code of the error table once, and no other', () => {
    const listed = section.match(/^\| SC\d{3} /gm)?.map((row) => row.slice(2, -1))
    expect(listed).toEqual(Object.keys(errors).sort())
  })

  it('names the file the texts are in', () => {
    const file = /The texts are in `([^`]+)`/.exec(section)?.[1]
    expect(file, 'a file named').toBeDefined()
    expect(existsSync(new URL(`../${file}`, import.meta.url)), file).toBe(true)
  })
})
