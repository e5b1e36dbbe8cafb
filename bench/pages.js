/**
 * The pages of the peer comparison (bench/compare.js), also loaded by
 * test/browser/bench-pages.test.js: one product page and one category page, each built three
 * ways (sharecue, shareon, sharer.js) around identical page chrome and the same six channels.
 * Each library is wired the way its README tells its users to.
 */

/** The channels all three libraries offer, as each names them. */
export const CHANNELS = [
  { id: 'facebook', shareon: 'facebook', sharer: 'facebook', name: 'Facebook' },
  { id: 'x', shareon: 'twitter', sharer: 'x', name: 'X' },
  { id: 'whatsapp', shareon: 'whatsapp', sharer: 'whatsapp', name: 'WhatsApp' },
  { id: 'telegram', shareon: 'telegram', sharer: 'telegram', name: 'Telegram' },
  { id: 'linkedin', shareon: 'linkedin', sharer: 'linkedin', name: 'LinkedIn' },
  { id: 'email', shareon: 'email', sharer: 'email', name: 'Email' },
]

/** What each library's users put on the page: its files (URL paths on the bench server). */
export const LIBRARIES = {
  sharecue: { label: 'sharecue', version: null, files: ['/dist/sharecue.js'], prefix: '/dist/' },
  shareon: { label: 'shareon 2.8.1', files: ['/node_modules/shareon/dist/shareon.iife.js', '/node_modules/shareon/dist/shareon.min.css'], prefix: '/node_modules/shareon/' },
  sharer: { label: 'sharer.js 0.5.4', files: ['/node_modules/sharer.js/sharer.min.js'], prefix: '/node_modules/sharer.js/' },
}

/** Number of product tiles on the category page. */
export const TILES = 200

export const PRODUCT = {
  url: 'https://shop.example/p/field-lantern?finish=brass',
  title: 'Field Lantern, rechargeable',
  text: 'A rechargeable lantern for camping: three brightness levels and a brass finish.',
  price: '39.00',
}

/** Product n of the category page. */
export const tile = (n) => ({ url: `https://shop.example/p/item-${n}`, title: `Camping item ${n}` })

const escape = (value) => String(value)
  .replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

// Identical on every page. `.share` reserves the row's height before any script runs, as
// sharecue's README asks: 88 px, the height `ShareCue.check()` names for these rows (six
// controls wrap to two lines, in the product column and in a tile). shareon's and sharer.js's
// markup is in the page from the start, and takes the same space or less.
const CSS = `body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #222; background: #fff; }
header, main, footer { max-width: 1040px; margin: 0 auto; padding: 16px; }
header { display: flex; justify-content: space-between; border-bottom: 1px solid #eee; }
.product { display: grid; grid-template-columns: 320px 1fr; gap: 24px; }
.photo { width: 320px; height: 240px; background: linear-gradient(135deg, #c9a227, #6b5310); border-radius: 8px; }
.price { font-size: 1.5rem; font-weight: 600; margin: 0; }
.share { min-height: 88px; margin: 12px 0; }
.grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; }
.tile { border: 1px solid #eee; border-radius: 8px; padding: 12px; }
.tile .photo { width: 100%; height: 120px; }
.tile h2 { font-size: 1rem; margin: 8px 0 0; }
footer { color: #777; font-size: 14px; }`

/** The share markup of one product for `library`. */
const shareMarkup = (library, { url, title }) => {
  if (library === 'sharecue') {
    // On the product page sharecue reads the product from JSON-LD; tiles name theirs, and use
    // round icons (its `labels` default, icon and name, would not fit a tile in one row).
    const attributes = url ? ` data-url="${escape(url)}" data-title="${escape(title)}" data-layout="icons"` : ''
    return `<div class="share" data-sharecue data-channels="${CHANNELS.map((c) => c.id).join(',')}"${attributes}></div>`
  }
  if (library === 'shareon') {
    return `<div class="share shareon" data-url="${escape(url ?? PRODUCT.url)}" data-title="${escape(title ?? PRODUCT.title)}">${CHANNELS.map((c) => `<a class="${c.shareon}"></a>`).join('')}</div>`
  }
  // sharer.js renders nothing: the page carries the buttons, and it attaches click handlers.
  const data = `data-url="${escape(url ?? PRODUCT.url)}" data-title="${escape(title ?? PRODUCT.title)}"`
  return `<div class="share">${CHANNELS.map((c) => `<button type="button" data-sharer="${c.sharer}" ${data}${c.id === 'email' ? ` data-subject="${escape(title ?? PRODUCT.title)}"` : ''}>${c.name}</button>`).join(' ')}</div>`
}

/** Tags each library's README puts in the head. */
const headTags = (library) => ({
  sharecue: '<script src="/dist/sharecue.js" async></script>',
  shareon: '<link href="/node_modules/shareon/dist/shareon.min.css" rel="stylesheet">\n<script src="/node_modules/shareon/dist/shareon.iife.js" defer init></script>',
  sharer: '',
})[library]

/** sharer.js is a plain script; it is placed at the end of the body, where it blocks nothing. */
const bodyEndTags = (library) => (library === 'sharer' ? '<script src="/node_modules/sharer.js/sharer.min.js"></script>' : '')

const page = ({ library, title, head = '', main }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} | Shop Example</title>
<style>${CSS}</style>
${head}
${headTags(library)}
</head>
<body>
<header><strong>Shop Example</strong><span>Cart (0)</span></header>
<main>
${main}
</main>
<footer>Free returns within 30 days.</footer>
${bodyEndTags(library)}
</body>
</html>
`

/** The product page: JSON-LD and Open Graph describe the product; one share row. */
export const productPage = (library) => page({
  library,
  title: PRODUCT.title,
  head: `<meta property="og:type" content="product">
<meta property="og:url" content="${escape(PRODUCT.url)}">
<meta property="og:title" content="${escape(PRODUCT.title)}">
<meta property="og:description" content="${escape(PRODUCT.text)}">
<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: PRODUCT.title,
    description: PRODUCT.text,
    url: PRODUCT.url,
    offers: { '@type': 'Offer', price: PRODUCT.price, priceCurrency: 'EUR' },
  })}</script>`,
  main: `<div class="product">
<div class="photo" role="img" aria-label="${escape(PRODUCT.title)}"></div>
<section>
<h1>${escape(PRODUCT.title)}</h1>
<p class="price">€${PRODUCT.price}</p>
${shareMarkup(library, {})}
<p>${escape(PRODUCT.text)}</p>
<p>Ships in two working days.</p>
</section>
</div>`,
})

/** The category page: `count` tiles, each with its own share row. */
export const categoryPage = (library, count = TILES) => page({
  library,
  title: 'Camping',
  main: `<h1>Camping</h1>
<div class="grid">
${Array.from({ length: count }, (_, i) => {
    const product = tile(i + 1)
    return `<article class="tile"><div class="photo"></div><h2>${escape(product.title)}</h2><p class="price">€${(10 + i).toFixed(2)}</p>${shareMarkup(library, product)}</article>`
  }).join('\n')}
</div>`,
})

/** Paths the bench and its test serve the pages at. */
export const pagePath = (kind, library) => `/bench/${kind}-${library}.html`
