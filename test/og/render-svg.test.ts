// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { escapeXml, renderSvg } from '../../src/card/render-svg'
import type { Op } from '../../src/card/card-layout'

const font = { fontFamily: "Inter, 'Noto Sans SC', sans-serif" }
const text = (value: string, extra: Partial<Extract<Op, { op: 'text' }>> = {}): Op => ({ op: 'text', x: 10, y: 20, text: value, size: 16, fill: '#000', ...extra })
const image = (src: string): Op => ({ op: 'image', x: 0, y: 0, w: 100, h: 50, src })
/** The elements an SVG string has, by name: what markup in the input could have added. */
const elements = (svg: string) => [...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1])

describe('renderSvg', () => {
  it('writes a standalone SVG of the asked size with the font families on its root', () => {
    const svg = renderSvg([{ op: 'rect', x: 0, y: 0, w: 1200, h: 630, fill: '#fff' }], 1200, 630, font)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="Inter, &#39;Noto Sans SC&#39;, sans-serif">/)
    expect(svg).toContain('<rect x="0" y="0" width="1200" height="630" fill="#fff"/>')
    expect(svg.endsWith('</svg>')).toBe(true)
  })

  it('draws bold, struck-through and end-anchored text, each as its own bidi isolate', () => {
    const svg = renderSvg([text('€159.00', { strike: true }), text('Sale', { bold: true, anchor: 'end' })], 300, 100, font)
    expect(svg).toContain('<text x="10" y="20" font-size="16" fill="#000" text-decoration="line-through">\u2068€159.00\u2069</text>')
    expect(svg).toContain('<text x="10" y="20" font-size="16" font-weight="700" fill="#000" text-anchor="end">\u2068Sale\u2069</text>')
  })

  it('rounds rounded corners and coordinates to two decimals, and writes NaN as 0', () => {
    const svg = renderSvg([{ op: 'rect', x: 1 / 3, y: NaN, w: 10, h: 10, fill: '#b3261e', r: 6.666666 }], 100, 100, font)
    expect(svg).toContain('<rect x="0.33" y="0" width="10" height="10" rx="6.67" fill="#b3261e"/>')
  })

  it('crops a photo to fill its box, clipped to it', () => {
    const svg = renderSvg([image('https://shop.example/p/1.jpg')], 100, 50, font)
    expect(svg).toContain('<defs><clipPath id="sc-clip-0"><rect x="0" y="0" width="100" height="50"/></clipPath></defs>')
    expect(svg).toContain('<image x="0" y="0" width="100" height="50" href="https://shop.example/p/1.jpg" preserveAspectRatio="xMidYMid slice" clip-path="url(#sc-clip-0)"/>')
  })

  it.each([
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd',
    'vbscript:msgbox', '//shop.example/p.jpg', '/p.jpg', '',
  ])('leaves out an image from %j', (src) => {
    expect(elements(renderSvg([image(src)], 100, 50, font))).toEqual(['svg'])
  })

  it('draws the href that embedImage gives, and no image where it gives none or throws', () => {
    const data = 'data:image/png;base64,iVBORw0KGgo='
    expect(renderSvg([image('https://a.example/1.png')], 100, 50, { ...font, embedImage: () => data })).toContain(`href="${data}"`)
    expect(elements(renderSvg([image('https://a.example/1.png')], 100, 50, { ...font, embedImage: () => undefined }))).toEqual(['svg'])
    expect(elements(renderSvg([image('https://a.example/1.png')], 100, 50, { ...font, embedImage: () => { throw new Error('no') } }))).toEqual(['svg'])
    expect(elements(renderSvg([image('https://a.example/1.png')], 100, 50, { ...font, embedImage: () => 'javascript:alert(1)' }))).toEqual(['svg'])
  })

  it('shows markup in text as text: no element comes from it', () => {
    const hostile = '</text><script>alert(1)</script><image href="x" onload="alert(2)"/>&amp;'
    const svg = renderSvg([text(hostile), image('https://a.example/p.png?"onload="alert(3)')], 300, 100, { ...font, label: hostile })
    expect(elements(svg)).toEqual(['svg', 'title', 'defs', 'clipPath', 'rect', 'text', 'image'])
    expect(svg).not.toContain('<script')
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;image href=&quot;x&quot; onload=&quot;alert(2)&quot;/&gt;&amp;amp;')
    expect(svg).toContain('href="https://a.example/p.png?&quot;onload=&quot;alert(3)"')
  })

  it('drops characters XML does not allow, so the file always parses', () => {
    expect(escapeXml('a\u0000b\u0008c\uFFFEd\uD800e\tf\n😀')).toBe('abcde\tf\n😀')
  })

  it('names its language and its label for a browser and a screen reader', () => {
    const svg = renderSvg([], 10, 10, { ...font, lang: 'zh-CN', label: 'Trail shoe' })
    expect(svg).toContain('lang="zh-CN" role="img"><title>Trail shoe</title>')
  })
})
