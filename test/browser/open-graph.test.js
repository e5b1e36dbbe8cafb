// The open-graph page: product data only in og:* and product:* meta tags; a <share-cue> element.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkHref } from './contract.js'
import { controls, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const PAGE = '/test/browser/pages/open-graph.html'
const TARGET = 'share-cue#share'
const OG = {
  product: 'https://shop.example/p/merino-beanie?colour=slate',
  title: 'Merino Beanie, slate',
  image: 'https://shop.example/img/merino-beanie-slate.jpg',
}

const load = async () => {
  const s = await h.open(PAGE)
  await waitForWidget(s.page, TARGET, { session: s })
  return s
}

test('a <share-cue> element becomes a widget with the requested controls in order', async () => {
  const s = await load()
  const list = await controls(s.page, TARGET)
  assert.deepEqual(list.map((c) => c.channel), ['facebook', 'x', 'pinterest', 'copy'])
  s.assertNoPageErrors()
})

test('links share og:url (its parameters kept) and pinterest takes og:image as media', async () => {
  const s = await load()
  const list = await controls(s.page, TARGET)
  const problems = []
  for (const control of list.filter((c) => c.tag === 'a')) problems.push(...checkHref(control.href, control.channel, { product: OG.product, image: OG.image }))
  assert.deepEqual(problems, [])
  const pinterest = list.find((c) => c.channel === 'pinterest')
  assert.equal(new URL(pinterest.href).searchParams.get('media'), OG.image)
})

test('a widget mounted with ShareCue.mount() and no options takes its title from og:title', async () => {
  const s = await load()
  await s.page.evaluate(() => {
    const div = document.createElement('div')
    div.id = 'api'
    document.querySelector('main').append(div)
    window.ShareCue.mount(div, { channels: 'reddit,email' })
  })
  await waitForWidget(s.page, '#api', { session: s })
  const list = await controls(s.page, '#api')
  assert.deepEqual(list.map((c) => c.channel), ['reddit', 'email'])
  const problems = list.flatMap((c) => checkHref(c.href, c.channel, { product: OG.product, title: OG.title }))
  assert.deepEqual(problems, [])
  s.assertNoPageErrors()
})

test('the open-graph page prints no sharecue warning', async () => {
  const s = await load()
  await s.page.waitForTimeout(300)
  assert.deepEqual(s.warnings, [])
  s.assertNoPageErrors()
})
