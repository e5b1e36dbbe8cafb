import type { Settings, Templates } from './settings'

/** The product the demo page sells, as the snippet must carry it to work on any page. */
export interface PageProduct {
  /** The product page's address (absolute). */
  url: string
  title: string
  /** Absolute image URL. */
  image: string
}

type Attribute = [name: string, value: string]

/** `data-template` for `default`, `data-template-x` for a channel; the same shape for variants. */
const copyAttributes = (prefix: string, templates: Templates): Attribute[] =>
  Object.entries(templates)
    .filter(([, text]) => text)
    .map(([key, text]) => [key === 'default' ? prefix : `${prefix}-${key}`, text!])

/** The target's theme as custom properties, only those that differ from the widget's defaults. */
export const themeStyle = (s: Settings): string => [
  s.bg && `--sc-bg:${s.bg}`,
  s.fg && `--sc-fg:${s.fg}`,
  s.focus && `--sc-focus:${s.focus}`,
  s.radius !== 8 && `--sc-radius:${s.radius}px`,
  s.size !== 40 && `--sc-size:${s.size}px`,
].filter(Boolean).join(';')

/**
 * The target element's attributes for these settings, in the order the snippet shows them.
 * The live widget is mounted from exactly these, so the snippet gives the same widget.
 * `live` adds what only the playground wants: the variant being previewed, and `data-preview`,
 * so that the marketer's own views and clicks are kept out of every figure.
 */
export const targetAttributes = (s: Settings, product: PageProduct, live = false): Attribute[] => {
  const out: Attribute[] = [['data-sharecue', '']]
  out.push(['data-channels', s.channels.join(',')])
  if (s.layout !== 'labels') out.push(['data-layout', s.layout])
  if (s.theme !== 'auto') out.push(['data-theme', s.theme])
  if (s.group) out.push(['data-group', 'true'])
  out.push(['data-locale', s.locale])
  if (s.campaign) out.push(['data-campaign', s.campaign])
  if (s.card) out.push(['data-card', 'true'])
  out.push(['data-url', product.url], ['data-title', product.title], ['data-image', product.image])
  if (s.price) out.push(['data-price', s.price], ['data-currency', s.currency])
  if (s.originalPrice) out.push(['data-original-price', s.originalPrice])
  if (s.deadline) out.push(['data-deadline', s.deadline])
  if (s.stock) out.push(['data-stock', s.stock])
  out.push(...copyAttributes('data-template', s.templates))
  for (const variant of s.variants) {
    const own = copyAttributes(`data-variant-${variant.name}`, variant.templates)
    // A variant without copy of its own still needs its attribute: it is the control.
    out.push(...(own.some(([name]) => name === `data-variant-${variant.name}`) ? [] : [[`data-variant-${variant.name}`, ''] as Attribute]), ...own)
  }
  if (live && s.preview) out.push(['data-variant', s.preview])
  if (live) out.push(['data-preview', 'true'])
  const style = themeStyle(s)
  if (style) out.push(['style', style])
  return out
}

/** A new target element for these settings (not yet in the document). */
export const targetElement = (doc: Document, s: Settings, product: PageProduct, live = false): HTMLElement => {
  const el = doc.createElement('div')
  for (const [name, value] of targetAttributes(s, product, live)) el.setAttribute(name, value)
  return el
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The script tag and the target, as HTML to paste into a page. */
export const htmlSnippet = (s: Settings, product: PageProduct, origin: string): string => {
  const attributes = targetAttributes(s, product)
    .map(([name, value]) => (value === '' && name === 'data-sharecue' ? name : `${name}="${escape(value)}"`))
    .join('\n     ')
  return `<script src="${origin}/dist/sharecue.js" async data-endpoint="${origin}/events"></script>\n\n<div ${attributes}></div>`
}

/** `data-original-price` → `originalPrice`, as `mount()` names its options. */
const optionName = (attribute: string) => attribute.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

/** The same widget from the npm module: `configure()` and `mount()` with the same options. */
export const npmSnippet = (s: Settings, product: PageProduct, origin: string): string => {
  const options: Record<string, unknown> = {}
  for (const [name, value] of targetAttributes(s, product)) {
    if (name === 'data-sharecue' || name === 'style' || name.startsWith('data-template') || name.startsWith('data-variant')) continue
    options[optionName(name)] = name === 'data-channels' ? value.split(',') : value === 'true' ? true : value
  }
  if (Object.values(s.templates).some(Boolean)) options.templates = s.templates
  if (s.variants.length) options.variants = Object.fromEntries(s.variants.map((v) => [v.name, v.templates]))
  const style = themeStyle(s)
  const lines = [
    `import { configure, mount } from 'sharecue'`,
    ``,
    `configure({ endpoint: '${origin}/events' })`,
    `const target = document.querySelector('#share')`,
  ]
  if (style) lines.push(`target.setAttribute('style', '${style}')`)
  lines.push(`mount(target, ${JSON.stringify(options, null, 2)})`)
  return lines.join('\n')
}
