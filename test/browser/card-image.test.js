// The card as an image (the `image` channel) in real Chromium, on the built files: cardImage()
// makes PNGs of the asked size with the title drawn, a photo without CORS leaves the photo out
// (with one SC306) instead of failing, a photo with CORS is drawn, and a click shares the file
// through Web Share (only the OS sheet is stubbed) or downloads it.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync, crc32 } from 'node:zlib'
import { pageHtml } from './fixtures.js'
import { ROOT } from './server.js'
import { anyTry, settle, sleep, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const PATH = '/inline/card-image.html'
/** The photo's one colour (teal), easy to tell from the card's grey photo placeholder (#f1f3f4). */
const TEAL = [0, 150, 136]
const PLACEHOLDER = [241, 243, 244]
const TITLE = 'Ridgeline Trail Shoe'

/** A solid-colour PNG of `width` × `height` (RGB, 8 bits), encoded here. */
const solidPng = (width, height, [r, g, b]) => {
  const row = Buffer.alloc(1 + width * 3)
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3)
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
const PHOTO = solidPng(400, 300, TEAL)

/**
 * Another origin (another port): `/photo.png` without CORS headers, `/photo-cors.png` with them.
 * `requests`: [{ url, mode }].
 */
let cdn
before(async () => {
  const requests = []
  const server = createServer((req, res) => {
    // sec-fetch-mode tells the drawing's request (cors) from the in-page card's <img> (no-cors).
    requests.push({ url: req.url, mode: req.headers['sec-fetch-mode'] })
    const cors = req.url.startsWith('/photo-cors.png')
    if (!req.url.startsWith('/photo')) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store', ...(cors ? { 'access-control-allow-origin': '*' } : {}) })
    res.end(PHOTO)
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  cdn = { origin: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((done) => server.close(done)) }
})
after(() => cdn?.close())

/** Reads a PNG in the page: signature, first chunk, IHDR size; and pixel summaries of regions. */
const pageHelpers = () => {
  window.pngInfo = async (blob) => {
    const bytes = new Uint8Array(await blob.arrayBuffer())
    const view = new DataView(bytes.buffer)
    return {
      type: blob.type,
      signature: [...bytes.slice(0, 8)],
      chunk: String.fromCharCode(...bytes.slice(12, 16)),
      width: view.getUint32(16),
      height: view.getUint32(20),
    }
  }
  /** For each [x0, y0, x1, y1]: the mean colour and the number of dark pixels (text). */
  window.regions = async (blob, boxes) => {
    const bitmap = await createImageBitmap(blob)
    const canvas = new (window.TestOffscreenCanvas ?? OffscreenCanvas)(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')
    context.drawImage(bitmap, 0, 0)
    return boxes.map(([x0, y0, x1, y1]) => {
      const { data } = context.getImageData(x0, y0, x1 - x0, y1 - y0)
      const sum = [0, 0, 0]
      let dark = 0
      for (let i = 0; i < data.length; i += 4) {
        for (let c = 0; c < 3; c++) sum[c] += data[i + c]
        if (data[i] < 100 && data[i + 1] < 100 && data[i + 2] < 100) dark++
      }
      const n = data.length / 4
      return { mean: sum.map((v) => Math.round(v / n)), dark, pixels: n }
    })
  }
  window.events = []
}

/**
 * Web Share where the OS sheet is stubbed: `canShare` as given; `share` records its data and
 * whether the page still had the click's user activation (the real one rejects without), and resolves.
 */
const stubShare = (canShareFiles) => `
  window.shared = []
  navigator.canShare = (data) => ${canShareFiles} && !!data && Array.isArray(data.files)
  navigator.share = (data) => {
    window.shared.push(data)
    window.sharedActive = navigator.userActivation.isActive
    return Promise.resolve()
  }
`

const product = (image, extra = {}) => ({
  url: 'https://shop.example/p/trail-shoe', title: TITLE, price: 129, originalPrice: 159, currency: 'EUR',
  deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(), stock: 3, card: true, channels: 'image,copy', locale: 'en', ...extra,
  ...(image ? { image } : {}),
})

/** Opens the page, lets the page reach `cdn`, then mounts `#share` with `options`. */
const open = async (options, { initScript = '', body = '<div id="share"></div>', contextOptions } = {}) => {
  const s = await h.open(PATH, {
    html: pageHtml({ title: 'Card image | Shop Example', body }),
    initScript: `(${pageHelpers})();${initScript}`,
    contextOptions,
  })
  await s.context.route(`${cdn.origin}/**`, (route) => route.continue())
  await s.page.waitForFunction(() => window.ShareCue)
  await s.page.evaluate((opts) => {
    window.widget = window.ShareCue.mount(document.querySelector('#share'), opts)
    window.ShareCue.on('*', (event) => window.events.push(JSON.parse(JSON.stringify(event))))
  }, options)
  await waitForWidget(s.page, '#share', { session: s })
  return s
}

const chunkRequested = (s) => s.requests.some((r) => r.url.endsWith('/dist/sc-card-image.js'))

/** Waits until the drawing ahead has started (its chunk was asked for), then for its file. */
const drawnAhead = async (s) => {
  await s.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/sc-card-image.js')), null, { timeout: 10_000 })
  await s.page.evaluate(() => window.widget.cardImage().then(() => true))
}

const near = (actual, expected, tolerance = 4) => actual.every((v, i) => Math.abs(v - expected[i]) <= tolerance)

test('cardImage() makes a 1200×630 PNG by default and a 1080×1080 one when asked', async () => {
  const s = await open(product())
  const [wide, square] = await s.page.evaluate(async () => Promise.all([
    window.widget.cardImage().then(window.pngInfo),
    window.widget.cardImage({ width: 1080, height: 1080 }).then(window.pngInfo),
  ]))
  for (const [info, width, height] of [[wide, 1200, 630], [square, 1080, 1080]]) {
    assert.equal(info.type, 'image/png')
    assert.deepEqual(info.signature, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature')
    assert.equal(info.chunk, 'IHDR')
    assert.deepEqual([info.width, info.height], [width, height])
  }
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('the title is drawn where the layout puts it, on white paper above it', async () => {
  const s = await open(product())
  // Boxes loose enough to survive small layout changes. Landscape: the photo is the left 630 px,
  // the title's first line sits about 80–120 px down. Square: the photo is the top half, the
  // title below it.
  const [[above, title], [squareTitle]] = await s.page.evaluate(async () => [
    await window.widget.cardImage().then((blob) => window.regions(blob, [[680, 8, 1150, 40], [660, 70, 1190, 125]])),
    await window.widget.cardImage({ width: 1080, height: 1080 }).then((blob) => window.regions(blob, [[40, 590, 1040, 760]])),
  ])
  assert.equal(above.dark, 0, 'nothing drawn above the title')
  assert.deepEqual(above.mean, [255, 255, 255])
  assert.ok(title.dark > 500, `dark title pixels in the landscape image: ${title.dark}`)
  assert.ok(squareTitle.dark > 500, `dark title pixels in the square image: ${squareTitle.dark}`)
  s.assertNoPageErrors()
})

test('where OffscreenCanvas is missing, a detached <canvas> draws the same PNG', async () => {
  const withoutOffscreen = 'window.TestOffscreenCanvas = window.OffscreenCanvas; delete window.OffscreenCanvas'
  const s = await open(product(`${cdn.origin}/photo-cors.png`), { initScript: withoutOffscreen })
  const [info, [photo, title]] = await s.page.evaluate(async () => {
    const blob = await window.widget.cardImage()
    return [await window.pngInfo(blob), await window.regions(blob, [[2, 2, 628, 628], [660, 70, 1190, 125]])]
  })
  assert.equal(await s.page.evaluate(() => typeof window.OffscreenCanvas), 'undefined')
  assert.deepEqual([info.type, info.chunk, info.width, info.height], ['image/png', 'IHDR', 1200, 630])
  assert.ok(near(photo.mean, TEAL), `photo box: ${photo.mean}`)
  assert.ok(title.dark > 500, `dark title pixels: ${title.dark}`)
  s.assertNoPageErrors()
})

test('a product photo from another origin without CORS leaves the photo out, still makes a PNG, and warns SC306 once', async () => {
  const image = `${cdn.origin}/photo.png?no-cors`
  const s = await open(product(image))
  await drawnAhead(s)
  const [info, [photo]] = await s.page.evaluate(async () => {
    const blob = await window.widget.cardImage()
    return [await window.pngInfo(blob), await window.regions(blob, [[200, 200, 430, 430]])]
  })
  assert.deepEqual([info.chunk, info.width, info.height], ['IHDR', 1200, 630])
  assert.ok(near(photo.mean, PLACEHOLDER), `the photo box shows the placeholder, not the photo: ${photo.mean}`)
  assert.ok(cdn.requests.some(({ url, mode }) => url === '/photo.png?no-cors' && mode === 'cors'), `the drawing asked for the photo: ${JSON.stringify(cdn.requests)}`)
  await s.page.evaluate(() => window.widget.cardImage({ width: 1080, height: 1080 }).then(() => true))
  await settle(s)
  const sc306 = s.warnings.filter((text) => text.startsWith('[sharecue] SC306'))
  assert.equal(sc306.length, 1, `SC306 warnings: ${JSON.stringify(s.warnings)}`)
  assert.ok(sc306[0].includes(image) && sc306[0].includes('Access-Control-Allow-Origin') && sc306[0].includes('imageProxy'), sc306[0])
  s.assertNoPageErrors()
})

test('the same photo served with Access-Control-Allow-Origin is drawn, cover-cropped into its box', async () => {
  const s = await open(product(`${cdn.origin}/photo-cors.png`))
  const [landscape, square] = await s.page.evaluate(async () => [
    await window.widget.cardImage().then((blob) => window.regions(blob, [[2, 2, 628, 628]])),
    await window.widget.cardImage({ width: 1080, height: 1080 }).then((blob) => window.regions(blob, [[2, 2, 1078, 460]])),
  ])
  // The 4:3 photo covers its box completely: the landscape's left square, the square's top part.
  assert.ok(near(landscape[0].mean, TEAL), `landscape photo box: ${landscape[0].mean}`)
  assert.ok(near(square[0].mean, TEAL), `square photo box: ${square[0].mean}`)
  await settle(s)
  assert.deepEqual(s.codes.filter((code) => code === 'SC306'), [])
  s.assertNoPageErrors()
})

test('imageProxy fetches a cross-origin photo through the template, {url} encoded', async () => {
  const image = `${cdn.origin}/photo.png?id=42&size=l`
  const asked = []
  h.server.route('GET', '/image-proxy', (req, res) => {
    asked.push(new URL(req.url, 'http://x').searchParams.get('url'))
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(PHOTO)
  })
  const s = await open(product(image, { imageProxy: '/image-proxy?url={url}' }))
  const [photo] = await s.page.evaluate(() => window.widget.cardImage().then((blob) => window.regions(blob, [[200, 200, 430, 430]])))
  assert.ok(near(photo.mean, TEAL), `the proxied photo is drawn: ${photo.mean}`)
  assert.ok(asked.length >= 1 && asked.every((url) => url === image), `the proxy was asked for ${JSON.stringify(asked)}`)
  assert.ok(!cdn.requests.some(({ url, mode }) => url.includes('id=42') && mode === 'cors'), 'the drawing did not fetch the photo from its own origin')
  await settle(s)
  assert.deepEqual(s.codes, [])
  h.server.unroute('GET', '/image-proxy')
})

test('the image is drawn ahead once the widget is in view, not for a widget out of view', async () => {
  const body = '<div style="height:3000px">spacer</div><div id="share"></div>'
  const s = await open(product(), { body })
  await sleep(1500)
  assert.equal(chunkRequested(s), false, 'nothing is drawn for a widget never seen')
  await s.page.evaluate(() => document.querySelector('#share').scrollIntoView())
  await s.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/sc-card-image.js')), null, { timeout: 5000 })
  s.assertNoPageErrors()
})

test('the drawing code is not in the first script: it loads only when an image is made', async () => {
  const script = readFileSync(`${ROOT}/dist/sharecue.js`, 'utf8')
  assert.ok(!/convertToBlob|getImageData|fillText/.test(script), 'dist/sharecue.js draws nothing itself')
  const s = await open(product(undefined, { channels: 'copy' }))
  await sleep(1000)
  assert.equal(chunkRequested(s), false, 'no image channel, no drawing code')
  await s.page.evaluate(() => window.widget.cardImage().then(() => true))
  assert.equal(chunkRequested(s), true)
})

test('clicking the image channel shares a PNG file through Web Share, inside the click', async () => {
  const s = await open(product(`${cdn.origin}/photo-cors.png`), { initScript: stubShare(true) })
  await drawnAhead(s)
  await s.page.locator('#share [data-channel="image"]').click()
  await s.page.waitForFunction(() => window.shared.length === 1)
  const sent = await s.page.evaluate(async () => {
    const [data] = window.shared
    const [file] = data.files
    return {
      count: data.files.length, isFile: file instanceof File, name: file.name, type: file.type,
      png: await window.pngInfo(file), url: data.url, title: data.title, text: data.text, active: window.sharedActive,
    }
  })
  assert.equal(sent.count, 1)
  assert.equal(sent.active, true, 'shared within the click’s user activation')
  assert.equal(sent.isFile, true)
  assert.equal(sent.type, 'image/png')
  assert.equal(sent.name, 'ridgeline-trail-shoe.png')
  assert.deepEqual([sent.png.chunk, sent.png.width, sent.png.height], ['IHDR', 1200, 630])
  assert.equal(sent.title, TITLE)
  assert.match(sent.text, /Ridgeline Trail Shoe/)
  const url = new URL(sent.url)
  assert.equal(url.searchParams.get('utm_source'), 'image')
  await s.page.waitForFunction(() => window.events.some((e) => e.type === 'share_complete'))
  const events = await s.page.evaluate(() => window.events.filter((e) => e.channel === 'image'))
  const click = events.find((e) => e.type === 'share_click')
  assert.ok(click, `share_click among ${events.map((e) => e.type)}`)
  assert.equal(click.shareId, url.searchParams.get('scid'))
  assert.equal(events.find((e) => e.type === 'share_complete').shareId, click.shareId)
  s.assertNoPageErrors()
})

test('where files cannot be shared, clicking the image channel downloads the PNG', async () => {
  const s = await open(product(`${cdn.origin}/photo-cors.png`), { initScript: stubShare(false) })
  const [download] = await Promise.all([
    s.page.waitForEvent('download', { timeout: 10_000 }),
    s.page.locator('#share [data-channel="image"]').click(),
  ])
  assert.equal(download.suggestedFilename(), 'ridgeline-trail-shoe.png')
  const bytes = readFileSync(await download.path())
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  assert.deepEqual([bytes.toString('ascii', 12, 16), bytes.readUInt32BE(16), bytes.readUInt32BE(20)], ['IHDR', 1200, 630])
  assert.equal(await s.page.evaluate(() => window.shared.length), 0, 'Web Share was not called')
  await s.page.waitForFunction(() => window.events.some((e) => e.type === 'share_complete' && e.channel === 'image'))
  s.assertNoPageErrors()
})

/** Decodes the QR code of a PNG blob in the page with jsQR (added to the page by the test). */
const decodeQr = (s) => s.page.evaluate(async () => {
  const blob = await window.widget.cardImage('story')
  const bitmap = await createImageBitmap(blob)
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
  const context = canvas.getContext('2d')
  context.drawImage(bitmap, 0, 0)
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
  const code = window.jsQR(data, bitmap.width, bitmap.height)
  return { width: bitmap.width, height: bitmap.height, type: blob.type, qr: code?.data ?? null }
})

const jsQrPath = join(ROOT, 'node_modules/jsqr/dist/jsQR.js')

test('cardImage(\'story\') is a 1080×1920 PNG whose QR code decodes to the link the image channel shares', async () => {
  const s = await open(product())
  await s.page.addScriptTag({ path: jsQrPath })
  const story = await decodeQr(s)
  assert.deepEqual([story.type, story.width, story.height], ['image/png', 1080, 1920])
  assert.ok(story.qr, 'the QR code decodes')
  const link = new URL(story.qr)
  assert.equal(link.origin + link.pathname, 'https://shop.example/p/trail-shoe')
  assert.equal(link.searchParams.get('utm_source'), 'image')
  assert.equal(link.searchParams.get('utm_medium'), 'social')
  assert.match(link.searchParams.get('scid'), /^[\w-]{21}$/)
  // The same share until the image channel is used: a second story carries the same link.
  assert.equal((await decodeQr(s)).qr, story.qr)
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('on a phone the image channel shares the Story: saved where files cannot be shared, with how to post it, its QR the link of that share', async () => {
  const phone = { userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36', viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true }
  const s = await open(product(`${cdn.origin}/photo-cors.png`), { initScript: stubShare(false), contextOptions: phone })
  await s.page.addScriptTag({ path: jsQrPath })
  const [download] = await Promise.all([
    s.page.waitForEvent('download', { timeout: 15_000 }),
    s.page.locator('#share [data-channel="image"]').click(),
  ])
  const bytes = readFileSync(await download.path())
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1080, 1920])
  await s.page.waitForFunction(() => document.querySelector('#share').shadowRoot.querySelector('[role=status]')?.textContent.includes('link sticker'))
  const qr = await s.page.evaluate(async (base64) => {
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' })
    const bitmap = await createImageBitmap(blob)
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')
    context.drawImage(bitmap, 0, 0)
    return window.jsQR(context.getImageData(0, 0, bitmap.width, bitmap.height).data, bitmap.width, bitmap.height)?.data ?? null
  }, bytes.toString('base64'))
  await s.page.waitForFunction(() => window.events.some((e) => e.type === 'share_click' && e.channel === 'image'))
  const click = (await s.page.evaluate(() => window.events)).find((e) => e.type === 'share_click' && e.channel === 'image')
  assert.equal(new URL(qr).searchParams.get('scid'), click.shareId, 'the QR code is the link of the share reported')
  s.assertNoPageErrors()
})

test('where the QR encoder cannot load, cardImage(\'story\') is still the Story, without its code, and SC305 says which part', async () => {
  const s = await open(product())
  await s.context.route(anyTry('/sc-qr.js'), (route) => route.fulfill({ status: 404, body: '' }))
  const info = await s.page.evaluate(() => window.widget.cardImage('story').then(window.pngInfo))
  assert.deepEqual([info.type, info.width, info.height], ['image/png', 1080, 1920])
  // The warning follows the last try, once its text has loaded.
  const deadline = performance.now() + 8000
  while (!s.warnings.some((text) => text.startsWith('[sharecue] SC305')) && performance.now() < deadline) await sleep(100)
  assert.ok(s.warnings.some((text) => text.startsWith('[sharecue] SC305') && text.includes('QR code')), JSON.stringify(s.warnings))
  s.assertNoPageErrors()
})
