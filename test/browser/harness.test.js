// The harness itself: the local server, the off-host guard and the shadow-root helpers work,
// independently of the widget. If these fail, every other browser test is meaningless.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { findChromium, installHint, lookForChromium } from '../../scripts/find-chromium.js'
import { checkHref, checkSharedUrl } from './contract.js'
import { controls, focused, settle, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()

/** A raw GET that keeps the path exactly as written (no `..` normalisation). */
const rawGet = (url, path) => new Promise((done, fail) => {
  const { hostname, port } = new URL(url)
  const req = request({ hostname, port, path, method: 'GET' }, (res) => {
    const chunks = []
    res.on('data', (chunk) => chunks.push(chunk))
    res.on('end', () => done({ status: res.statusCode, type: res.headers['content-type'], body: Buffer.concat(chunks).toString() }))
  })
  req.on('error', fail)
  req.end()
})

test('find-chromium finds an executable, and an explicit CHROMIUM_PATH that does not exist is an error', () => {
  assert.equal(typeof findChromium({ install: false }), 'string')
  assert.throws(() => lookForChromium({ CHROMIUM_PATH: '/nonexistent/chromium' }), /CHROMIUM_PATH=\/nonexistent\/chromium is not an executable/)
  assert.throws(() => findChromium({ install: false, env: {}, candidates: ['/nonexistent/chromium'] }), (error) => {
    assert.match(error.message, /No Chromium or Chrome found/)
    assert.match(error.message, new RegExp(installHint().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    return true
  })
})

test('the server serves repository files with their MIME types and records each request', async () => {
  const cases = [
    ['/package.json', 200, 'application/json'],
    ['/test/browser/pages/json-ld.html', 200, 'text/html'],
    ['/test/browser/harness.js', 200, 'text/javascript'],
    ['/test/browser/pages/shop.css', 200, 'text/css'],
    ['/test/browser/pages/img/trail-shoe.svg', 200, 'image/svg+xml'],
    ['/no/such/file.js', 404, 'text/plain'],
    ['/test/browser', 404, 'text/plain'],
  ]
  h.server.clear()
  for (const [path, status, type] of cases) {
    const res = await rawGet(h.server.url, path)
    assert.equal(res.status, status, path)
    assert.ok(res.type?.startsWith(type), `${path}: content-type ${res.type}`)
  }
  assert.deepEqual(h.server.requests.map((r) => r.pathname), cases.map(([path]) => path))
  assert.equal(h.server.requests[0].method, 'GET')
  assert.equal(typeof h.server.requests[0].headers.host, 'string')
  h.server.clear()
  assert.equal(h.server.requests.length, 0)
})

test('the server refuses to serve anything outside the repository', async () => {
  for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd', '/test/..%5c..%5cetc/passwd', '/%00package.json']) {
    const res = await rawGet(h.server.url, path)
    assert.ok(res.status === 403 || res.status === 404, `${path} answered ${res.status}`)
    assert.ok(!res.body.includes('root:'), `${path} leaked /etc/passwd`)
  }
})

test('the server serves inline pages and extra routes, and records request bodies', async () => {
  h.server.page('/inline/hello.html', '<!doctype html><title>hi</title><p>hello</p>')
  h.server.route('POST', '/collect', (_req, res) => { res.writeHead(204).end() })
  const page = await fetch(h.server.url + '/inline/hello.html')
  assert.equal(page.status, 200)
  assert.match(page.headers.get('content-type') ?? '', /^text\/html/)
  assert.match(await page.text(), /hello/)
  const post = await fetch(h.server.url + '/collect', { method: 'POST', body: '{"v":1,"events":[]}', headers: { 'content-type': 'text/plain;charset=UTF-8' } })
  assert.equal(post.status, 204)
  const recorded = h.server.requests.find((r) => r.method === 'POST')
  assert.equal(recorded?.pathname, '/collect')
  assert.equal(recorded?.body, '{"v":1,"events":[]}')
  assert.equal(recorded?.headers['content-type'], 'text/plain;charset=UTF-8')
})

test('a request to any host but the local server is recorded and aborted; local requests go through', async () => {
  const s = await h.open('/inline/offhost.html', {
    html: `<!doctype html><html lang="en"><title>guard</title>
      <link rel="stylesheet" href="/test/browser/pages/shop.css">
      <button id="b" type="button" onclick="console.log('clicked')">Buy</button>
      <img id="local" src="/test/browser/pages/img/trail-shoe.svg" alt="">
      <img id="remote" src="https://example.invalid/x.png" alt="">
      <script>
        addEventListener('load', () => {
          const remote = document.getElementById('remote'), local = document.getElementById('local')
          console.log('remote:' + remote.naturalWidth + ' local:' + local.naturalWidth)
        })
      </script></html>`,
  })
  await s.page.click('#b')
  await settle(s)
  assert.deepEqual(s.offHost.map((r) => [r.method, r.url, r.resourceType]), [['GET', 'https://example.invalid/x.png', 'image']])
  assert.ok(s.console.some((m) => m.text === 'clicked'), 'the click reached the page')
  assert.ok(s.console.some((m) => m.text === 'remote:0 local:320'), `images: ${s.console.map((m) => m.text).join(' | ')}`)
  assert.ok(h.server.requests.some((r) => r.pathname === '/test/browser/pages/img/trail-shoe.svg' && r.status === 200))
  assert.ok(s.requests.some((r) => r.url === 'https://example.invalid/x.png'), 'context-level request log sees it too')
  assert.throws(() => s.assertNothingLeftLocalhost(), /example\.invalid/)
  s.assertNoPageErrors()
})

test('popups, fetch and beacons to other hosts are caught too, and page errors and dialogs are recorded', async () => {
  const s = await h.open('/inline/leaky.html', {
    html: `<!doctype html><html lang="en"><title>leaky</title><body><script>
      fetch('https://collector.example/e', { method: 'POST', body: 'x' }).catch(() => console.log('fetch failed'))
      navigator.sendBeacon('https://beacon.example/b', 'y')
      window.open('https://popup.example/share', '_blank')
      setTimeout(() => { alert('hi'); throw new Error('boom') }, 50)
    </script></body></html>`,
  })
  await s.page.waitForFunction(() => true)
  await settle(s)
  await new Promise((done) => setTimeout(done, 200))
  const hosts = s.offHost.map((r) => new URL(r.url).host).sort()
  assert.deepEqual(hosts, ['beacon.example', 'collector.example', 'popup.example'])
  assert.equal(s.popups.length, 1, 'the window.open popup, not the page itself')
  assert.deepEqual(s.dialogs, [{ type: 'alert', message: 'hi' }])
  assert.equal(s.errors.length, 1)
  assert.match(String(s.errors[0]), /boom/)
  assert.throws(() => s.assertNoPageErrors(), /boom/)
})

test('waitForWidget fails fast, with a diagnosis, when no widget mounts', async () => {
  const s = await h.open('/inline/no-widget.html', {
    html: '<!doctype html><html lang="en"><title>none</title><div id="t" data-sharecue data-channels="facebook"></div></html>',
  })
  const started = performance.now()
  await assert.rejects(waitForWidget(s.page, '#t', { session: s }), (error) => {
    assert.match(error.message, /widget did not mount in "#t": sharecue\.js ran but window\.ShareCue is not defined/)
    assert.match(error.message, /shadow root: none/)
    return true
  })
  assert.ok(performance.now() - started < 4000, 'failed fast')
  await assert.rejects(waitForWidget(s.page, '#missing', { timeout: 300 }), /target: NOT FOUND/)
})

test('controls() and focused() read a shadow root the way the widget tests need', async () => {
  // A hand-made stand-in for a widget: an open shadow root with a link and a button.
  const s = await h.open('/inline/fake-widget.html', {
    html: `<!doctype html><html lang="en"><title>fake</title>
      <div id="t"></div>
      <script>
        const root = document.getElementById('t').attachShadow({ mode: 'open' })
        root.innerHTML = '<a data-channel="facebook" href="https://www.facebook.com/sharer/sharer.php?u=x" target="_blank" rel="noopener noreferrer">'
          + '<svg aria-hidden="true"><path d="M0 0h1"/></svg><span>Facebook</span></a>'
          + '<button type="button" data-channel="copy" aria-label="Copy link"><svg><title>ignored</title></svg></button>'
          + '<button type="button" data-channel="wechat"><span id="l">WeChat</span><span aria-hidden="true">QR</span></button>'
      </script></html>`,
  })
  assert.equal(await waitForWidget(s.page, '#t'), 3)
  assert.deepEqual(await controls(s.page, '#t'), [
    { channel: 'facebook', tag: 'a', href: 'https://www.facebook.com/sharer/sharer.php?u=x', target: '_blank', rel: 'noopener noreferrer', type: null, role: null, name: 'Facebook' },
    { channel: 'copy', tag: 'button', href: null, target: null, rel: null, type: 'button', role: null, name: 'Copy link' },
    { channel: 'wechat', tag: 'button', href: null, target: null, rel: null, type: 'button', role: null, name: 'WeChat' },
  ])
  await s.page.keyboard.press('Tab')
  assert.deepEqual(await focused(s.page), { host: 't', channel: 'facebook', tag: 'a' })
  await s.page.keyboard.press('Tab')
  assert.deepEqual(await focused(s.page), { host: 't', channel: 'copy', tag: 'button' })
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('the contract checkers accept a correct share link and name what is wrong with a bad one', () => {
  const product = 'https://shop.example/p/a?color=red#reviews'
  const shared = 'https://shop.example/p/a?color=red&utm_source=x&utm_medium=social&utm_campaign=sharecue&scid=V1StGXR8_Z5jdHi6B-myT'
  assert.deepEqual(checkSharedUrl(shared, { product, channel: 'x' }), { problems: [], scid: 'V1StGXR8_Z5jdHi6B-myT' })
  assert.deepEqual(checkSharedUrl(shared + '#reviews', { product, channel: 'x' }).problems, [`fragment "#reviews" in ${shared}#reviews`])
  const good = 'https://x.com/intent/tweet?text=Nice%20shoe&url=' + encodeURIComponent(shared)
  assert.deepEqual(checkHref(good, 'x', { product, text: 'Nice shoe' }), [])
  const bad = 'https://twitter.com/intent/tweet?text=Nice&url=' + shared.replace('scid=V1StGXR8_Z5jdHi6B-myT', 'scid=short') + '#reviews&via=shop'
  const problems = checkHref(bad, 'x', { product, text: 'Nice shoe' }).join('\n')
  assert.match(problems, /endpoint https:\/\/twitter\.com\/intent\/tweet instead of https:\/\/x\.com\/intent\/tweet/)
  assert.match(problems, /unencoded "#"/)
  assert.match(problems, /unexpected parameter via/)
  assert.match(problems, /text="Nice" is not "Nice shoe"/)
  assert.deepEqual(checkHref(good.replace('Nice%20shoe', 'Nice%20s%E2%80%A6'), 'x', { product, text: 'Nice shoe' }), [], 'shortened copy')
  assert.deepEqual(checkHref(good, 'x', { product, textIncludes: ['shoe'] }), [])
  assert.match(checkHref(good, 'x', { product, textIncludes: ['boot'] }).join(), /contains none of \["boot"\]/)
  const mail = 'mailto:?subject=Shoe&body=' + encodeURIComponent('Look: ' + shared.replace('utm_source=x', 'utm_source=email'))
  assert.deepEqual(checkHref(mail, 'email', { product, title: 'Shoe', text: 'Look:' }), [])
})
