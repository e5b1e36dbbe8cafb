import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Env } from '../../src/env'
import type { ShareEvent } from '../../src/types'
import { testEnv } from '../env'
import { createRuntime } from '../../src/runtime/create-runtime'
import { createEvent } from '../../src/events/create-event'

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

describe('a sharer opening their own link', () => {
  const other = 'Fr1endShare_00000000x'
  /** A page view that shares, with its events going somewhere (a transport): one share_click per id, as a widget reports it. */
  const share = async (ids: string[], env?: Env, sink = true) => {
    happy.setURL('https://shop.example/p/1')
    const page = await load(env)
    if (sink) page.runtime.configure({ transport: () => {} })
    for (const id of ids) page.runtime.report(createEvent('share_click', { widget: 'w', channel: 'whatsapp', shareId: id }, Date.now(), location.href))
    return page
  }

  it('is reported, marked preview (no figure counts it), and is no arrival: no parent for later shares, nothing to credit an order to', async () => {
    await share([scid])
    happy.setURL(`https://shop.example/p/1?utm_source=whatsapp&scid=${scid}`)
    const own = await load()
    own.detectLanding()
    expect(own.events).toHaveLength(1)
    expect(own.events[0]).toMatchObject({ type: 'share_landing', shareId: scid, channel: 'whatsapp', preview: true })
    expect(own.parentShareId()).toBeUndefined()
    expect(own.runtime.env.storage()?.getItem('sharecue:parent')).toBeNull()
    // The address loses the share id all the same.
    expect(location.href).toBe('https://shop.example/p/1?utm_source=whatsapp')
  })

  it('leaves a friend\'s link in the same browser a friend\'s: a landing not marked, an arrival', async () => {
    await share([scid])
    happy.setURL(`https://shop.example/p/1?utm_source=whatsapp&scid=${other}`)
    const friend = await load()
    friend.detectLanding()
    expect(friend.events[0]).toMatchObject({ type: 'share_landing', shareId: other })
    expect(friend.events[0]!.preview).toBeUndefined()
    expect(friend.parentShareId()).toBe(other)
  })

  it('keeps the 50 latest share ids, newest first, in at most 1,100 characters: an older one is a friend\'s again', async () => {
    const ids = Array.from({ length: 60 }, (_, n) => `own_${String(n).padStart(17, '0')}`)
    await share(ids)
    const stored = localStorage.getItem('sharecue:mine')!
    expect(stored.length).toBeLessThanOrEqual(1100)
    expect(stored.startsWith(`${ids[59]} ${ids[58]} `)).toBe(true)
    for (const [n, expected] of [[59, true], [10, true], [9, false], [0, false]] as const) {
      localStorage.removeItem('sharecue:parent')
      happy.setURL(`https://shop.example/p/1?scid=${ids[n]}`)
      const page = await load()
      page.detectLanding()
      expect(page.events[0]!.preview === true, `share ${n}`).toBe(expected)
    }
  })

  it('keeps nothing without consent, nor under Global Privacy Control: its link then counts as a friend\'s', async () => {
    const page = await share([])
    page.runtime.configure({ consent: 'pending' })
    page.runtime.report(createEvent('share_click', { widget: 'w', channel: 'x', shareId: scid }, Date.now(), location.href))
    const navigator = Object.assign(Object.create(window.navigator), { globalPrivacyControl: true })
    await share([other], testEnv({ navigator }).env)
    expect(localStorage.getItem('sharecue:mine')).toBeNull()
    happy.setURL(`https://shop.example/p/1?scid=${scid}`)
    const later = await load()
    later.detectLanding()
    expect(later.events[0]!.preview).toBeUndefined()
    expect(later.parentShareId()).toBe(scid)
  })

  it('opened before consent is known, counts as a friend\'s landing; consent given then, it is no arrival: nothing remembered, no parent', async () => {
    await share([scid])
    happy.setURL(`https://shop.example/p/1?scid=${scid}`)
    const own = await load()
    own.runtime.configure({ consent: 'pending' })
    own.detectLanding()
    expect(own.events[0]!.preview).toBeUndefined()
    expect(own.parentShareId()).toBe(scid)
    own.runtime.consent(true)
    expect(own.parentShareId()).toBeUndefined()
    expect(localStorage.getItem('sharecue:parent')).toBeNull()
  })

  it('keeps nothing where events go nowhere (no endpoint, transport or dataLayer): a page without stores nothing at a click', async () => {
    await share([scid], undefined, false)
    expect(localStorage.length).toBe(0)
  })

  it('forgets its shares when consent is refused, with everything else of sharecue\'s', async () => {
    const page = await share([scid])
    expect(localStorage.getItem('sharecue:mine')).toContain(scid)
    page.runtime.consent(false)
    expect(localStorage.getItem('sharecue:mine')).toBeNull()
  })
})
