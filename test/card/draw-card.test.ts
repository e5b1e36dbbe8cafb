// The pure parts of the card image: its file name, the sizes cardImage() accepts, the image
// control, and the imageProxy option. The drawing itself needs a real canvas: see
// test/browser/card-image.test.js.
import { afterEach, describe, expect, it } from 'vitest'
import { fileName } from '../../src/card/draw-card'
import { resolveOptions } from '../../src/config/resolve-options'
import type { Widget } from '../../src/types'
import { controls, eventually, scratch, testEnv, mount as mountWidget } from '../env'

const product = { url: 'https://shop.example/p/1', title: 'Trail shoe', price: 75, currency: 'EUR', card: true, channels: 'x' }

const widgets: Widget[] = []
const mount: typeof mountWidget = (...args) => {
  const widget = mountWidget(...args)
  widgets.push(widget)
  return widget
}

afterEach(() => {
  widgets.splice(0).forEach((widget) => widget.destroy())
  document.body.innerHTML = ''
})

describe('the card image’s file name', () => {
  it.each([
    ['Ridgeline Trail Shoe', 'ridgeline-trail-shoe.png'],
    ['Café Crème, 250 g', 'cafe-creme-250-g.png'],
    ['  --Storm Jacket 2.0 "Ultra"!-- ', 'storm-jacket-2-0-ultra.png'],
    ['运动鞋', 'product.png'],
    ['', 'product.png'],
    ['🌧', 'product.png'],
  ])('names "%s" %s', (title, name) => {
    expect(fileName(title)).toBe(name)
  })

  it('keeps at most 60 characters, never ending in a hyphen', () => {
    const name = fileName('The Extremely Long Product Name That Goes On And On Beyond Sixty Characters')
    expect(name).toBe('the-extremely-long-product-name-that-goes-on-and-on-beyond-s.png')
    expect(name.length - 4).toBeLessThanOrEqual(60)
    expect(fileName('a'.repeat(59) + ' b')).toBe('a'.repeat(59) + '.png')
  })

  it('uses only ASCII letters, digits and hyphens', () => {
    for (const title of ['Ñandú/Sneaker?v=2', 'x<y>z', 'C:\\shoes\\red', '../../etc/passwd']) {
      expect(fileName(title)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.png$/)
    }
  })
})

describe('cardImage()', () => {
  it.each([
    [{ width: 100, height: 630 }],
    [{ width: 1200, height: 2401 }],
    [{ width: 1200.5, height: 630 }],
    [{ width: '1200', height: '630' }],
    [{ width: NaN, height: 630 }],
    [{}],
  ])('rejects %j with a RangeError and warns SC308', async (size) => {
    const { env, codes } = testEnv()
    const widget = mount(scratch(), product, env)
    await expect(widget.cardImage(size as never)).rejects.toThrow(RangeError)
    await expect(widget.cardImage(size as never)).rejects.toThrow(/whole pixels from 200 to 2400/)
    await eventually(() => expect(codes()).toEqual(['SC308']))
  })

  it('rejects once the widget is destroyed', async () => {
    const widget = mount(scratch(), product, testEnv().env)
    widget.destroy()
    await expect(widget.cardImage()).rejects.toThrow()
  })
})

describe('the image control', () => {
  it('is a button carrying data-channel="image", named with the channel’s name', () => {
    const target = scratch()
    mount(target, { ...product, channels: 'x,image,copy' }, testEnv().env)
    const image = controls(target).find((c) => c.dataset.channel === 'image')!
    expect(controls(target).map((c) => c.dataset.channel)).toEqual(['x', 'image', 'copy'])
    expect(image.tagName).toBe('BUTTON')
    expect(image.getAttribute('type')).toBe('button')
    expect(image.getAttribute('aria-label')).toBe('Share image')
  })

  it('is shown without the preview card too: the image needs only a title', () => {
    const target = scratch()
    mount(target, { url: product.url, title: 'T', channels: 'image' }, testEnv().env)
    expect(controls(target).map((c) => c.dataset.channel)).toEqual(['image'])
  })
})

describe('the imageProxy option', () => {
  const resolve = (imageProxy: unknown) => {
    const { env, codes } = testEnv()
    const warn = (code: string) => env.warn(code)
    return { options: resolveOptions({ imageProxy } as never, document, warn as never), codes }
  }

  it.each(['/image-proxy?url={url}', 'https://img.shop.example/fetch/{url}', 'http://localhost:8080/p?u={url}&w=1200'])('keeps %s', (template) => {
    const { options, codes } = resolve(template)
    expect(options.imageProxy).toBe(template)
    expect(codes()).toEqual([])
  })

  it.each(['https://img.shop.example/fetch', 'javascript:alert("{url}")', 'data:text/plain,{url}'])('ignores %s with SC307', (template) => {
    const { options, codes } = resolve(template)
    expect(options.imageProxy).toBeUndefined()
    expect(codes()).toEqual(['SC307'])
  })

  it('is read from data-image-proxy', async () => {
    const target = scratch('<div data-image-proxy="ftp://img.shop.example/{url}"></div>')
    const { env, codes } = testEnv()
    mount(target, { ...product, channels: 'image' }, env)
    await eventually(() => expect(codes()).toEqual(['SC307']))
  })
})
