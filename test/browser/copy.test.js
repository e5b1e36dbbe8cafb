// The copy control: the shared URL lands on the clipboard, and the confirmation is spoken.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkSharedUrl } from './contract.js'
import { inShadow, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const PAGE = '/test/browser/pages/json-ld.html'
const PRODUCT = 'https://shop.example/p/trail-shoe?color=red#reviews'

const open = async () => {
  const s = await h.open(PAGE, { permissions: ['clipboard-read', 'clipboard-write'] })
  await waitForWidget(s.page, '#share', { session: s })
  return s
}

const waitForStatus = (page, text) => page.waitForFunction(([sel, wanted]) => {
  const root = document.querySelector(sel)?.shadowRoot
  return [...(root?.querySelectorAll('[role="status"]') ?? [])].some((el) => el.textContent.includes(wanted))
}, ['#share', text]).catch(async () => {
  const statuses = await page.evaluate((sel) => [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll('[role="status"]') ?? [])].map((el) => el.textContent), '#share')
  throw new assert.AssertionError({ message: `no [role="status"] saying ${JSON.stringify(text)} in the shadow root; status regions: ${JSON.stringify(statuses)}` })
})

test('clicking copy puts the shared URL with utm_source=copy on the clipboard and says "Link copied" in a status region', async () => {
  const s = await open()
  await s.page.locator('#share [data-channel="copy"]').click()
  await waitForStatus(s.page, 'Link copied')
  const copied = await s.page.evaluate(() => navigator.clipboard.readText())
  const { problems } = checkSharedUrl(copied, { product: PRODUCT, channel: 'copy' })
  assert.deepEqual(problems, [])
  const statusInShadow = await inShadow(s.page, '#share', (root) => !!root.querySelector('[role="status"]'))
  assert.equal(statusInShadow, true)
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('a copy reports share_click and share_complete, whose shareId is the copied link\'s scid', async () => {
  const s = await open()
  await s.page.evaluate(() => {
    const w = window
    w.__events = []
    w.ShareCue.on('*', (event) => w.__events.push(JSON.parse(JSON.stringify(event))))
  })
  await s.page.locator('#share [data-channel="copy"]').click()
  await waitForStatus(s.page, 'Link copied')
  await s.page.waitForFunction(() => window.__events.some((e) => e.type === 'share_complete'))
  const copied = await s.page.evaluate(() => navigator.clipboard.readText())
  const { scid } = checkSharedUrl(copied, { product: PRODUCT, channel: 'copy' })
  const events = await s.page.evaluate(() => window.__events)
  const click = events.find((e) => e.type === 'share_click')
  const complete = events.find((e) => e.type === 'share_complete')
  assert.ok(click, `share_click among ${events.map((e) => e.type).join(', ')}`)
  assert.equal(click.channel, 'copy')
  assert.equal(click.shareId, scid)
  assert.equal(complete.channel, 'copy')
  assert.equal(typeof click.id, 'string')
  assert.notEqual(click.id, complete.id)
  assert.equal(typeof click.ts, 'number')
  assert.equal(click.page, h.url(PAGE))
  s.assertNoPageErrors()
})

test('a second copy 3 s after the first keeps "Link copied" its whole 4 s: the first message\'s end does not cut it short', async () => {
  const s = await open()
  const copyButton = s.page.locator('#share [data-channel="copy"]')
  await copyButton.click()
  await waitForStatus(s.page, 'Link copied')
  await s.page.waitForTimeout(3000)
  await copyButton.click()
  await waitForStatus(s.page, 'Link copied')
  // Past the first message's end (4 s after the first click), well before the second's.
  await s.page.waitForTimeout(2000)
  const text = await s.page.evaluate(() => document.querySelector('#share').shadowRoot.querySelector('[role="status"]').textContent)
  assert.equal(text, 'Link copied')
  s.assertNoPageErrors()
})
