// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
/** The README's section on calls before the script loads. */
const section = readme.slice(readme.indexOf('### Calls before the script loads'), readme.indexOf('## The npm module'))

describe('the README\'s queue stub under a strict CSP', () => {
  it('states the sha256 hash of the stub it shows, as a CSP source, computed as browsers do (over the script\'s text)', () => {
    const stub = /```html\n<script>([^]*?)<\/script>\n```/.exec(section)?.[1]
    expect(stub, 'the stub snippet').toBeDefined()
    const stated = section.match(/'sha256-[A-Za-z0-9+/=]+'/g)
    expect(stated, 'one hash stated').toHaveLength(1)
    expect(stated![0]).toBe(`'sha256-${createHash('sha256').update(stub!, 'utf8').digest('base64')}'`)
  })
})
