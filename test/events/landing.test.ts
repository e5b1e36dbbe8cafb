import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Env } from '../../src/env'
import type { ShareEvent } from '../../src/types'
import { testEnv } from '../env'
import { createRuntime } from '../../src/runtime/create-runtime'

const happy = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM
const scid = 'V1StGXR8_Z5jdHi6B-myT'

/**
 * A page view (a runtime of its own): `detectLanding()` is its landing check, `parentShareId()`
 * its arrival, `events` what it reported.
 */
const load = async (env: Env = testEnv().env) => {
  const runtime = createRuntime(env)
  const events: ShareEvent[] = []
  runtime.on('*', (event) => events.push(event))
  return { runtime, events, detectLanding: () => runtime.start(), parentShareId: () => runtime.parentShareId() }
}

beforeEach(() => localStorage.clear())
afterEach(() => happy.setURL('http://localhost:3000/'))

describe('detectLanding', () => {
  it('reports one share_landing for a page opened through a shared link, and takes scid out of the address', async () => {
    happy.setURL(`https://shop.example/p/1?color=red&utm_source=whatsapp&utm_medium=social&utm_campaign=bf&scid=${scid}#reviews`)
    const { detectLanding, parentShareId, events } = await load()
    detectLanding()
    detectLanding()
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ type: 'share_landing', shareId: scid, channel: 'whatsapp' })
    expect(events[0]!.page).toContain(`scid=${scid}`)
    expect(location.href).toBe('https://shop.example/p/1?color=red&utm_source=whatsapp&utm_medium=social&utm_campaign=bf#reviews')
    expect(parentShareId()).toBe(scid)
  })

  it('remembers the arrival for the visitor’s later pages, with consent', async () => {
    happy.setURL(`https://shop.example/p/1?scid=${scid}`)
    const first = await load()
    first.detectLanding()
    happy.setURL('https://shop.example/p/2')
    const later = await load()
    later.detectLanding()
    expect(later.events).toHaveLength(0)
    expect(later.parentShareId()).toBe(scid)
  })

  it('takes a ref parameter that carries the share id out of the address too, and keeps other refs', async () => {
    happy.setURL(`https://shop.example/p/1?ref=${scid}&utm_source=x&scid=${scid}&from=ref`)
    const { detectLanding } = await load()
    detectLanding()
    expect(location.href).toBe('https://shop.example/p/1?utm_source=x&from=ref')
  })

  it('leaves the rest of the address as the shop wrote it (commas, %20, +, an encoded name), for pages that read their own query', async () => {
    happy.setURL(`https://shop.example/p/1?sizes=38,39&q=a%20b+c~&sc%61sk=1&utm_source=x&scid=${scid}&f%C3%BCr=%E2%82%AC#top`)
    const { detectLanding, events } = await load()
    detectLanding()
    expect(events).toHaveLength(1)
    expect(location.href).toBe('https://shop.example/p/1?sizes=38,39&q=a%20b+c~&utm_source=x&f%C3%BCr=%E2%82%AC#top')
  })

  it('reads an arrival stored by an earlier version (the share id alone) as the parent', async () => {
    localStorage.setItem('sharecue:parent', scid)
    happy.setURL('https://shop.example/p/2')
    const { parentShareId } = await load()
    expect(parentShareId()).toBe(scid)
  })

  it('ignores a stored arrival that is no share id (a page\'s own value under the key): no event carries it', async () => {
    for (const stored of ['<img src=x>', 'not-a-share-id whatsapp 1', '', ' ']) {
      localStorage.setItem('sharecue:parent', stored)
      happy.setURL('https://shop.example/p/2')
      const { parentShareId } = await load()
      expect(parentShareId()).toBeUndefined()
    }
  })

  it('remembers nothing across pages under Global Privacy Control', async () => {
    happy.setURL(`https://shop.example/p/1?scid=${scid}`)
    const navigator = Object.assign(Object.create(window.navigator), { globalPrivacyControl: true })
    const { detectLanding, parentShareId, events } = await load(testEnv({ navigator }).env)
    detectLanding()
    expect(events).toHaveLength(1)
    expect(parentShareId()).toBe(scid)
    expect(localStorage.length).toBe(0)
  })

  it('remembers the arrival once consent comes after the landing', async () => {
    happy.setURL(`https://shop.example/p/1?scid=${scid}`)
    const { detectLanding, runtime } = await load()
    runtime.configure({ consent: 'pending' })
    detectLanding()
    expect(localStorage.length).toBe(0)
    runtime.consent(true)
    expect(localStorage.getItem('sharecue:parent')).toMatch(new RegExp(`^${scid} `))
  })

  it('ignores a scid that is not a share id', async () => {
    happy.setURL('https://shop.example/p/1?scid=%3Cscript%3E')
    const { detectLanding, parentShareId, events } = await load()
    detectLanding()
    expect(events).toHaveLength(0)
    expect(parentShareId()).toBeUndefined()
  })

  it('leaves out a channel that is not one of ours', async () => {
    happy.setURL(`https://shop.example/p/1?utm_source=newsletter&scid=${scid}`)
    const { detectLanding, events } = await load()
    detectLanding()
    const [landing] = events
    expect(landing?.type).toBe('share_landing')
    expect(landing?.type == 'share_landing' && landing.channel).toBeUndefined()
  })
})
