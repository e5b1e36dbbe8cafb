import { beforeEach, describe, expect, it } from 'vitest'
import type { Env } from '../../src/env'
import { testEnv } from '../env'
import { defaultConfig } from '../../src/config/global-config'
import { assignVariant, createVisitor } from '../../src/events/visitor'
import { shareId } from '../../src/lib/share-id'

/** A page view: its global options and its visitor. */
const pageView = (env: Env = testEnv().env) => {
  const config = defaultConfig()
  return { config, ...createVisitor(env, config) }
}

const gpc = () => {
  const { env } = testEnv()
  return { ...env, navigator: Object.assign(Object.create(env.navigator), { globalPrivacyControl: true }) }
}

beforeEach(() => localStorage.clear())

describe('assignVariant', () => {
  it('gives one visitor the same variant every time, whatever order the names come in', () => {
    for (let i = 0; i < 50; i++) {
      const visitor = `visitor-${i}`.padEnd(21, 'x')
      expect(assignVariant(['a', 'b', 'c'], visitor)).toBe(assignVariant(['c', 'a', 'b'], visitor))
    }
  })

  it('deals visitors to the variants about evenly', () => {
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 }
    for (let i = 0; i < 3000; i++) counts[assignVariant(['a', 'b', 'c'], shareId())!]!++
    // 1000 expected each; 4 standard deviations (about 103) either side.
    for (const n of Object.values(counts)) expect(Math.abs(n - 1000)).toBeLessThan(105)
  })

  it('assigns nothing without variants', () => {
    expect(assignVariant([], 'someone')).toBeUndefined()
  })
})

describe('createVisitor', () => {
  it('stores a random id with consent and reads it on the next page view', () => {
    const id = pageView().id()
    expect(id).toMatch(/^[\w-]{21}$/)
    expect(localStorage.getItem('sharecue:visitor')).toBe(id)
    expect(pageView().id()).toBe(id)
  })

  it('keeps the id to the page view, storing nothing, before consent and under GPC', () => {
    const pending = pageView()
    pending.config.consent = false
    const id = pending.id()
    expect(pending.id()).toBe(id)
    expect(localStorage.length).toBe(0)
    pageView(gpc()).id()
    expect(localStorage.length).toBe(0)
  })

  it('keeps this page view’s id once consent arrives, and forgets it when consent is refused', () => {
    const page = pageView()
    page.config.consent = false
    const id = page.id()
    page.config.consent = true
    page.remember()
    expect(localStorage.getItem('sharecue:visitor')).toBe(id)
    page.config.consent = false
    page.remember()
    expect(localStorage.getItem('sharecue:visitor')).toBeNull()
  })

  it('keeps a stored id when consent arrives on a later visit', () => {
    localStorage.setItem('sharecue:visitor', 'V1StGXR8_Z5jdHi6B-myT')
    const page = pageView()
    page.config.consent = false
    page.id()
    page.config.consent = true
    page.remember()
    expect(localStorage.getItem('sharecue:visitor')).toBe('V1StGXR8_Z5jdHi6B-myT')
  })

  it('gives one page view one id: consent arriving does not swap it for an id stored on an earlier visit', () => {
    localStorage.setItem('sharecue:visitor', 'V1StGXR8_Z5jdHi6B-myT')
    const page = pageView()
    page.config.consent = false
    const id = page.id()
    page.config.consent = true
    page.remember()
    // Widgets resolved before consent and after it (a later widget, an update(), the full
    // widget taking over) must deal the same variant.
    expect(page.id()).toBe(id)
  })

  it('falls back to the page view where storage throws', () => {
    const page = pageView(testEnv({ storage: () => { throw new Error('denied') } }).env)
    expect(page.id()).toBe(page.id())
  })
})
