import { afterEach, describe, expect, it } from 'vitest'
import { configure } from '../../src/config/configure'
import { globalConfig } from '../../src/config/global-config'
import { eventually, testEnv } from '../env'

const saved = { ...globalConfig }
afterEach(() => { Object.assign(globalConfig, saved); delete globalConfig.endpoint })

describe('configure', () => {
  it('resolves the endpoint against the page', () => {
    configure({ endpoint: '/share-events' }, testEnv().env)
    expect(globalConfig.endpoint).toBe(new URL('/share-events', document.baseURI).href)
  })

  it('refuses a non-http(s) endpoint with SC102 and keeps the old one', async () => {
    const { env, codes } = testEnv()
    configure({ endpoint: 'javascript:alert(1)' }, env)
    expect(globalConfig.endpoint).toBeUndefined()
    await eventually(() => expect(codes()).toEqual(['SC102']))
  })

  it('keeps what it is not given', () => {
    configure({ campaign: 'bf' }, testEnv().env)
    configure({ locale: 'de' }, testEnv().env)
    expect(globalConfig).toMatchObject({ campaign: 'bf', locale: 'de', consent: true })
  })

  it('ignores what is not an object', () => {
    expect(() => configure(null as never, testEnv().env)).not.toThrow()
  })
})

describe('configure consent', () => {
  it('reads granted and pending, true and false', () => {
    configure({ consent: 'pending' }, testEnv().env)
    expect(globalConfig.consent).toBe(false)
    configure({ consent: 'granted' }, testEnv().env)
    expect(globalConfig.consent).toBe(true)
    configure({ consent: false }, testEnv().env)
    expect(globalConfig.consent).toBe(false)
    configure({ consent: true }, testEnv().env)
    expect(globalConfig.consent).toBe(true)
  })

  it('keeps consent as it was for anything else, with SC107', async () => {
    const { env, codes } = testEnv()
    configure({ consent: 'pending' }, env)
    configure({ consent: 'yes' as never }, env)
    expect(globalConfig.consent).toBe(false)
    await eventually(() => expect(codes()).toEqual(['SC107']))
  })
})

describe('configure batches', () => {
  it('takes a batch size of 1–500 and a wait of 0–60 s, and warns SC107 for others', async () => {
    const { env, codes } = testEnv()
    configure({ batchSize: 25, batchWait: 500 }, env)
    expect(globalConfig).toMatchObject({ batchSize: 25, batchWait: 500 })
    configure({ batchSize: 0, batchWait: -1 }, env)
    configure({ batchSize: 'lots' as never }, env)
    expect(globalConfig).toMatchObject({ batchSize: 25, batchWait: 500 })
    await eventually(() => expect(codes()).toEqual(['SC107', 'SC107', 'SC107']))
    delete globalConfig.batchSize
    delete globalConfig.batchWait
  })
})
