import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ShareEvent } from '../../src/types'
import { testEnv } from '../env'

const happy = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM
const scid = 'V1StGXR8_Z5jdHi6B-myT'

/** A fresh copy of the modules: the landing is checked once per page view. */
const load = async () => {
  vi.resetModules()
  const landing = await import('../../src/events/landing')
  const hub = await import('../../src/events/hub')
  const events: ShareEvent[] = []
  hub.on('*', (event) => events.push(event))
  return { ...landing, events }
}

beforeEach(() => localStorage.clear())
afterEach(() => happy.setURL('http://localhost:3000/'))

describe('detectLanding', () => {
  it('reports one share_landing for a page opened through a shared link, and takes scid out of the address', async () => {
    happy.setURL(`https://shop.example/p/1?color=red&utm_source=whatsapp&utm_medium=social&utm_campaign=bf&scid=${scid}#reviews`)
    const { detectLanding, parentShareId, events } = await load()
    const { env } = testEnv()
    detectLanding(env, () => {})
    detectLanding(env, () => {})
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ type: 'share_landing', shareId: scid, channel: 'whatsapp' })
    expect(events[0]!.page).toContain(`scid=${scid}`)
    expect(location.href).toBe('https://shop.example/p/1?color=red&utm_source=whatsapp&utm_medium=social&utm_campaign=bf#reviews')
    expect(parentShareId(testEnv().env)).toBe(scid)
  })

  it('remembers the arrival for the visitor’s later pages, with consent', async () => {
    happy.setURL(`https://shop.example/p/1?scid=${scid}`)
    const first = await load()
    first.detectLanding(testEnv().env, () => {})
    happy.setURL('https://shop.example/p/2')
    const later = await load()
    later.detectLanding(testEnv().env, () => {})
    expect(later.events).toHaveLength(0)
    expect(later.parentShareId(testEnv().env)).toBe(scid)
  })

  it('remembers nothing across pages under Global Privacy Control', async () => {
    happy.setURL(`https://shop.example/p/1?scid=${scid}`)
    const { detectLanding, parentShareId, events } = await load()
    const navigator = Object.assign(Object.create(window.navigator), { globalPrivacyControl: true })
    detectLanding(testEnv({ navigator }).env, () => {})
    expect(events).toHaveLength(1)
    expect(parentShareId(testEnv().env)).toBe(scid)
    expect(localStorage.length).toBe(0)
  })

  it('remembers the arrival once consent comes after the landing', async () => {
    happy.setURL(`https://shop.example/p/1?scid=${scid}`)
    const { detectLanding } = await load()
    const { globalConfig } = await import('../../src/config/global-config')
    const { consent } = await import('../../src/events/consent')
    globalConfig.consent = false
    detectLanding(testEnv().env, () => {})
    expect(localStorage.length).toBe(0)
    consent(true, testEnv().env)
    expect(localStorage.getItem('sharecue:parent')).toBe(scid)
  })

  it('ignores a scid that is not a share id', async () => {
    happy.setURL('https://shop.example/p/1?scid=%3Cscript%3E')
    const { detectLanding, parentShareId, events } = await load()
    detectLanding(testEnv().env, () => {})
    expect(events).toHaveLength(0)
    expect(parentShareId(testEnv().env)).toBeUndefined()
  })

  it('leaves out a channel that is not one of ours', async () => {
    happy.setURL(`https://shop.example/p/1?utm_source=newsletter&scid=${scid}`)
    const { detectLanding, events } = await load()
    detectLanding(testEnv().env, () => {})
    expect(events[0]!.channel).toBeUndefined()
  })
})
