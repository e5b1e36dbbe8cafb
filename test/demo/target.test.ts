import { describe, expect, it } from 'vitest'
import { defaults } from '../../demo/playground/settings'
import { htmlSnippet, npmSnippet, targetAttributes, targetElement } from '../../demo/playground/target'
import { readAttributes } from '../../src/config/read-attributes'

const product = { url: 'https://shop.example/p/atr', title: 'Alpine Trail Runner', image: 'https://shop.example/atr.svg' }
const base = defaults('2026-12-01T23:59:00Z')

describe('the target made from the settings', () => {
  it('reads back, through the widget’s own attribute reader, as the options it was made from', () => {
    const settings = { ...base, layout: 'icons' as const, group: true, templates: { default: 'Hi {title}', x: '{title} for {price}' },
      variants: [{ name: 'a', templates: {} }, { name: 'b', templates: { default: 'Treat yourself', x: 'Treat: {title}' } }] }
    const options = readAttributes(targetElement(document, settings, product))
    expect(options).toMatchObject({
      channels: 'whatsapp,facebook,x,email,copy', layout: 'icons', group: 'true', locale: 'en', campaign: 'demo', card: 'true',
      url: product.url, title: product.title, image: product.image, price: '129.00', currency: 'EUR', originalPrice: '159.00',
      deadline: '2026-12-01T23:59:00Z', stock: '3',
      templates: { default: 'Hi {title}', x: '{title} for {price}' },
      variants: { a: {}, b: { default: 'Treat yourself', x: 'Treat: {title}' } },
    })
  })

  it('forces the previewed variant only in the live widget, never in the snippet', () => {
    const settings = { ...base, variants: [{ name: 'a', templates: {} }, { name: 'b', templates: {} }], preview: 'b' }
    expect(targetAttributes(settings, product, true)).toContainEqual(['data-variant', 'b'])
    expect(targetAttributes(settings, product).map(([name]) => name)).not.toContain('data-variant')
    expect(htmlSnippet(settings, product, 'https://shop.example')).not.toMatch(/data-variant="/)
  })

  it('puts only the theme values that differ from the widget’s defaults in a style attribute', () => {
    expect(targetAttributes(base, product).map(([name]) => name)).not.toContain('style')
    const themed = targetElement(document, { ...base, bg: '#112233', radius: 16, size: 40 }, product)
    expect(themed.getAttribute('style')).toBe('--sc-bg:#112233;--sc-radius:16px')
  })

  it('escapes copy in the HTML snippet, so pasted markup stays text', () => {
    const html = htmlSnippet({ ...base, templates: { default: '"Fast" <b>shoes</b> & more' } }, product, 'https://shop.example')
    expect(html).toContain('data-template="&quot;Fast&quot; &lt;b&gt;shoes&lt;/b&gt; &amp; more"')
    const parsed = document.createElement('div')
    parsed.innerHTML = html
    expect(parsed.querySelector('[data-sharecue]')!.getAttribute('data-template')).toBe('"Fast" <b>shoes</b> & more')
    expect(parsed.querySelector('script')!.getAttribute('src')).toBe('https://shop.example/dist/sharecue.js')
  })

  it('gives the npm code the same options, arrays and booleans as mount() takes them', () => {
    const code = npmSnippet({ ...base, templates: { x: '{title}' }, variants: [{ name: 'a', templates: {} }] }, product, 'https://shop.example')
    const options = JSON.parse(/mount\(target, ([\s\S]+)\)$/.exec(code)![1]!)
    expect(options).toMatchObject({ channels: ['whatsapp', 'facebook', 'x', 'email', 'copy'], card: true, templates: { x: '{title}' }, variants: { a: {} } })
    expect(code).toContain("configure({ endpoint: 'https://shop.example/events' })")
  })
})
