// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { checkEndpoint } from '../../src/check/check-endpoint'
import { network } from './kit'

const endpoint = 'https://collector.example/events'

describe('checkEndpoint', () => {
  it('is ok, with nothing sent, when no endpoint is set', async () => {
    const { env, requests } = network(204)
    expect(await checkEndpoint(env, undefined)).toMatchObject({ code: 'endpoint', level: 'ok', fix: '' })
    expect(requests).toEqual([])
  })

  it('posts an empty batch as events go (text/plain, no preflight), so no event is counted', async () => {
    const { env, requests } = network(204)
    await checkEndpoint(env, endpoint)
    expect(requests).toHaveLength(1)
    expect(requests[0]!.url).toBe(endpoint)
    expect(requests[0]!.init).toMatchObject({ method: 'POST', body: '{"v":1,"events":[]}', headers: { 'content-type': 'text/plain;charset=UTF-8' } })
  })

  it('is ok when the endpoint answers 2xx', async () => {
    const { env } = network(204)
    expect(await checkEndpoint(env, endpoint)).toEqual({
      code: 'endpoint', level: 'ok', fix: '',
      message: `The events endpoint ${endpoint} takes batches from ${location.origin} (it answered 204).`,
    })
  })

  it('is an error asking to allow the page\'s origin when the endpoint answers 403', async () => {
    const { env } = network(403)
    const found = await checkEndpoint(env, endpoint)
    expect(found.level).toBe('error')
    expect(found.message).toContain('answered 403 to an empty batch')
    expect(found.message).toContain('dropped')
    expect(found.fix).toBe(`Add ${location.origin} to the endpoint's allowed origins (sharecue's collector: SHARECUE_ORIGINS).`)
  })

  it('says events are retried but not delivered when the endpoint answers 503', async () => {
    const { env } = network(503)
    expect((await checkEndpoint(env, endpoint)).message).toContain('kept and retried, but not delivered')
  })

  it('is an error about Access-Control-Allow-Origin when the endpoint answers without CORS headers for the page', async () => {
    const { env, requests } = network('refused', 204)
    const found = await checkEndpoint(env, endpoint)
    expect(found.level).toBe('error')
    expect(found.message).toContain(`answers without Access-Control-Allow-Origin for ${location.origin}`)
    expect(found.fix).toContain(`"Access-Control-Allow-Origin: ${location.origin}"`)
    expect(requests.map((r) => [r.init.mode, r.init.body])).toEqual([[undefined, '{"v":1,"events":[]}'], ['no-cors', '{"v":1,"events":[]}']])
  })

  it('is an error saying the endpoint cannot be reached when nothing answers', async () => {
    const { env } = network('refused', 'refused')
    const found = await checkEndpoint(env, endpoint)
    expect(found.level).toBe('error')
    expect(found.message).toContain('could not be reached')
    expect(found.fix).toMatch(/data-endpoint/)
  })
})
