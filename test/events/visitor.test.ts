import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testEnv } from '../env'
import { globalConfig } from '../../src/config/global-config'

/** A fresh copy of the module: the page view's id lives as long as the page. */
const load = async () => {
  vi.resetModules()
  const visitor = await import('../../src/events/visitor')
  const { globalConfig: config } = await import('../../src/config/global-config')
  return { ...visitor, config }
}

const gpc = () => {
  const { env } = testEnv()
  return { ...env, navigator: Object.assign(Object.create(env.navigator), { globalPrivacyControl: true }) }
}

beforeEach(() => localStorage.clear())
afterEach(() => { globalConfig.consent = true })

describe('assignVariant', () => {
  it('gives one visitor the same variant every time, whatever order the names come in', async () => {
    const { assignVariant } = await load()
    for (let i = 0; i < 50; i++) {
      const visitor = `visitor-${i}`.padEnd(21, 'x')
      expect(assignVariant(['a', 'b', 'c'], visitor)).toBe(assignVariant(['c', 'a', 'b'], visitor))
    }
  })

  it('deals visitors to the variants about evenly', async () => {
    const { assignVariant } = await load()
    const { shareId } = await import('../../src/lib/share-id')
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 }
    for (let i = 0; i < 3000; i++) counts[assignVariant(['a', 'b', 'c'], shareId())!]!++
    // 1000 expected each; 4 standard deviations (about 103) either side.
    for (const n of Object.values(counts)) expect(Math.abs(n - 1000)).toBeLessThan(105)
  })

  it('assigns nothing without variants', async () => {
    expect((await load()).assignVariant([], 'someone')).toBeUndefined()
  })
})

describe('visitorId', () => {
  it('stores a random id with consent and reads it on the next page view', async () => {
    const first = await load()
    const id = first.visitorId(testEnv().env)
    expect(id).toMatch(/^[\w-]{21}$/)
    expect(localStorage.getItem('sharecue:visitor')).toBe(id)
    const next = await load()
    expect(next.visitorId(testEnv().env)).toBe(id)
  })

  it('keeps the id to the page view, storing nothing, before consent and under GPC', async () => {
    const pending = await load()
    pending.config.consent = false
    const id = pending.visitorId(testEnv().env)
    expect(pending.visitorId(testEnv().env)).toBe(id)
    expect(localStorage.length).toBe(0)
    const underGpc = await load()
    underGpc.visitorId(gpc())
    expect(localStorage.length).toBe(0)
  })

  it('keeps this page view’s id once consent arrives, and forgets it when consent is refused', async () => {
    const page = await load()
    page.config.consent = false
    const id = page.visitorId(testEnv().env)
    page.config.consent = true
    page.rememberVisitor(testEnv().env)
    expect(localStorage.getItem('sharecue:visitor')).toBe(id)
    page.config.consent = false
    page.rememberVisitor(testEnv().env)
    expect(localStorage.getItem('sharecue:visitor')).toBeNull()
  })

  it('keeps a stored id when consent arrives on a later visit', async () => {
    localStorage.setItem('sharecue:visitor', 'V1StGXR8_Z5jdHi6B-myT')
    const page = await load()
    page.config.consent = false
    page.visitorId(testEnv().env)
    page.config.consent = true
    page.rememberVisitor(testEnv().env)
    expect(localStorage.getItem('sharecue:visitor')).toBe('V1StGXR8_Z5jdHi6B-myT')
  })

  it('falls back to the page view where storage throws', async () => {
    const { visitorId } = await load()
    const env = testEnv({ storage: () => { throw new Error('denied') } }).env
    expect(visitorId(env)).toBe(visitorId(env))
  })
})
