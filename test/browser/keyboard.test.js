// Keyboard users reach every control in order, and see where they are.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { focused, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const CHANNELS = ['facebook', 'x', 'email', 'copy', 'wechat']
const html = productHtml({ channels: CHANNELS.join(','), after: '<p><a id="after" href="#reviews">Reviews</a></p>' })

/** Computed focus styles of the focused control inside the target's shadow root. */
const focusStyle = (page) => page.evaluate(() => {
  const el = document.activeElement?.shadowRoot?.activeElement
  if (!el) return null
  const style = getComputedStyle(el)
  return {
    focusVisible: el.matches(':focus-visible'),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    boxShadow: style.boxShadow,
  }
})

test('Tab from the top of the page walks the controls in order, then leaves the widget', async () => {
  const s = await h.open('/inline/keyboard.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  const walk = []
  for (let i = 0; i < CHANNELS.length; i++) {
    await s.page.keyboard.press('Tab')
    const at = await focused(s.page)
    walk.push(at.host === 'share' ? at.channel : `outside: ${at.host}`)
  }
  assert.deepEqual(walk, CHANNELS)
  await s.page.keyboard.press('Tab')
  assert.equal((await focused(s.page)).host, 'after')
  s.assertNoPageErrors()
})

test('the keyboard-focused control shows a visible focus ring', async () => {
  const s = await h.open('/inline/keyboard.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  const rings = []
  for (const channel of CHANNELS) {
    await s.page.keyboard.press('Tab')
    const style = await focusStyle(s.page)
    const visible = !!style && ((style.outlineStyle !== 'none' && style.outlineWidth > 0) || (style.boxShadow && style.boxShadow !== 'none'))
    if (!visible) rings.push(`${channel}: ${JSON.stringify(style)}`)
  }
  assert.deepEqual(rings, [], 'controls without a visible focus ring')
})
