// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { checkChunks } from '../../src/check/check-chunks'
import { network } from './kit'

const script = 'https://cdn.example/assets/sharecue.js'

describe('checkChunks', () => {
  it('asks for sc-app.js beside the script, as a module would be loaded (CORS, not from the cache)', async () => {
    const { env, requests } = network(200)
    await checkChunks(env, script)
    expect(requests[0]).toMatchObject({ url: 'https://cdn.example/assets/sc-app.js', init: { mode: 'cors', cache: 'no-store' } })
  })

  it('is ok when the part loads', async () => {
    const { env } = network(200)
    expect(await checkChunks(env, script)).toEqual({
      code: 'chunks', level: 'ok', fix: '',
      message: 'The lazy parts (icons, languages, the full widget) load from https://cdn.example/assets/.',
    })
  })

  it('is an error naming the status and the folder to copy the files into when the part is missing', async () => {
    const { env } = network(404)
    const found = await checkChunks(env, script)
    expect(found.level).toBe('error')
    expect(found.message).toMatch(/^https:\/\/cdn\.example\/assets\/sc-app\.js answered 404: /)
    expect(found.fix).toBe('Copy every dist/sc-*.js file of the same version into https://cdn.example/assets/, beside the script.')
  })

  it('is an error about Access-Control-Allow-Origin when the server answers but refuses CORS', async () => {
    const { env, requests } = network('refused', 200)
    const found = await checkChunks(env, script)
    expect(found.level).toBe('error')
    expect(found.message).toContain(`without Access-Control-Allow-Origin for ${location.origin}`)
    expect(found.fix).toBe('Make the server or CDN of https://cdn.example/assets/ send "Access-Control-Allow-Origin: *" with the sc-*.js files (they hold no secrets).')
    expect(requests.map((r) => r.init.mode)).toEqual(['cors', 'no-cors'])
  })

  it('is an error saying the files cannot be reached when nothing answers', async () => {
    const { env } = network('refused', 'refused')
    const found = await checkChunks(env, script)
    expect(found.level).toBe('error')
    expect(found.message).toMatch(/could not be reached \(TypeError: Failed to fetch\)/)
    expect(found.fix).toMatch(/^Copy every dist\/sc-\*\.js file/)
  })

  it('gives up on a server that does not answer in time, and says it could not be reached', async () => {
    const timers: (() => void)[] = []
    const { env } = network(200, 200, {
      fetch: (_url, init) => new Promise((_, fail) => init.signal!.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError')))),
      setTimeout: (fn) => (timers.push(fn), 0 as never),
      clearTimeout: () => {},
    })
    const found = checkChunks(env, script)
    await Promise.resolve()
    timers.shift()!()
    await new Promise((resolve) => setTimeout(resolve))
    timers.shift()!()
    expect((await found).message).toMatch(/could not be reached \(AbortError/)
  })
})
