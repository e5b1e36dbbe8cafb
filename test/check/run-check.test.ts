// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { runCheck } from '../../src/check/run-check'
import { network, page } from './kit'

const good = page(`<link rel="canonical" href="https://shop.example/p/lantern">
<meta property="og:image" content="https://shop.example/lantern.jpg">
<script type="application/ld+json">{"@type":"Product","name":"Lantern"}</script>`)

const console_ = () => ({ error: vi.fn(), warn: vi.fn(), info: vi.fn() })

describe('runCheck', () => {
  it('gives one finding per check, in order: the lazy parts, the endpoint, then the page', async () => {
    const { env } = network(200, 200, { document: good })
    const out = console_()
    const findings = await runCheck(env, { scriptUrl: 'https://cdn.example/sharecue.js', importModule: async () => ({}), endpoint: 'https://shop.example/events', out })
    expect(findings.map((f) => [f.code, f.level])).toEqual([
      ['chunks', 'ok'], ['endpoint', 'ok'], ['canonical', 'ok'], ['json-ld', 'ok'], ['deadline', 'ok'], ['og-image', 'ok'], ['space', 'ok'],
    ])
  })

  it('leaves the lazy parts out without a script URL and an import() (the npm module, whose chunks a bundler serves)', async () => {
    const { env, requests } = network(200, 200, { document: good })
    const findings = await runCheck(env, { out: console_() })
    expect(findings.map((f) => f.code)).toEqual(['endpoint', 'canonical', 'json-ld', 'deadline', 'og-image', 'space'])
    expect(requests).toEqual([])
  })

  it('prints the report once, as one message at the level of the worst finding, each line with its fix', async () => {
    const { env } = network(404, 404, { document: page('') })
    const out = console_()
    await runCheck(env, { scriptUrl: 'https://cdn.example/sharecue.js', importModule: () => Promise.reject(new TypeError('404')), out })
    expect(out.error).toHaveBeenCalledTimes(1)
    expect(out.warn).not.toHaveBeenCalled()
    const text = out.error.mock.calls[0]![0] as string
    expect(text.split('\n')[0]).toBe('[sharecue] check: 1 error(s), 3 warning(s), 3 fine')
    expect(text).toContain('✗ chunks: https://cdn.example/sc-app.js answered 404')
    expect(text).toContain('\n    Fix: Copy every dist/sc-*.js file')
    expect(text).toContain('! og-image: The page has no og:image')
    expect(text).toContain('✓ endpoint: No events endpoint is set')
  })

  it('prints as info when all is well, and as a warning when the worst is a warning', async () => {
    const out = console_()
    await runCheck(network(200, 200, { document: good }).env, { out })
    expect(out.info).toHaveBeenCalledTimes(1)
    const worse = console_()
    await runCheck(network(200, 200, { document: page('') }).env, { out: worse })
    expect(worse.warn).toHaveBeenCalledTimes(1)
    expect(worse.info).not.toHaveBeenCalled()
  })

  it('still returns its findings when the console throws', async () => {
    const out = { error: () => { throw new Error('no console') }, warn: () => { throw new Error('no console') }, info: () => { throw new Error('no console') } }
    expect(await runCheck(network(200, 200, { document: page('') }).env, { out })).toHaveLength(6)
  })
})
