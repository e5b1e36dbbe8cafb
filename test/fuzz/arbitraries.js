/**
 * fast-check arbitraries for everything a page hands the widget: target attributes (or mount
 * options), JSON-LD documents, Open Graph tags and share-copy templates. Plain JavaScript, so the
 * unit fuzz suite (happy-dom) and the Chromium sample draw from the same generators.
 */
import fc from 'fast-check'

/** The contract's channel ids (§4). */
export const CHANNEL_IDS = [
  'native', 'copy', 'email', 'sms', 'facebook', 'messenger', 'x', 'threads', 'bluesky', 'mastodon',
  'linkedin', 'pinterest', 'reddit', 'tumblr', 'hackernews', 'whatsapp', 'telegram', 'line', 'viber',
  'vk', 'ok', 'wechat', 'weibo', 'qq', 'qzone', 'douban', 'image',
]

/** Markup and script that must stay text wherever it appears. */
export const MARKUP = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>',
  "'><a href=javascript:alert(1)>x</a>", '<iframe src="javascript:alert(1)">', '</style><b>bold</b>',
  '{{constructor.constructor("alert(1)")()}}', '${alert(1)}', '&lt;img src=x&gt;', '<!--', ']]>',
]

/** Names that trip up code using plain objects as maps. */
export const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']

/** A huge string: ten times the longest text the widget keeps. */
const huge = fc.constantFrom('a', 'é', '😀', '<b>', ' ', '\u0000').map((unit) => unit.repeat(10_000))

/** Any text: unicode (with lone surrogates), markup, prototype names, control characters, huge. */
export const text = () => fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP, ...PROTO_NAMES, '', ' ', '\t\n', 'null', 'undefined', 'NaN') },
  { weight: 1, arbitrary: huge },
)

/** URLs of every kind a page may give: good ones, and every scheme and shape that must never reach an href or src. */
export const url = () => fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'https://shop.example/p/1?color=red#reviews', 'http://shop.example/p/2', 'HTTPS://SHOP.EXAMPLE/P',
      'javascript:alert(1)', ' JaVaScRiPt:alert(document.domain)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
      'javascript&colon;alert(1)', '&#106;avascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml,<svg onload=alert(1)>', 'data:image/png;base64,iVBORw0KGgo=', 'vbscript:msgbox(1)',
      'file:///etc/passwd', 'blob:https://shop.example/1b2c', 'mailto:a@b.example', 'sms:+15550100', 'viber://forward?text=x',
      'fb-messenger://share/?link=x', 'ftp://shop.example/', 'about:blank', 'chrome://settings', 'ws://shop.example/',
      '/p/relative', 'relative/path', '../../up', '?only=query', '#hash', '//evil.example/x', '\\\\evil.example\\x',
      'https://例え.jp/商品?名前=値', 'https://xn--r8jz45g.jp/', 'https://user:pass@shop.example/', 'https://[::1]:8443/p',
      'https://shop.example/p?q="><img src=x onerror=alert(1)>', 'https://shop.example/"onmouseover="alert(1)',
      'http://', 'https://', ':', '', ' ', 'https://shop.example/' + 'a'.repeat(5000),
    ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('javascript:', 'data:', 'vbscript:', 'https://', '//', '/'), text()).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: text() },
)

/** Prices and numbers: formats of the world, junk, and numbers JavaScript handles badly. */
export const number = () => fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom('19.99', '1,299.00', '1.299,00', '1 299,00', '€39', '-5', '0', 'Infinity', 'NaN', '1e308', '1e400',
    '9'.repeat(400), '0x10', '12abc', 'abc', '', ' ', '٣٩٫٩٩', '１２３'),
  text(),
)

/** Deadlines: ISO 8601 with and without offsets, dates alone, epoch numbers, junk. */
export const deadline = () => fc.oneof(
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer().map(String),
  fc.constantFrom('2026-12-01T23:59:00+01:00', '2026-12-01', 'tomorrow', '2026-02-30T00:00:00Z', '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00Z', '-000001-01-01T00:00:00Z', '2026-12-01T25:00:00Z', ''),
  text(),
)

/** A share-copy template: placeholders (known, unknown, inherited names) among text and markup. */
export const template = () => fc.array(fc.oneof(
  fc.constantFrom('title', 'price', 'originalPrice', 'discount', 'deadline', 'timeLeft', 'stock', 'brand', 'sku', 'text', 'url',
    'nope', ...PROTO_NAMES).map((name) => `{${name}}`),
  fc.constantFrom(...MARKUP, ' – ', '{', '}', '{{title}}', '{ title }'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
), { maxLength: 8 }).map((parts) => parts.join(''))

/** A `data-channels` value: real ids in any case and order, junk ids, prototype names, repeats, stray commas. */
export const channels = () => fc.array(fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...CHANNEL_IDS) },
  { weight: 1, arbitrary: fc.constantFrom(...CHANNEL_IDS).map((id) => ` ${id.toUpperCase()} `) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_NAMES, 'WhatsApp ', 'twitter', 'google+', '', ' ', '<img src=x onerror=alert(1)>') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
), { maxLength: 12 }).map((ids) => ids.join(','))

/**
 * Values for a target's `data-*` attributes (keys in camelCase, as `dataset` and `mount()`
 * options name them), each present or not. Every contract attribute (§3) and every option
 * the README lists, with values good and bad.
 */
export const attributes = () => fc.record({
  channels: channels(),
  url: url(),
  title: text(),
  text: text(),
  image: url(),
  price: number(),
  currency: fc.oneof(fc.constantFrom('EUR', 'usd', ' jpy ', 'XXX', 'EURO', '€', '', 'ZZZ'), text()),
  originalPrice: number(),
  deadline: deadline(),
  stock: number(),
  sku: text(),
  card: fc.constantFrom('true', 'false', '', '1', 'yes', 'TRUE'),
  locale: fc.oneof(fc.constantFrom('en', 'ar', 'zh-CN', 'zh-Hant-TW', 'de-DE', 'x-private', 'en-US-u-nu-arab', 'xx-!!', 'toString', 'valueOf', ''), text()),
  campaign: text(),
  layout: fc.oneof(fc.constantFrom('labels', 'icons', 'pills'), text()),
  theme: fc.oneof(fc.constantFrom('auto', 'light', 'dark'), text()),
  group: fc.constantFrom('true', 'false', ''),
  template: template(),
  templateX: template(),
  templateEmail: template(),
  mastodon: fc.oneof(fc.constantFrom('mastodon.social', 'https://fosstodon.org/', 'evil.example/path', 'javascript:alert(1)', 'a@b', 'x.example:99999'), url()),
  facebookAppId: fc.oneof(fc.constantFrom('123456789', '12ab'), text()),
  now: deadline(),
  stockThreshold: number(),
  sold: number(),
  imageProxy: fc.oneof(fc.constantFrom('/proxy?u={url}', 'https://img.example/{url}', 'javascript:{url}', '{url}'), url()),
  widgetId: text(),
}, { requiredKeys: [] })

/** `camelCase` → `data-camel-case`, as `dataset` maps them (templateX → data-template-x). */
export const attributeName = (key) => 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())

/** A JSON value of any shape, with prototype names among its keys. */
const anyJson = () => fc.jsonValue({ maxDepth: 3 })

/** A schema.org Product as pages write it, every field present or not, any of them wrong. */
const product = () => fc.record({
  '@context': fc.constantFrom('https://schema.org', 'http://schema.org/', ''),
  '@type': fc.oneof(fc.constantFrom('Product', 'ProductGroup', 'schema:Product', 'https://schema.org/Product', ['Thing', 'Product'], 'Offer'), anyJson()),
  name: fc.oneof(text(), anyJson()),
  description: fc.oneof(text(), anyJson()),
  url: fc.oneof(url(), anyJson()),
  image: fc.oneof(url(), fc.array(url(), { maxLength: 3 }), url().map((u) => ({ '@type': 'ImageObject', url: u })), anyJson()),
  sku: fc.oneof(text(), fc.integer(), fc.double()),
  brand: fc.oneof(text(), text().map((name) => ({ '@type': 'Brand', name }))),
  offers: fc.oneof(
    fc.record({
      '@type': fc.constantFrom('Offer', 'AggregateOffer'),
      price: fc.oneof(number(), fc.double(), fc.constant(1e308)),
      lowPrice: number(),
      priceCurrency: fc.oneof(fc.constantFrom('EUR', 'usd'), text()),
      priceValidUntil: deadline(),
      inventoryLevel: fc.oneof(number(), number().map((value) => ({ '@type': 'QuantitativeValue', value }))),
      priceSpecification: fc.oneof(anyJson(), fc.record({ priceType: fc.constantFrom('https://schema.org/ListPrice', 'StrikethroughPrice', 'x'), price: number() })),
    }, { requiredKeys: [] }),
    fc.array(anyJson(), { maxLength: 3 }),
    anyJson(),
  ),
}, { requiredKeys: [] })

/**
 * The text of one `<script type="application/ld+json">`: a Product alone, in arrays, in a
 * nested `@graph`, with `__proto__` keys and numbers beyond double range written out, or not
 * JSON at all.
 */
export const jsonLd = () => fc.oneof(
  { weight: 4, arbitrary: product().map((p) => JSON.stringify(p)) },
  { weight: 2, arbitrary: fc.array(product(), { minLength: 1, maxLength: 3 }).map((list) => JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@graph': list }] })) },
  { weight: 1, arbitrary: product().map((p) => JSON.stringify([[[p]]])) },
  // JSON.stringify drops a __proto__ key set on an object, so these are written by hand: JSON.parse keeps them as own keys.
  { weight: 1, arbitrary: product().map((p) => JSON.stringify(p).replace(/^\{/, '{"__proto__":{"@type":"Product","name":"polluted"},"constructor":{"prototype":{"x":1}},')) },
  { weight: 1, arbitrary: product().map((p) => JSON.stringify(p).replace(/"price":[^,}]*/, '"price":1e400').replace(/"sku":[^,}]*/, '"sku":123456789012345678901234567890')) },
  { weight: 1, arbitrary: fc.oneof(anyJson().map((j) => JSON.stringify(j)), fc.constantFrom('', '{', '{"@type":"Product",}', 'null', '[]', '{"@type":{"toString":1}}', '<!-- x -->', 'undefined', '\u2028')) },
)

/** Open Graph and product tags: `[property, content]` pairs, properties repeated or not. */
export const openGraph = () => fc.array(fc.tuple(
  fc.constantFrom('og:url', 'og:title', 'og:description', 'og:image', 'product:price:amount', 'product:price:currency', 'description'),
  fc.oneof(url(), text(), number()),
), { maxLength: 6 })

/** A whole page's worth of input: the target's attributes, the JSON-LD blocks and the OG tags. */
export const page = () => fc.record({
  attributes: attributes(),
  jsonLd: fc.array(jsonLd(), { maxLength: 2 }),
  openGraph: openGraph(),
  documentTitle: text(),
  canonical: fc.option(url(), { nil: undefined }),
})
