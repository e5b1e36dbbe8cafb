// Locales: the page's language picks the channels, the names and the direction; a widget's own
// data-locale wins over the page's. Languages other than English load lazily.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DISPLAY_NAMES } from './contract.js'
import { controls, inShadow, settle, useBrowser, waitForWidget } from './harness.js'
import { ROOT } from './server.js'

const h = useBrowser()
const PRODUCT = 'https://shop.example/p/field-lantern?finish=brass'
const AR_FILE = join(ROOT, 'dist', 'sc-locale-ar.js')
const NO_AR = 'no ar locale yet'

const zhHtml = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>野营灯 | Shop Example</title>
  <link rel="stylesheet" href="/test/browser/pages/shop.css">
  <script src="/dist/sharecue.js" async></script>
</head>
<body>
  <main>
    <h1>野营灯</h1>
    <div id="zh" class="share" data-sharecue data-url="${PRODUCT}" data-title="野营灯"
         data-image="https://shop.example/img/lantern.jpg"></div>
    <div id="en" class="share" data-sharecue data-locale="en" data-url="${PRODUCT}" data-title="Field Lantern"
         data-image="https://shop.example/img/lantern.jpg"></div>
  </main>
</body>
</html>`

const arHtml = `<!doctype html>
<html lang="ar">
<head>
  <meta charset="utf-8">
  <title>فانوس | Shop Example</title>
  <link rel="stylesheet" href="/test/browser/pages/shop.css">
  <script src="/dist/sharecue.js" async></script>
</head>
<body>
  <main>
    <h1>فانوس</h1>
    <div id="ar" class="share" data-sharecue data-url="${PRODUCT}" data-title="فانوس"
         data-image="https://shop.example/img/lantern.jpg"></div>
  </main>
</body>
</html>`

/** Waits until the widget in `selector` shows `channel` (a lazily loaded locale redraws it). */
const waitForChannel = (page, selector, channel) => page.waitForFunction(([sel, id]) =>
  !!document.querySelector(sel)?.shadowRoot?.querySelector(`[data-channel="${id}"]`), [selector, channel])

test('on a <html lang="zh-CN"> page a target without data-channels shows wechat, weibo, qq, qzone first, names WeChat 微信, and loads sc-locale-zh-CN.js', async () => {
  const s = await h.open('/inline/zh.html', { html: zhHtml })
  await waitForWidget(s.page, '#zh', { session: s })
  await waitForChannel(s.page, '#zh', 'wechat')
  const list = await controls(s.page, '#zh')
  assert.deepEqual(list.slice(0, 4).map((c) => c.channel), ['wechat', 'weibo', 'qq', 'qzone'])
  const wechat = list.find((c) => c.channel === 'wechat')
  assert.equal(wechat.tag, 'button')
  assert.match(wechat.name, /微信/, `accessible name of wechat: ${JSON.stringify(wechat.name)}`)
  const lang = await inShadow(s.page, '#zh', (root) => root.querySelector('[role="group"]')?.getAttribute('lang'))
  assert.equal(lang, 'zh-CN')
  const locale = h.server.requests.filter((r) => r.pathname === '/dist/sc-locale-zh-CN.js')
  assert.equal(locale.length, 1, `requests for /dist/sc-locale-zh-CN.js: ${locale.length}`)
  assert.equal(locale[0].status, 200)
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('on the same zh-CN page a target with data-locale="en" shows the English defaults, whatsapp its first web channel, with English names', async () => {
  const s = await h.open('/inline/zh.html', { html: zhHtml })
  await waitForWidget(s.page, '#en', { session: s })
  const list = await controls(s.page, '#en')
  const links = list.filter((c) => c.tag === 'a')
  assert.equal(links[0]?.channel, 'whatsapp', `controls: ${list.map((c) => c.channel).join(', ')}`)
  // English defaults: native (only where Web Share can share), whatsapp, facebook, x, pinterest, email, copy.
  const english = ['native', 'whatsapp', 'facebook', 'x', 'pinterest', 'email', 'copy']
  assert.deepEqual(list.map((c) => c.channel), english.filter((id) => list.some((c) => c.channel === id)))
  assert.ok(list.length >= 6, `controls: ${list.map((c) => c.channel).join(', ')}`)
  for (const c of list) assert.match(c.name, DISPLAY_NAMES[c.channel], `${c.channel}: ${c.name}`)
  assert.ok(!list.some((c) => c.channel === 'wechat'))
  await settle(s)
  assert.deepEqual(s.warnings, [])
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('on a <html lang="ar"> page the widget renders right to left: dir="rtl" on its group, the first control to the right of the second', { skip: existsSync(AR_FILE) ? false : NO_AR }, async (t) => {
  // dist/ may be rebuilt by others between loading this file and running the test.
  if (!existsSync(AR_FILE)) return t.skip(NO_AR)
  const s = await h.open('/inline/ar.html', { html: arHtml })
  await waitForWidget(s.page, '#ar', { session: s })
  await waitForChannel(s.page, '#ar', 'telegram') // in the Arabic defaults, not the English ones
  assert.ok(h.server.requests.some((r) => r.pathname === '/dist/sc-locale-ar.js' && r.status === 200), 'sc-locale-ar.js loaded')
  const layout = await inShadow(s.page, '#ar', (root) => {
    const group = root.querySelector('[role="group"]')
    const [first, second] = [...root.querySelectorAll('[data-channel]')]
    const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top } }
    return {
      dir: group?.getAttribute('dir'),
      lang: group?.getAttribute('lang'),
      direction: group ? getComputedStyle(group).direction : null,
      first: { channel: first.getAttribute('data-channel'), ...box(first) },
      second: { channel: second.getAttribute('data-channel'), ...box(second) },
    }
  })
  assert.equal(layout.dir, 'rtl')
  assert.equal(layout.lang, 'ar')
  assert.equal(layout.direction, 'rtl')
  assert.equal(layout.first.top, layout.second.top, 'the first two controls share a row')
  assert.ok(layout.first.left >= layout.second.right,
    `first control (${layout.first.channel}, left ${layout.first.left}) should sit right of the second (${layout.second.channel}, right ${layout.second.right})`)
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})
