// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { checkChunks } from '../../src/check/check-chunks'
import { network } from './kit'

const script = 'https://cdn.example/assets/sharecue.js'
/** An import() that fails, as the browser's does for a missing, refused or blocked module. */
const refused = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))

describe('checkChunks', () => {
  it('imports sc-app.js from beside the script as the lazy parts load, under a URL of its own, and is ok when that works, fetching nothing', async () => {
    const { env, requests } = network(200)
    const imported: string[] = []
    expect(await checkChunks(env, script, async (url) => { imported.push(url) })).toEqual({
      code: 'chunks', level: 'ok', fix: '',
      message: 'The lazy parts (icons, languages, the full widget) load from https://cdn.example/assets/.',
    })
    expect(imported).toEqual(['https://cdn.example/assets/sc-app.js?check'])
    expect(requests).toEqual([])
  })

  it('when the import fails, fetches sc-app.js as a module would be fetched (CORS, not from the cache) to say why', async () => {
    const { env, requests } = network(404)
    await checkChunks(env, script, refused)
    expect(requests[0]).toMatchObject({ url: 'https://cdn.example/assets/sc-app.js', init: { mode: 'cors', cache: 'no-store' } })
  })

  it('is an error about the page\'s CSP script-src when the import fails though the file can be fetched with CORS', async () => {
    const { env } = network(200)
    const found = await checkChunks(env, script, refused)
    expect(found.level).toBe('error')
    expect(found.message).toContain('did not run it as a module: the page\'s Content-Security-Policy may not allow scripts from https://cdn.example/assets/')
    expect(found.fix).toMatch(/^Add https:\/\/cdn\.example to script-src/)
  })

  it('is an error naming the status and the folder to copy the files into when the part is missing', async () => {
    const { env } = network(404)
    const found = await checkChunks(env, script, refused)
    expect(found.level).toBe('error')
    expect(found.message).toMatch(/^https:\/\/cdn\.example\/assets\/sc-app\.js answered 404: /)
    expect(found.fix).toBe('Copy every dist/sc-*.js file of the same version into https://cdn.example/assets/, beside the script.')
  })

  it('is an error about Access-Control-Allow-Origin when the server answers but refuses CORS', async () => {
    const { env, requests } = network('refused', 200)
    const found = await checkChunks(env, script, refused)
    expect(found.level).toBe('error')
    expect(found.message).toContain(`without Access-Control-Allow-Origin for ${location.origin}`)
    expect(found.fix).toBe('Make the server or CDN of https://cdn.example/assets/ send "Access-Control-Allow-Origin: *" with the sc-*.js files (they hold no secrets).')
    expect(requests.map((r) => r.init.mode)).toEqual(['cors', 'no-cors'])
  })

  it('is an error saying the files cannot be reached when nothing answers', async () => {
    const { env } = network('refused', 'refused')
    const found = await checkChunks(env, script, refused)
    expect(found.level).toBe('error')
    expect(found.message).toMatch(/could not be reached \(TypeError: Failed to fetch; or the page's CSP connect-src refused this check's request\)/)
    expect(found.fix).toMatch(/^Copy every dist\/sc-\*\.js file/)
  })

  it('gives up on a server that does not answer in time, and says it could not be reached', async () => {
    const timers: (() => void)[] = []
    const { env } = network(200, 200, {
      fetch: (_url, init) => new Promise((_, fail) => init.signal!.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError')))),
      setTimeout: (fn) => (timers.push(fn), 0 as never),
      clearTimeout: () => {},
    })
    const found = checkChunks(env, script, refused)
    // The CORS request, then the one without CORS: each waits for its time limit.
    for (let i = 0; i < 2; i++) {
      await vi.waitFor(() => expect(timers).toHaveLength(1))
      timers.shift()!()
    }
    expect((await found).message).toMatch(/could not be reached \(AbortError/)
  })
})
