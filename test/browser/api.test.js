// window.ShareCue from the script tag carries the contract's API (CONTRACT §8).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { CHANNELS, ENDPOINTS, checkHref } from './contract.js'
import { controls, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const PAGE = '/test/browser/pages/json-ld.html'
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))

const load = async () => {
  const s = await h.open(PAGE)
  await waitForWidget(s.page, '#share', { session: s })
  return s
}

test('window.ShareCue has mount, configure, shareUrl, on, consent, flush, channels and the package version', async () => {
  const s = await load()
  const api = await s.page.evaluate(() => {
    const api = window.ShareCue
    const kinds = {}
    for (const name of ['mount', 'configure', 'shareUrl', 'on', 'consent', 'flush']) kinds[name] = typeof api[name]
    return { kinds, channels: api.channels && [...api.channels], version: api.version }
  })
  assert.deepEqual(api.kinds, { mount: 'function', configure: 'function', shareUrl: 'function', on: 'function', consent: 'function', flush: 'function' })
  assert.deepEqual([...api.channels].sort(), [...CHANNELS].sort())
  assert.equal(api.version, version)
})

test('ShareCue.shareUrl gives the contract endpoint for web-intent channels and null for action channels', async () => {
  const s = await load()
  const result = await s.page.evaluate(() => {
    const api = window.ShareCue
    const data = { url: 'https://shop.example/p/a?x=1', title: 'A title', text: 'Some text', image: 'https://shop.example/a.jpg' }
    return {
      facebook: api.shareUrl('facebook', data),
      reddit: api.shareUrl('reddit', data),
      copy: api.shareUrl('copy', data),
      wechat: api.shareUrl('wechat', data),
      native: api.shareUrl('native', data),
    }
  })
  assert.ok(result.facebook?.startsWith(ENDPOINTS.facebook.base + '?'), result.facebook)
  assert.equal(new URL(result.facebook).searchParams.get('u')?.startsWith('https://shop.example/p/a?x=1'), true)
  assert.ok(result.reddit?.startsWith(ENDPOINTS.reddit.base + '?'), result.reddit)
  assert.equal(new URL(result.reddit).searchParams.get('title'), 'A title')
  assert.deepEqual([result.copy, result.wechat, result.native], [null, null, null])
  s.assertNoPageErrors()
})

test('ShareCue.mount() mounts, update() re-renders and destroy() releases the controls', async () => {
  const s = await load()
  const shape = await s.page.evaluate(() => {
    const api = window.ShareCue
    const div = document.createElement('div')
    div.id = 'api'
    document.querySelector('main').append(div)
    const widget = api.mount(div, { channels: ['facebook', 'x'], url: 'https://shop.example/p/api-mug', title: 'API Mug' })
    window.apiWidget = widget
    return { update: typeof widget?.update, destroy: typeof widget?.destroy, cardImage: typeof widget?.cardImage }
  })
  assert.deepEqual(shape, { update: 'function', destroy: 'function', cardImage: 'function' })
  await waitForWidget(s.page, '#api', { session: s })
  const list = await controls(s.page, '#api')
  assert.deepEqual(list.map((c) => c.channel), ['facebook', 'x'])
  assert.deepEqual(checkHref(list[0].href, 'facebook', { product: 'https://shop.example/p/api-mug' }), [])

  // update() replaces the options as a whole: the product is given again.
  await s.page.evaluate(() => window.apiWidget.update({ channels: 'reddit', url: 'https://shop.example/p/api-mug', title: 'API Mug' }))
  await s.page.waitForFunction(() => {
    const root = document.getElementById('api').shadowRoot
    return [...root.querySelectorAll('[data-channel]')].map((e) => e.getAttribute('data-channel')).join() === 'reddit'
  })
  assert.deepEqual(checkHref((await controls(s.page, '#api'))[0].href, 'reddit', { product: 'https://shop.example/p/api-mug', title: 'API Mug' }), [])

  await s.page.evaluate(() => { const w = window.apiWidget; w.destroy(); w.destroy() })
  await s.page.waitForFunction(() => !document.getElementById('api').shadowRoot?.querySelector('[data-channel]'))
  s.assertNoPageErrors()
})
