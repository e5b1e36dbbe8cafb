// Layouts (icons, labels, pills), the dark theme and grouping: names stay accessible when hidden,
// shapes follow the layout, and every control's text meets WCAG AA contrast (4.5:1).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { DESKTOP_CHANNELS as CHANNELS, DISPLAY_NAMES } from './contract.js'
import { LANTERN_URL, pageHtml } from './fixtures.js'
import { controls, inShadow, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const LAYOUTS = ['icons', 'labels', 'pills']
const THEMES = ['light', 'dark']
const VARIANTS = LAYOUTS.flatMap((layout) => THEMES.map((theme) => ({ id: `${layout}-${theme}`, layout, theme })))

const target = (id, attributes) => `<div id="${id}" class="share" data-sharecue
         data-url="${LANTERN_URL}" data-title="Field Lantern" data-text="A rechargeable lantern for camping"
         data-image="https://shop.example/img/lantern.jpg" data-facebook-app-id="123456789"
         ${attributes}></div>`

const html = pageHtml({
  body: `    <h1>Field Lantern</h1>
    ${VARIANTS.map((v) => target(v.id, `data-layout="${v.layout}" data-theme="${v.theme}" data-channels="${CHANNELS.join(',')}"`)).join('\n    ')}
    ${target('grouped', 'data-group="true" data-channels="whatsapp,reddit,facebook,copy,hackernews,x,email"')}`,
})

const open = async () => {
  const s = await h.open('/inline/layouts.html', { html, contextOptions: { viewport: { width: 1280, height: 900 } } })
  for (const v of VARIANTS) await waitForWidget(s.page, `#${v.id}`, { session: s })
  await waitForWidget(s.page, '#grouped', { session: s })
  return s
}

/**
 * Per control: the box of its text element (the leaf element holding the channel's name), its
 * computed shape, and the WCAG contrast of its computed colour on its computed background
 * (composited over the nearest opaque ancestor background when translucent).
 */
const measure = (page, selector) => inShadow(page, selector, (root) => {
  const parse = (value) => {
    const m = /rgba?\(([^)]+)\)/.exec(value)
    if (!m) return null
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number)
    return { r, g, b, a }
  }
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  })
  const parentOf = (el) => el.parentElement ?? (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null)
  const backgroundOf = (el) => {
    const layers = []
    for (let node = el; node; node = parentOf(node)) {
      const c = parse(getComputedStyle(node).backgroundColor)
      if (c && c.a > 0) layers.push(c)
      if (c && c.a === 1) break
    }
    let colour = { r: 255, g: 255, b: 255, a: 1 } // the canvas
    for (const layer of layers.reverse()) colour = over(layer, colour)
    return colour
  }
  const luminance = ({ r, g, b }) => {
    const [R, G, B] = [r, g, b].map((c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4 })
    return 0.2126 * R + 0.7152 * G + 0.0722 * B
  }
  const contrast = (a, b) => { const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05) }
  return [...root.querySelectorAll('[data-channel]')].map((el) => {
    const style = getComputedStyle(el)
    const text = [...el.querySelectorAll('*')].find((n) => !n.closest('svg') && n.children.length === 0 && n.textContent.trim())
    const box = text?.getBoundingClientRect()
    const bg = backgroundOf(el)
    const fg = over(parse(style.color), bg)
    const rect = el.getBoundingClientRect()
    return {
      channel: el.getAttribute('data-channel'),
      text: text?.textContent.trim() ?? null,
      textBox: box ? { width: box.width, height: box.height } : null,
      height: rect.height,
      radius: parseFloat(style.borderTopLeftRadius),
      color: style.color,
      background: style.backgroundColor,
      contrast: Math.round(contrast(fg, bg) * 100) / 100,
    }
  })
})

test('in the icons layout the channel name is visually hidden (a 1px text box) but stays in every control\'s accessible name', async () => {
  const s = await open()
  for (const theme of THEMES) {
    const id = `#icons-${theme}`
    const boxes = await measure(s.page, id)
    assert.deepEqual(boxes.map((c) => c.channel), CHANNELS)
    for (const c of boxes) {
      assert.ok(c.textBox, `${id} ${c.channel}: no text element`)
      assert.ok(c.textBox.width <= 1 && c.textBox.height <= 1, `${id} ${c.channel}: text box ${JSON.stringify(c.textBox)} should be 1px`)
    }
    for (const c of await controls(s.page, id)) assert.match(c.name, DISPLAY_NAMES[c.channel], `${id} ${c.channel}: accessible name ${JSON.stringify(c.name)}`)
  }
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('in the labels and pills layouts the channel name is visible (its text box wider than 10px)', async () => {
  const s = await open()
  for (const v of VARIANTS.filter((x) => x.layout !== 'icons')) {
    const boxes = await measure(s.page, `#${v.id}`)
    assert.deepEqual(boxes.map((c) => c.channel), CHANNELS)
    const hidden = boxes.filter((c) => !c.textBox || c.textBox.width <= 10).map((c) => `${c.channel} ${JSON.stringify(c.textBox)}`)
    assert.deepEqual(hidden, [], `#${v.id}: controls whose name is not visible`)
    for (const c of await controls(s.page, `#${v.id}`)) assert.match(c.name, DISPLAY_NAMES[c.channel], `#${v.id} ${c.channel}`)
  }
  s.assertNoPageErrors()
})

test('in the pills layout every control\'s border radius is half its height', async () => {
  const s = await open()
  for (const theme of THEMES) {
    const wrong = (await measure(s.page, `#pills-${theme}`))
      .filter((c) => Math.abs(c.radius - c.height / 2) > 0.5)
      .map((c) => `${c.channel}: radius ${c.radius}px, height ${c.height}px`)
    assert.deepEqual(wrong, [], `#pills-${theme}`)
  }
  s.assertNoPageErrors()
})

test('every control in every layout and theme has text/background contrast of at least 4.5:1', async () => {
  const s = await open()
  const low = []
  for (const v of VARIANTS) {
    for (const c of await measure(s.page, `#${v.id}`)) {
      if (!(c.contrast >= 4.5)) low.push(`#${v.id} ${c.channel}: ${c.contrast} (${c.color} on ${c.background})`)
    }
  }
  assert.deepEqual(low, [], 'controls below WCAG AA contrast')
  s.assertNoPageErrors()
})

test('data-group="true" shows three labelled lists in order, "Send to a friend", "Share with a group", "Post publicly", each with its channels in the order asked', async () => {
  const s = await open()
  const lists = await inShadow(s.page, '#grouped', (root) => [...root.querySelectorAll('ul')].map((ul) => ({
    label: ul.getAttribute('aria-label') ?? (ul.getAttribute('aria-labelledby') ? root.getElementById(ul.getAttribute('aria-labelledby'))?.textContent : null),
    channels: [...ul.querySelectorAll('[data-channel]')].map((el) => el.getAttribute('data-channel')),
  })))
  assert.deepEqual(lists, [
    { label: 'Send to a friend', channels: ['whatsapp', 'copy', 'email'] },
    { label: 'Share with a group', channels: ['reddit', 'hackernews'] },
    { label: 'Post publicly', channels: ['facebook', 'x'] },
  ])
  // The accessibility tree agrees: three lists with those names.
  const tree = await s.page.locator('#grouped').ariaSnapshot()
  const named = [...tree.matchAll(/- list "([^"]+)"/g)].map((m) => m[1])
  assert.deepEqual(named, ['Send to a friend', 'Share with a group', 'Post publicly'], tree)
  s.assertNoPageErrors()
})
