// Zoom and reflow (WCAG 1.4.4 and 1.4.10): at 200% (a 1280 px window shows 640 CSS px, at two
// device pixels each) and at 320 CSS px (400%), no control is clipped or overlaps another, no
// text is cut, and the page needs no horizontal scrolling.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { LANTERN_URL, pageHtml } from './fixtures.js'
import { useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const CHANNELS = 'copy,email,sms,facebook,x,threads,bluesky,linkedin,pinterest,reddit,tumblr,hackernews,whatsapp,telegram,line,viber,vk,ok,wechat,weibo,qq,qzone,douban'
const TITLE = 'Field Lantern, rechargeable, with a brass finish, a dimmer and a carabiner for the tent'
const HOUR = 3_600_000

const target = (id, attributes) => `<div id="${id}" data-sharecue data-url="${LANTERN_URL}" data-title="${TITLE}"
         data-image="/test/browser/pages/img/trail-shoe.svg" ${attributes}></div>`

const TARGETS = {
  labels: `data-layout="labels" data-channels="${CHANNELS}"`,
  icons: `data-layout="icons" data-channels="${CHANNELS}"`,
  pills: `data-layout="pills" data-channels="${CHANNELS}"`,
  grouped: `data-group="true" data-channels="${CHANNELS}"`,
  card: `data-card="true" data-price="1299" data-currency="EUR" data-original-price="1599" data-stock="3" data-sold="1204"
         data-deadline="${new Date(Date.now() + 2 * 86_400_000 + 5 * HOUR).toISOString()}" data-channels="image,copy,x,whatsapp,mastodon"`,
  rtl: `data-locale="ar" data-channels="${CHANNELS}"`,
}

const html = pageHtml({
  stylesheet: '',
  head: '<meta name="viewport" content="width=device-width"><style>body{margin:8px}[data-sharecue]{margin:0 0 48px}</style>',
  body: Object.entries(TARGETS).map(([id, attributes]) => target(id, attributes)).join('\n'),
})

const open = async (viewport, deviceScaleFactor) => {
  const s = await h.open('/inline/zoom.html', { html, contextOptions: { viewport, deviceScaleFactor } })
  for (const id of Object.keys(TARGETS)) await waitForWidget(s.page, `#${id}`, { session: s, card: id === 'card' })
  await s.page.waitForFunction((ids) => ids.every((id) =>
    [...document.getElementById(id).shadowRoot.querySelectorAll('[data-channel] svg')].every((svg) => svg.querySelector('path'))), Object.keys(TARGETS))
  return s
}

/**
 * Everything wrong with the layout at this size: horizontal scrolling, controls outside the
 * viewport or overlapping, and elements whose text is cut (content wider than their box).
 * Sub-pixel differences (0.5 px) are rounding, not clipping.
 */
const problems = (page, ids) => page.evaluate((list) => {
  const out = []
  const width = document.documentElement.clientWidth
  if (document.documentElement.scrollWidth > width) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`)
  for (const id of list) {
    const root = document.getElementById(id).shadowRoot
    const boxes = [...root.querySelectorAll('[data-channel]')].map((el) => ({ el, r: el.getBoundingClientRect() }))
    for (const { el, r } of boxes) {
      const name = `#${id} ${el.dataset.channel}`
      if (r.left < -0.5 || r.right > width + 0.5) out.push(`${name} is outside the viewport (${r.left}–${r.right} of ${width})`)
      if (r.width < 24 || r.height < 24) out.push(`${name} is ${r.width}×${r.height}, under the 24 px target size`)
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r
        const b = boxes[j].r
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left)
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
        if (x > 0.5 && y > 0.5) out.push(`#${id} ${boxes[i].el.dataset.channel} overlaps ${boxes[j].el.dataset.channel}`)
      }
    }
    // Text that is cut: any element of the widget whose content is wider than its box (the
    // visually hidden names of the icons layout and the Mastodon field's label are 1 px by
    // design: they are read, not seen).
    for (const el of root.querySelectorAll('[role="group"] *')) {
      if (el.closest('svg') || el.classList.contains('v') || (el.classList.contains('x') && el.closest('.icons'))) continue
      if (el.scrollWidth > el.clientWidth + 0.5 && getComputedStyle(el).overflowX !== 'visible') {
        out.push(`#${id} <${el.localName} class="${el.className}"> cuts its text: ${el.scrollWidth} > ${el.clientWidth} (${el.textContent.slice(0, 40)})`)
      } else if (el.getBoundingClientRect().right > width + 0.5 && el.getClientRects().length) {
        out.push(`#${id} <${el.localName} class="${el.className}"> reaches past the viewport (${el.textContent.slice(0, 40)})`)
      }
    }
  }
  return out
}, ids)

test('at 200% zoom (640 CSS px at 2 device pixels each) nothing is clipped, cut or overlapping', async () => {
  const s = await open({ width: 640, height: 480 }, 2)
  assert.deepEqual(await problems(s.page, Object.keys(TARGETS)), [])
  s.assertNoPageErrors()
})

test('at 320 CSS px (reflow, 400% of a 1280 px window) there is no horizontal scrolling and nothing is cut', async () => {
  const s = await open({ width: 320, height: 640 }, 1)
  assert.deepEqual(await problems(s.page, Object.keys(TARGETS)), [])
  s.assertNoPageErrors()
})

test('at 320 CSS px the WeChat dialog and the Mastodon field fit too', async () => {
  const s = await open({ width: 320, height: 640 }, 1)
  await s.page.locator('#card [data-channel="mastodon"]').click()
  await s.page.locator('#card input[name="host"]').waitFor()
  assert.deepEqual(await problems(s.page, ['card']), [])
  const fits = (sel) => s.page.evaluate((selector) => {
    const [id, part] = selector.split(' ')
    const el = document.getElementById(id).shadowRoot.querySelector(part)
    const r = el.getBoundingClientRect()
    return { left: Math.round(r.left), right: Math.round(r.right), width: innerWidth, cut: el.scrollWidth > el.clientWidth }
  }, sel)
  const form = await fits('card form')
  assert.ok(form.left >= 0 && form.right <= form.width && !form.cut, `Mastodon form ${JSON.stringify(form)}`)
  await s.page.locator('#labels [data-channel="wechat"]').click()
  await s.page.waitForFunction(() => document.getElementById('labels').shadowRoot.querySelector('dialog[open] svg path'))
  const dialog = await fits('labels dialog')
  assert.ok(dialog.left >= 0 && dialog.right <= dialog.width && !dialog.cut, `WeChat dialog ${JSON.stringify(dialog)}`)
  s.assertNoPageErrors()
})

test('the check can fail: a control forced wider than the viewport is reported', async () => {
  const s = await open({ width: 320, height: 640 }, 1)
  await s.page.evaluate(() => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync('[data-channel=x]{min-width:400px}')
    const root = document.getElementById('labels').shadowRoot
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  })
  const found = await problems(s.page, ['labels'])
  assert.ok(found.some((p) => p.includes('#labels x is outside the viewport')), found.join('\n'))
})
