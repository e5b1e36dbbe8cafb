// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { check, configure } from '../../src/runtime/api'

const g = globalThis as unknown as { requests: { url: string; method: string; body: string }[] }


describe('check() of the npm module', () => {
  it('checks the endpoint in force and the page, not the lazy parts (a bundler serves those), and prints the report once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    configure({ endpoint: 'https://collector.example/events' })
    const findings = await check()
    expect(findings.map((f) => f.code)).toEqual(['endpoint', 'canonical', 'json-ld', 'deadline', 'og-image', 'space'])
    expect(findings[0]).toMatchObject({ code: 'endpoint', level: 'ok' })
    expect(g.requests.filter((r) => r.url === 'https://collector.example/events').map((r) => r.body)).toContain('{"v":1,"events":[]}')
    expect(warn.mock.calls.filter(([text]) => String(text).startsWith('[sharecue] check:'))).toHaveLength(1)
  })
})
