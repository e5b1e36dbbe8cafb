// A page whose own stylesheet is hostile (`* { all: unset !important }`, hidden buttons,
// transparent links, a huge root font size, inherited text styles): the widget in its shadow
// root looks the same, pixel for pixel within a small tolerance, and so do its computed styles.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { inShadow, useBrowser, waitForWidget } from './harness.js'
import { LANTERN_URL, pageHtml } from './fixtures.js'

const h = useBrowser()

/** Sheets a careless or hostile page may carry; each is added to the same page in turn. */
const HOSTILE = {
  'all: unset on everything': '* { all: unset !important }',
  'hidden buttons, transparent links': 'button { display: none !important } a { color: transparent !important } svg, path { fill: red !important; display: none !important }',
  'huge root font size': 'html { font-size: 64px !important } body { font-size: 4rem !important }',
  'inherited text styles on the page': `html, body, main, div { color: #f0f !important; font: italic 900 31px/3 serif !important;
    letter-spacing: 6px !important; word-spacing: 20px !important; text-transform: uppercase !important;
    text-shadow: 2px 2px red !important; text-align: center !important; white-space: pre !important;
    text-indent: 40px !important; cursor: wait !important; font-variant: small-caps !important;
    -webkit-text-stroke: 1px blue !important; text-decoration: underline !important; visibility: visible !important }`,
  'every element boxed': '* { box-sizing: content-box !important; border: 3px solid lime !important; padding: 9px !important; margin: 7px !important; line-height: 4 !important }',
}

// Each widget sits in a 640 px box at a fixed place that the hostile sheets cannot move (an id
// selector beats `*`): the page's broken flow must not shift the widget by a fraction of a
// pixel, which would change its anti-aliasing and hide what the comparison is about.
const target = (id, attributes) => `<section id="box-${id}"><div id="${id}" data-sharecue data-url="${LANTERN_URL}" data-title="Field Lantern"
         data-text="A rechargeable lantern for camping" ${attributes}></div></section>`

const html = pageHtml({
  stylesheet: '',
  head: `<style>#box-icons, #box-labels, #box-card { display: block !important; position: absolute !important; background: #fff !important; left: 20px !important; width: 640px !important }
    #box-icons { top: 200px !important } #box-labels { top: 300px !important } #box-card { top: 500px !important }</style>`,
  body: `    <h1>Field Lantern</h1>
    <a href="#">a link</a> <button type="button">a page button</button>
    ${target('icons', 'data-layout="icons" data-channels="whatsapp,facebook,x,email,copy"')}
    ${target('labels', 'data-layout="labels" data-group="true" data-channels="whatsapp,facebook,x,email,copy"')}
    ${target('card', `data-card="true" data-image="/test/browser/pages/img/beanie.svg" data-price="29" data-original-price="39" data-currency="EUR" data-stock="3" data-layout="pills" data-channels="whatsapp,x,copy"`)}`,
})
const TARGETS = ['#icons', '#labels', '#card']

/** Every element in the shadow root, with the computed properties that decide how it looks. */
const computed = (page, selector) => inShadow(page, selector, (root) => {
  const props = ['display', 'position', 'width', 'height', 'color', 'background-color', 'font-size', 'font-weight',
    'font-style', 'font-family', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-shadow',
    'text-align', 'text-indent', 'white-space', 'visibility', 'cursor', 'fill', 'border-top-width', 'padding-left',
    'margin-top', 'text-decoration-line', 'font-variant-caps', '-webkit-text-stroke-width', 'opacity']
  return [...root.querySelectorAll('.w, .w *')].map((el, i) => {
    const style = getComputedStyle(el)
    return { el: `${i} ${el.localName}.${el.getAttribute('class') ?? ''}[${el.getAttribute('data-channel') ?? el.getAttribute('data-part') ?? ''}]`, ...Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)])) }
  })
})

/** The widget's own box (inside the shadow root): where it is and how big. */
const box = (page, selector) => page.locator(`${selector} .w`).boundingBox()

/**
 * A picture of the widget, `size` wide and high from its top left corner: a box the page made
 * narrower (its padding on the target) is compared over the width both have.
 */
const shot = async (page, selector, size) => {
  const at = await box(page, selector)
  return page.screenshot({ clip: { x: at.x, y: at.y, width: size.width, height: size.height }, animations: 'disabled', caret: 'hide', fullPage: true })
}

/**
 * Compares the top left `width` × `height` CSS pixels of two PNGs in the browser (no image
 * library needed): both are drawn into canvases and pixels whose channels differ by more than
 * 16 of 255 (anti-aliasing noise) are counted.
 */
const diffPixels = (page, a, b, region) => page.evaluate(async ([one, two, { width, height }]) => {
  const w = Math.floor(width * devicePixelRatio)
  const high = Math.floor(height * devicePixelRatio)
  const load = async (base64) => {
    const img = new Image()
    img.src = 'data:image/png;base64,' + base64
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = w
    canvas.height = high
    const context = canvas.getContext('2d')
    context.drawImage(img, 0, 0)
    return context.getImageData(0, 0, w, high).data
  }
  const [x, y] = await Promise.all([load(one), load(two)])
  let differing = 0
  for (let i = 0; i < x.length; i += 4) {
    if (Math.abs(x[i] - y[i]) > 16 || Math.abs(x[i + 1] - y[i + 1]) > 16 || Math.abs(x[i + 2] - y[i + 2]) > 16) differing++
  }
  return { differing, total: w * high }
}, [a.toString('base64'), b.toString('base64'), { width: region.width, height: region.height }])

const open = async () => {
  const s = await h.open('/inline/hostile-css.html', { html })
  for (const selector of TARGETS) await waitForWidget(s.page, selector, { session: s, card: selector === '#card' })
  // Every icon and the card's photo have arrived before the first picture is taken.
  await s.page.waitForFunction((targets) => targets.every((sel) => {
    const root = document.querySelector(sel).shadowRoot
    const img = root.querySelector('img')
    return [...root.querySelectorAll('[data-channel]')].every((el) => el.querySelector('svg path[d]')) && (!img || img.complete)
  }), TARGETS)
  return s
}

/** Baseline pictures, sizes and styles of every widget on the plain page. */
const baseline = async (page) => {
  const result = {}
  for (const selector of TARGETS) {
    const { width, height } = await box(page, selector)
    result[selector] = { width, height, png: await shot(page, selector, { width, height }), styles: await computed(page, selector) }
  }
  return result
}

/** Computed properties that changed, except the width of block boxes (the page may narrow the target). */
const changes = (before, after) => after.flatMap((row, i) => Object.keys(row)
  .filter((k) => k !== 'el' && row[k] !== before[i]?.[k] && !(k === 'width' && /^(block|flex)$/.test(row.display)))
  .map((k) => `${row.el} ${k}: ${before[i]?.[k]} -> ${row[k]}`))

test('the comparison can fail: a change inside the shadow root shows in the pixels and the styles', async () => {
  const s = await open()
  const before = await baseline(s.page)
  await inShadow(s.page, '#icons', (root) => { root.querySelector('[data-channel="x"]').style.background = '#f00' })
  const after = await shot(s.page, '#icons', before['#icons'])
  assert.ok(changes(before['#icons'].styles, await computed(s.page, '#icons')).some((line) => line.includes('background-color')))
  const diff = await diffPixels(s.page, before['#icons'].png, after, before['#icons'])
  assert.ok(diff.differing > 500, `a red control should differ in many pixels, got ${JSON.stringify(diff)}`)
  s.assertNoPageErrors()
})

for (const [name, sheet] of Object.entries(HOSTILE)) {
  test(`hostile page CSS (${name}): every widget looks the same and its controls keep their computed styles`, async () => {
    const s = await open()
    const before = await baseline(s.page)
    await s.page.evaluate((css) => {
      const style = document.createElement('style')
      style.textContent = css
      document.head.append(style)
    }, sheet)
    const problems = []
    for (const selector of TARGETS) {
      const then = before[selector]
      problems.push(...changes(then.styles, await computed(s.page, selector)).map((line) => `${selector} ${line}`))
      const now = await box(s.page, selector)
      if (Math.abs(now.height - then.height) > 0.5) problems.push(`${selector}: ${then.height} px high, now ${now.height} px`)
      const width = Math.min(then.width, now.width)
      const diff = await diffPixels(s.page, then.png, await shot(s.page, selector, then), { width, height: then.height })
      // 0.5%: anti-aliased glyph edges may move by a subpixel; a broken widget changes far more.
      if (diff.differing > diff.total * 0.005) problems.push(`${selector}: ${diff.differing} of ${diff.total} pixels differ`)
    }
    assert.deepEqual(problems, [], `under "${name}"`)
    s.assertNoPageErrors()
  })
}

test('the hostile sheets do change the page around the widget (they apply at all)', async () => {
  const s = await open()
  const plain = await s.page.evaluate(() => ({ button: getComputedStyle(document.querySelector('main button')).display, html: getComputedStyle(document.documentElement).fontSize }))
  await s.page.evaluate((css) => {
    const style = document.createElement('style')
    style.textContent = css
    document.head.append(style)
  }, Object.values(HOSTILE).join('\n'))
  const hostile = await s.page.evaluate(() => ({ button: getComputedStyle(document.querySelector('main button')).display, html: getComputedStyle(document.documentElement).fontSize }))
  assert.notDeepEqual(hostile, plain)
  assert.equal(hostile.button, 'none')
  s.assertNoPageErrors()
})
