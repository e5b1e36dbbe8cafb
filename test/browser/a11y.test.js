// axe-core at WCAG 2.2 AA on the built widget in Chromium: every layout, light, dark and auto
// (under an emulated dark scheme), right to left, grouped, with the card, and with the WeChat
// dialog and the Mastodon field open. Zero violations, each reported with its rule and node.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkA11y } from './axe.js'
import { DESKTOP_CHANNELS as CHANNELS } from './contract.js'
import { LANTERN_URL, pageHtml } from './fixtures.js'
import { useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const LAYOUTS = ['icons', 'labels', 'pills']
const THEMES = ['light', 'dark', 'auto']
const HOUR = 3_600_000

const target = (id, attributes) => `<div id="${id}" data-sharecue
         data-url="${LANTERN_URL}" data-title="Field Lantern" data-text="A rechargeable lantern for camping"
         data-image="/test/browser/pages/img/trail-shoe.svg" data-facebook-app-id="123456789" ${attributes}></div>`

const VARIANTS = LAYOUTS.flatMap((layout) => THEMES.map((theme) => `${layout}-${theme}`))

/**
 * One page with every layout in every theme, a grouped widget, a card with a running offer and
 * an ended one. The dark theme is for dark pages: its targets sit on a dark background, as a
 * shop would place them; auto follows the page's scheme (Canvas).
 */
const html = (lang = 'en', dir = 'ltr') => pageHtml({
  stylesheet: '',
  head: '<style>html{color-scheme:light dark}body{margin:16px;background:Canvas;color:CanvasText}[data-sharecue]{margin:0 0 40px;padding:8px}[data-theme=dark]{background:#202124}</style>',
  body: `    <h1>Field Lantern</h1>
    ${VARIANTS.map((id) => { const [layout, theme] = id.split('-'); return target(id, `data-layout="${layout}" data-theme="${theme}" data-channels="${CHANNELS.join(',')}"`) }).join('\n    ')}
    ${target('grouped', 'data-group="true" data-channels="whatsapp,reddit,facebook,copy,hackernews,x,email"')}
    ${target('card', `data-card="true" data-price="75" data-currency="EUR" data-original-price="100" data-stock="3" data-sold="1204"
         data-deadline="${new Date(Date.now() + 2 * 86_400_000 + 5 * HOUR).toISOString()}" data-channels="image,copy,x,whatsapp"`)}
    ${target('ended', `data-card="true" data-price="75" data-currency="EUR" data-theme="dark"
         data-deadline="${new Date(Date.now() - HOUR).toISOString()}" data-channels="copy,x"`)}`,
}).replace('<html lang="en">', `<html lang="${lang}" dir="${dir}">`)

const IDS = [...VARIANTS, 'grouped', 'card', 'ended']

const open = async (options = {}) => {
  const s = await h.open('/inline/a11y.html', { html: html(), ...options })
  // The card targets: ready once the second stage (loaded at once for a card) shows the card.
  for (const id of IDS) await waitForWidget(s.page, `#${id}`, { session: s, card: id === 'card' || id === 'ended' })
  // Icons load lazily; check the widget as a shopper sees it, with every icon drawn.
  await s.page.waitForFunction((ids) => ids.every((id) =>
    [...document.getElementById(id).shadowRoot.querySelectorAll('[data-channel] svg')].every((svg) => svg.querySelector('path'))), IDS)
  return s
}

const noViolations = async (page, include) => {
  const violations = await checkA11y(page, { include })
  assert.deepEqual(violations, [], `axe found ${violations.length} violation(s):\n${violations.join('\n')}`)
}

test('every layout in light, dark and auto, grouped, and with the card: no WCAG 2.2 AA violation', async () => {
  const s = await open()
  await noViolations(s.page, IDS.map((id) => `#${id}`))
  s.assertNoPageErrors()
})

test('auto under an emulated dark colour scheme, and every layout with a dark page: no violation', async () => {
  const s = await open({ contextOptions: { colorScheme: 'dark' } })
  // Auto is really dark here: its controls are no longer the light grey.
  const background = await s.page.evaluate(() => getComputedStyle(document.getElementById('labels-auto').shadowRoot.querySelector('.c')).backgroundColor)
  assert.notEqual(background, 'rgb(241, 243, 244)', 'auto follows the dark scheme')
  await noViolations(s.page, IDS.map((id) => `#${id}`))
  s.assertNoPageErrors()
})

test('right to left (Arabic): no violation, and the widget says so with dir="rtl"', async () => {
  const s = await open({ html: html('ar', 'rtl') })
  const dir = await s.page.evaluate(() => document.getElementById('labels-light').shadowRoot.querySelector('[role="group"]').getAttribute('dir'))
  assert.equal(dir, 'rtl')
  await noViolations(s.page, IDS.map((id) => `#${id}`))
  s.assertNoPageErrors()
})

for (const id of ['labels-light', 'icons-dark', 'pills-auto']) {
  test(`with the WeChat dialog open in #${id} (QR code drawn): no violation`, async () => {
    const s = await open()
    await s.page.locator(`#${id} [data-channel="wechat"]`).click()
    await s.page.waitForFunction((sel) => !!document.getElementById(sel).shadowRoot.querySelector('dialog[open] svg path'), id)
    await noViolations(s.page, [`#${id}`])
    s.assertNoPageErrors()
  })
}

for (const id of ['labels-dark', 'icons-dark', 'pills-light']) {
  test(`with the Mastodon field open in #${id}, before and after a wrong server name: no violation`, async () => {
    const s = await open()
    await s.page.locator(`#${id} [data-channel="mastodon"]`).click()
    const field = s.page.locator(`#${id} input[name="host"]`)
    await field.waitFor()
    await noViolations(s.page, [`#${id}`])
    await field.fill('not a host')
    await field.press('Enter')
    await s.page.waitForFunction((sel) => document.getElementById(sel).shadowRoot.querySelector('input[aria-invalid="true"]'), id)
    await noViolations(s.page, [`#${id}`])
    s.assertNoPageErrors()
  })
}

test('the check can fail: an unnamed button placed in a widget is reported', async () => {
  const s = await open()
  await s.page.evaluate(() => document.getElementById('labels-light').shadowRoot.querySelector('ul').append(Object.assign(document.createElement('button'), { className: 'c' })))
  const violations = await checkA11y(s.page, { include: ['#labels-light'] })
  assert.ok(violations.some((v) => v.startsWith('button-name')), violations.join('\n'))
})
