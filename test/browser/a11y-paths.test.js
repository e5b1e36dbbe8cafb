// Accessibility on the less common paths: focus after the ask prompt's answer or dismissal, the
// icons of the auto theme under a dark scheme, the ask's words in the icons layout, the live
// region's note at 320 CSS px, a wrong Mastodon server spoken. Each test failed before its fix.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { focused, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const SCID = 'abcdefghijklmnopqrstu'

/** A friend's landing through an ask: the page, and its prompt once shown. */
const friendPrompt = async (path) => {
  h.server.page(path, productHtml({ channels: 'whatsapp,x,copy' }))
  const s = await h.open(`${path}?scid=${SCID}&scask=1`)
  await waitForWidget(s.page, '#share', { session: s })
  const prompt = s.page.locator('#share').locator('[data-part=ask-prompt]')
  await prompt.waitFor()
  return { s, prompt }
}

test('ask prompt: answering with the keyboard keeps focus in the prompt (not lost to the page)', async () => {
  const { s, prompt } = await friendPrompt('/inline/ask-focus.html')
  await prompt.getByRole('button', { name: 'Get it' }).focus()
  await s.page.keyboard.press('Enter')
  await prompt.filter({ hasText: 'Thanks!' }).waitFor()
  const at = await focused(s.page)
  assert.equal(at.host, 'share', `focus left the widget after answering: ${JSON.stringify(at)}`)
  assert.ok(['button', 'a'].includes(at.tag), `an element of the widget has focus: ${JSON.stringify(at)}`)
})

test('ask prompt: dismissing it with the keyboard keeps focus in the widget', async () => {
  const { s, prompt } = await friendPrompt('/inline/ask-dismiss.html')
  await prompt.getByRole('button', { name: 'Close' }).focus()
  await s.page.keyboard.press('Enter')
  await prompt.waitFor({ state: 'detached' })
  const at = await focused(s.page)
  assert.equal(at.host, 'share', `focus left the widget after dismissing: ${JSON.stringify(at)}`)
})

for (const theme of ['dark', 'auto']) {
  test(`labels layout, theme ${theme} under a dark scheme: the X and Threads icons take the text colour, not black`, async () => {
    const html = productHtml({ channels: 'x,threads,whatsapp', attributes: `data-layout="labels" data-theme="${theme}"` })
    const s = await h.open(`/inline/labels-${theme}.html`, { html, contextOptions: { colorScheme: 'dark' } })
    await waitForWidget(s.page, '#share', { session: s })
    const colours = await s.page.evaluate(() => [...document.getElementById('share').shadowRoot.querySelectorAll('.c')].map((c) => ({
      id: c.dataset.channel, svg: getComputedStyle(c.querySelector('svg')).color, text: getComputedStyle(c).color, bg: getComputedStyle(c).backgroundColor,
    })))
    for (const c of colours.filter((c) => c.id !== 'whatsapp')) assert.equal(c.svg, c.text, `${c.id}: icon ${c.svg} on ${c.bg}`)
  })
}

test('icons layout: the "Ask my friends" button and the prompt\'s answers fit their words (no text spilling out of a 40px square)', async () => {
  const html = productHtml({ channels: 'whatsapp,x,copy', attributes: 'data-layout="icons" data-ask="true"' })
  h.server.page('/inline/ask-icons.html', html)
  const s = await h.open(`/inline/ask-icons.html?scid=${SCID}&scask=1`)
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share').locator('[data-part=ask-prompt] [data-reply]').first().waitFor()
  await s.page.locator('#share').locator('[data-part=ask]').waitFor()
  const spill = await s.page.evaluate(() => [...document.getElementById('share').shadowRoot.querySelectorAll('[data-part=ask], [data-reply]')]
    .filter((b) => b.scrollWidth > b.clientWidth).map((b) => `${b.textContent}: ${b.scrollWidth}px of text in ${b.clientWidth}px`))
  assert.deepEqual(spill, [])
})

test('at 320 CSS px a long status note ("Kopieren fehlgeschlagen: …") wraps inside the viewport: no sideways scrolling', async () => {
  const html = productHtml({ channels: 'whatsapp,copy', attributes: 'data-locale="de"' })
  const noCopy = () => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new Error('denied')) }) })
    Document.prototype.execCommand = () => false
  }
  const s = await h.open('/inline/status-320.html', { html, initScript: noCopy, contextOptions: { viewport: { width: 320, height: 640 } } })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share [data-channel=copy]').click()
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('[role=status]').textContent.includes('Kopieren fehlgeschlagen'))
  const at = await s.page.evaluate(() => {
    const r = document.getElementById('share').shadowRoot.querySelector('[role=status]').getBoundingClientRect()
    return { left: Math.round(r.left), right: Math.round(r.right), scrollWidth: document.documentElement.scrollWidth }
  })
  assert.ok(at.left >= 0 && at.right <= 320, `the note reaches past the viewport: ${JSON.stringify(at)}`)
  assert.equal(at.scrollWidth, 320, 'the page scrolls sideways')
})

test('Mastodon: a wrong server name is announced (its error is a live region), as focus stays in the field', async () => {
  const html = productHtml({ channels: 'mastodon,copy' })
  const s = await h.open('/inline/mastodon-error.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share [data-channel=mastodon]').click()
  const field = s.page.locator('#share input[name=host]')
  await field.waitFor()
  await field.fill('not a host')
  await field.press('Enter')
  await s.page.locator('#share #sc-mi').waitFor()
  const error = await s.page.evaluate(() => {
    const root = document.getElementById('share').shadowRoot
    const p = root.getElementById('sc-mi')
    return { focusInField: root.activeElement?.getAttribute('name'), live: !!p.closest('[role=alert],[role=status],[aria-live=polite],[aria-live=assertive]') }
  })
  assert.deepEqual(error, { focusInField: 'host', live: true })
})
