import { beforeEach, describe, expect, it } from 'vitest'
import type { GlobalOptions } from '../../src/types'
import { eventually, testEnv } from '../env'

/** A window of its own for each test: its runtime's configure() and options. */
let page = testEnv()
beforeEach(() => { page = testEnv() })
const configure = (options: GlobalOptions) => page.runtime.configure(options)
const codes = () => page.codes()

describe('configure', () => {
  it('resolves the endpoint against the page', () => {
    configure({ endpoint: '/share-events' })
    expect(page.runtime.config.endpoint).toBe(new URL('/share-events', document.baseURI).href)
  })

  it('refuses a non-http(s) endpoint with SC102 and keeps the old one', async () => {
    configure({ endpoint: 'javascript:alert(1)' })
    expect(page.runtime.config.endpoint).toBeUndefined()
    await eventually(() => expect(codes()).toEqual(['SC102']))
  })

  it('keeps what it is not given', () => {
    configure({ campaign: 'bf' })
    configure({ locale: 'de' })
    expect(page.runtime.config).toMatchObject({ campaign: 'bf', locale: 'de', consent: true })
  })

  it('ignores what is not an object', () => {
    expect(() => configure(null as never)).not.toThrow()
  })
})

describe('configure consent', () => {
  it('reads granted and pending, true and false', () => {
    configure({ consent: 'pending' })
    expect(page.runtime.config.consent).toBe(false)
    configure({ consent: 'granted' })
    expect(page.runtime.config.consent).toBe(true)
    configure({ consent: false })
    expect(page.runtime.config.consent).toBe(false)
    configure({ consent: true })
    expect(page.runtime.config.consent).toBe(true)
  })

  it('keeps consent as it was for anything else, with SC107', async () => {
    configure({ consent: 'pending' })
    configure({ consent: 'yes' as never })
    expect(page.runtime.config.consent).toBe(false)
    await eventually(() => expect(codes()).toEqual(['SC107']))
  })
})

describe('configure batches', () => {
  it('takes a batch size of 1–500 and a wait of 0–60 s, and warns SC107 for others', async () => {
    configure({ batchSize: 25, batchWait: 500 })
    expect(page.runtime.config).toMatchObject({ batchSize: 25, batchWait: 500 })
    configure({ batchSize: 0, batchWait: -1 })
    configure({ batchSize: 'lots' as never })
    expect(page.runtime.config).toMatchObject({ batchSize: 25, batchWait: 500 })
    await eventually(() => expect(codes()).toEqual(['SC107', 'SC107', 'SC107']))
  })
})
