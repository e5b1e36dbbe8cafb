// Other frameworks and frames around the widget: a React 19 app that renders and swaps a share
// target, another copy of Preact with its own options hook, and iframes (same origin, and
// sandboxed without it). Everything keeps working and nothing leaks between them.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkHref } from './contract.js'
import { useBrowser, waitForWidget } from './harness.js'
import { attr } from './fixtures.js'
import { ROOT } from './server.js'

const h = useBrowser()
const PRODUCT = { url: 'https://shop.example/p/field-lantern?finish=brass', title: 'Field Lantern', sku: 'FL-1' }

/** A small React 19 app, bundled now with esbuild: a counter, and a product whose share target it renders and swaps. */
const reactApp = async () => {
  const { build } = await import('esbuild')
  const contents = `
    import { useState } from 'react'
    import { createRoot } from 'react-dom/client'
    const products = ${JSON.stringify([PRODUCT, { url: 'https://shop.example/p/trail-shoe', title: 'Trail Shoe', sku: 'TS-42' }])}
    const App = () => {
      const [count, setCount] = useState(0)
      const [index, setIndex] = useState(0)
      const product = products[index]
      return <section>
        <button id="react-count" onClick={() => setCount(count + 1)}>{'clicked ' + count}</button>
        <button id="react-next" onClick={() => setIndex((index + 1) % products.length)}>next product</button>
        <h2>{product.title}</h2>
        <div key={product.url} id="react-share" data-sharecue="" data-url={product.url} data-title={product.title} data-channels="x,telegram,copy" />
      </section>
    }
    createRoot(document.getElementById('app')).render(<App />)`
  const result = await build({
    stdin: { contents, loader: 'jsx', resolveDir: ROOT }, bundle: true, format: 'iife', write: false, minify: true,
    jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent',
  })
  return result.outputFiles[0].text
}

const shareLinkOf = (page, selector, channel) => page.evaluate(([sel, ch]) =>
  document.querySelector(sel)?.shadowRoot?.querySelector(`[data-channel="${ch}"]`)?.getAttribute('href') ?? null, [selector, channel])

test('React 19 on the same page renders a share target and swaps it: both keep working, the widget follows the product', async () => {
  h.server.route('GET', '/inline/react-app.js', async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(await reactApp())
  })
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React shop</title>
  <script src="/dist/sharecue.js" async></script></head>
<body><main id="app"></main><script src="/inline/react-app.js"></script></body></html>`
  const s = await h.open('/inline/react.html', { html })
  await waitForWidget(s.page, '#react-share', { session: s })
  assert.deepEqual(checkHref(await shareLinkOf(s.page, '#react-share', 'telegram'), 'telegram', { product: PRODUCT.url }), [])
  await s.page.click('#react-count')
  await s.page.click('#react-count')
  assert.equal(await s.page.textContent('#react-count'), 'clicked 2')
  // React replaces the target (a new key): the new element gets a widget for the new product.
  await s.page.click('#react-next')
  await s.page.waitForFunction(() => /trail-shoe/.test(document.querySelector('#react-share')?.shadowRoot?.querySelector('[data-channel="telegram"]')?.getAttribute('href') ?? ''))
  assert.deepEqual(checkHref(await shareLinkOf(s.page, '#react-share', 'x'), 'x', { product: 'https://shop.example/p/trail-shoe', title: 'Trail Shoe' }), [])
  await s.page.click('#react-count')
  assert.equal(await s.page.textContent('#react-count'), 'clicked 3')
  s.assertNoPageErrors()
  assert.deepEqual(s.warnings, [])
})

test('another Preact on the page, with its own options hook: both render, neither sees the other', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preact shop</title>
  <script src="/dist/sharecue.js" async></script></head>
<body><main><div id="app"></div>
<div id="share" data-sharecue data-url="${attr(PRODUCT.url)}" data-title="Field Lantern" data-channels="x,telegram,copy"></div></main>
<script type="module">
  import { h, render, Component, options } from '/node_modules/preact/dist/preact.mjs'
  // Like a devtools or signals hook: marks every element this copy of Preact makes.
  const old = options.vnode
  options.vnode = (vnode) => { if (typeof vnode.type === 'string') vnode.props['data-page-preact'] = ''; old?.(vnode) }
  class Counter extends Component {
    state = { count: 0 }
    render() { return h('button', { id: 'preact-count', onClick: () => this.setState({ count: this.state.count + 1 }) }, 'clicked ' + this.state.count) }
  }
  render(h(Counter), document.getElementById('app'))
</script></body></html>`
  const s = await h.open('/inline/preact.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.click('#preact-count')
  assert.equal(await s.page.textContent('#preact-count'), 'clicked 1')
  assert.equal(await s.page.getAttribute('#preact-count', 'data-page-preact'), '')
  const marked = await s.page.evaluate(() => document.getElementById('share').shadowRoot.querySelectorAll('[data-page-preact]').length)
  assert.equal(marked, 0, "the page's Preact hook reached the widget's elements")
  assert.deepEqual(checkHref(await shareLinkOf(s.page, '#share', 'telegram'), 'telegram', { product: PRODUCT.url }), [])
  s.assertNoPageErrors()
})

test('embedded in iframes (same origin, and sandboxed without it): the widget renders in each, and the parent page gets no global', async () => {
  const product = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Field Lantern</title>
  <script src="/dist/sharecue.js" async></script></head>
<body><div id="share" data-sharecue data-url="${attr(PRODUCT.url)}" data-title="Field Lantern" data-channels="whatsapp,x,copy"></div></body></html>`
  h.server.page('/inline/framed-product.html', product)
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Marketplace</title></head>
<body><iframe id="same" src="/inline/framed-product.html" width="600" height="200"></iframe>
<iframe id="sandboxed" sandbox="allow-scripts" src="/inline/framed-product.html" width="600" height="200"></iframe></body></html>`
  const s = await h.open('/inline/frames.html', { html })
  for (const id of ['same', 'sandboxed']) {
    const frame = await (await s.page.$(`#${id}`)).contentFrame()
    await waitForWidget(frame, '#share', { session: s })
    const href = await shareLinkOf(frame, '#share', 'x')
    assert.deepEqual(checkHref(href, 'x', { product: PRODUCT.url, title: 'Field Lantern' }), [], `${id} frame`)
  }
  assert.equal(await s.page.evaluate(() => typeof window.ShareCue), 'undefined')
  s.assertNoPageErrors()
})
