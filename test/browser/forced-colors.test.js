// Forced colours (Windows High Contrast and similar): the browser replaces the widget's colours
// with the system's, so brand-coloured backgrounds vanish. Every control must keep a visible
// boundary and text, icons must follow the text colour, and focus must stay visible.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { LANTERN_URL, pageHtml } from './fixtures.js'
import { useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const CHANNELS = 'copy,email,facebook,x,threads,whatsapp,telegram,qzone,wechat,mastodon'
const LAYOUTS = ['labels', 'icons', 'pills']

const html = pageHtml({
  stylesheet: '',
  body: `${LAYOUTS.map((layout) => `<div id="${layout}" data-sharecue data-layout="${layout}" data-url="${LANTERN_URL}" data-title="Field Lantern"
         data-channels="${CHANNELS}"></div>`).join('\n')}
    <div id="card" data-sharecue data-card="true" data-url="${LANTERN_URL}" data-title="Field Lantern" data-price="75" data-currency="EUR"
         data-original-price="100" data-deadline="${new Date(Date.now() + 3 * 86_400_000).toISOString()}" data-channels="copy"></div>`,
})

const IDS = [...LAYOUTS, 'card']

const open = async (forcedColors = 'active') => {
  const s = await h.open('/inline/forced-colors.html', { html })
  await s.page.emulateMedia({ forcedColors, colorScheme: 'dark' })
  for (const id of IDS) await waitForWidget(s.page, `#${id}`, { session: s, card: id === 'card' })
  await s.page.waitForFunction((ids) => ids.every((id) =>
    [...document.getElementById(id).shadowRoot.querySelectorAll('[data-channel] svg')].every((svg) => svg.querySelector('path'))), IDS)
  return s
}

/** Per control (and the card's pause button): its border, its colours, and its icon's fill, as computed. */
const looks = (page, ids) => page.evaluate((list) => list.flatMap((id) =>
  [...document.getElementById(id).shadowRoot.querySelectorAll('[data-channel], .cq')].map((el) => {
    const style = getComputedStyle(el)
    const path = el.querySelector('svg path')
    return {
      name: `#${id} ${el.dataset.channel ?? el.className}`,
      border: `${style.borderTopStyle} ${parseFloat(style.borderTopWidth)} ${style.borderTopColor}`,
      bordered: ['Top', 'Right', 'Bottom', 'Left'].every((side) => style[`border${side}Style`] !== 'none' && parseFloat(style[`border${side}Width`]) >= 1),
      background: style.backgroundColor,
      color: style.color,
      fill: path ? getComputedStyle(path).fill : null,
    }
  })), ids)

test('forced colours are really on: the browser matches (forced-colors: active) and replaces brand backgrounds', async () => {
  const s = await open()
  assert.equal(await s.page.evaluate(() => matchMedia('(forced-colors: active)').matches), true)
  const backgrounds = new Set((await looks(s.page, ['pills'])).map((c) => c.background))
  assert.equal(backgrounds.size, 1, `one system background for every brand: ${[...backgrounds]}`)
})

test('under forced colours every control has a border of at least 1 px in a colour other than its background, on every side', async () => {
  const s = await open()
  const wrong = (await looks(s.page, IDS))
    .filter((c) => !c.bordered || c.border.endsWith(c.background))
    .map((c) => `${c.name}: border ${c.border} on ${c.background}`)
  assert.deepEqual(wrong, [])
  s.assertNoPageErrors()
})

test('under forced colours every icon is drawn in its control\'s text colour (currentColor), which differs from the background', async () => {
  const s = await open()
  const wrong = (await looks(s.page, LAYOUTS))
    .filter((c) => c.fill !== c.color || c.color === c.background)
    .map((c) => `${c.name}: icon ${c.fill}, text ${c.color}, background ${c.background}`)
  assert.deepEqual(wrong, [])
})

test('under forced colours the keyboard focus ring stays visible on every control', async () => {
  const s = await open()
  const hidden = []
  for (let i = 0; i < 3 * CHANNELS.split(',').length; i++) {
    await s.page.keyboard.press('Tab')
    const ring = await s.page.evaluate(() => {
      const el = document.activeElement?.shadowRoot?.activeElement
      if (!el) return null
      const style = getComputedStyle(el)
      return {
        name: `${document.activeElement.id} ${el.dataset.channel}`,
        visible: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      }
    })
    if (!ring) hidden.push(`Tab ${i + 1}: focus is not in a widget`)
    else if (!ring.visible) hidden.push(`${ring.name}: ${ring.outline}`)
  }
  assert.deepEqual(hidden, [])
})

test('the check can fail: without forced colours, the icons layout has no borders', async () => {
  const s = await open('none')
  const bordered = (await looks(s.page, ['icons'])).filter((c) => c.bordered)
  assert.deepEqual(bordered, [], 'the rule above is the forced-colours one, not a border shown always')
})
