// "Ask my friends" draws channels the widget itself may not show (SMS, email): each control of
// its panel gets its icon too. In the icons layout the icon is all a sighted shopper sees.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()

test('icons layout: every control of the ask panel shows an icon, also for channels the widget does not show', async () => {
  const html = productHtml({ channels: 'whatsapp,x,copy', attributes: 'data-layout="icons" data-ask="true"' })
  const s = await h.open('/inline/ask-panel-icons.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share [data-part=ask]').click()
  await s.page.locator('#share #sc-ask [data-ask-channel]').first().waitFor()
  const blank = () => s.page.evaluate(() => [...document.getElementById('share').shadowRoot.querySelectorAll('#sc-ask [data-ask-channel]')]
    .filter((c) => !c.querySelector('svg path, svg text')).map((c) => c.dataset.askChannel))
  // The panel's own channels: SMS among them, which this widget does not show.
  assert.ok(await s.page.locator('#share #sc-ask [data-ask-channel=sms]').count(), 'the panel offers SMS')
  await s.page.waitForFunction(() => [...document.getElementById('share').shadowRoot.querySelectorAll('#sc-ask [data-ask-channel]')]
    .every((c) => c.querySelector('svg path, svg text')), null, { timeout: 3000 }).catch(() => {})
  assert.deepEqual(await blank(), [], 'blank controls in the ask panel')
  s.assertNoPageErrors()
})
