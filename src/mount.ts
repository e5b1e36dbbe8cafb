import { h, render } from 'preact'
import type { ChannelId, MountOptions, Product, Widget } from './types'
import { browserEnv, type Env } from './env'
import { createWarn } from './config/warn'
import { readAttributes } from './config/read-attributes'
import { resolveOptions, type WidgetOptions } from './config/resolve-options'
import { resolveProduct } from './product/resolve-product'
import { registry } from './channels/registry'
import { instanceHost } from './channels/mastodon'
import { icons } from './channels/load-icon'
import { localeFor, loadLocale } from './i18n/load-locale'
import type { Locale } from './i18n/locale'
import { shareId } from './share/share-id'
import { shareData } from './share/share-data'
import { variantTemplates } from './share/variant-templates'
import { copyValues } from './share/copy-values'
import { copyText } from './share/copy-text'
import { createEvent } from './events/create-event'
import { report as deliver, startDelivery } from './events/report'
import { detectLanding, parentShareId } from './events/landing'
import { watchView } from './events/watch-view'
import { assignVariant, visitorId } from './events/visitor'
import { adoptStyles } from './styles/adopt-styles'
import { widgetCss } from './styles/widget-css'
import { attachHost } from './attach-host'
import { Widget as View } from './ui/widget'
import type { ControlModel, MastodonModel, WechatModel } from './ui/model'
import { offer } from './card/offer'
import { cardModel } from './card/card-model'
import { tickWhileVisible } from './card/ticker'
import { cardImages, cardSize } from './card/card-images'
import type { Extras } from './ui/extras'

const widgets = new WeakMap<Element, Widget>()
/** Shadow roots cannot be removed: a target mounted again after destroy() reuses its own. */
const roots = new WeakMap<Element, ShadowRoot>()
/** How long "Link copied" stays: long enough to read, short enough that a second copy is announced again. */
const statusMs = 4000
/** The stylesheet text, made once per page. */
let css: string | undefined

const inert: Widget = { update() {}, destroy() {}, cardImage: () => Promise.reject(new Error('not mounted')) }

/**
 * Mounts a share widget on `target`, in an open shadow root. Options win over the target's
 * `data-*` attributes, which win over the page's JSON-LD, Open Graph and document.
 * Mounting a target twice updates the first widget. Never throws into the page.
 *
 * @example
 * const widget = mount(document.querySelector('#share')!, { channels: ['whatsapp', 'x', 'copy'] })
 * widget.destroy()
 */
export const mount = (target: Element, options: MountOptions = {}, env: Env = browserEnv()): Widget => {
  const warn = createWarn(env)
  if ((target as Node | null)?.nodeType !== 1) {
    warn('SC201', target === null ? 'null' : typeof target)
    return inert
  }
  const existing = widgets.get(target)
  if (existing) {
    existing.update(options)
    return existing
  }
  const doc = target.ownerDocument
  const page = () => doc.defaultView?.location.href ?? doc.URL
  const root = roots.get(target) ?? attachHost(target, warn)
  roots.set(target, root)
  adoptStyles(root, (css ??= widgetCss()))
  const container = root.appendChild(doc.createElement('div'))

  // Undefined options do not hide the attributes underneath them.
  let given: MountOptions = {}
  let config: WidgetOptions
  /** The A/B variant this visitor sees, and the share copy it makes. */
  let variant: string | undefined
  let templates: WidgetOptions['templates']
  let product: Product
  let locale: Locale | undefined
  let destroyed = false
  let waiting = false
  let status = ''
  let wechat: WechatModel | undefined
  let mastodon: MastodonModel | undefined
  let trigger: HTMLElement | undefined
  let extras: Extras | undefined
  let paused = !!doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  let untick = () => {}
  let lastLeft = NaN // nothing announced before the first tick
  /** Drawn ahead only once the widget was seen (where that can be known). */
  let seen = !doc.defaultView?.IntersectionObserver
  /** Whether the `image` channel is shown: only then does being seen change the drawing. */
  let drawsAhead = false
  const mountedAt = env.now()
  /** This widget's clock: the client's, corrected by the server's `now` where given. */
  const clock = () => env.now() + config.skew
  const shareIds = new Map<ChannelId, string>()
  const timers = new Set<ReturnType<typeof setTimeout>>()
  // At most 64 characters, as collectors keep it; the option or attribute the page set itself.
  const attributes: DOMStringMap = { __proto__: null as never, ...(target as HTMLElement).dataset }
  const widgetId = String({ __proto__: null, ...options }.widgetId ?? attributes.widgetId ?? shareId()).slice(0, 64)
  detectLanding(env, warn)
  startDelivery(env, warn)
  // A widget counts as seen once at least half of it was in view, once per page view.
  const unwatch = watchView(target, () => {
    report('widget_view')
    seen = true
    if (drawsAhead) draw()
  })

  const later = (fn: () => void, ms = 0) => {
    const timer = setTimeout(() => timers.delete(timer) && !destroyed && fn(), ms)
    timers.add(timer)
  }

  const idFor = (id: ChannelId) => shareIds.get(id) ?? shareIds.set(id, shareId()).get(id)!

  /** What share copy may name now: formatted once per draw, not once per channel. */
  const copy = () => copyValues(product, config.locale, clock(), config.threshold)

  const dataFor = (id: ChannelId, values = copy()) => shareData({
    channel: registry[id], product, locale: locale!, campaign: config.campaign, shareId: idFor(id),
    values, templates,
  })

  /**
   * Each link's href with what it was made from: a draw that changes nothing the link says
   * (an icon arriving, the widget coming into view) reuses it. Building URLs is most of a draw.
   */
  const hrefs = new Map<ChannelId, [key: string, href: string]>()
  /** Bumped by every update(): new options or product make every link anew. */
  let revision = 0

  const control = (id: ChannelId, values: ReturnType<typeof copy>, key: string): ControlModel | undefined => {
    const { name: english, scope, action, url } = registry[id]
    const name = locale!.names?.[id] ?? english
    const control: ControlModel = { id, name, scope, icon: icons.get(id), label: locale!.shareOn.replace('{0}', name) }
    // Web Share only where the browser says it can share this data.
    if (action === 'native') {
      try {
        return env.navigator.canShare?.(dataFor(id, values)) ? { ...control, label: name } : undefined
      } catch {
        return // canShare throws for data it cannot even read
      }
    }
    // "Copy link" and "Share image" say what they do; the others are "Share on …".
    if (action) return action === 'copy' || action === 'image' ? { ...control, label: name } : control
    key += idFor(id)
    let [made, href] = hrefs.get(id) ?? []
    if (made !== key) {
      href = url!(dataFor(id, values), { mobile: env.mobile(), facebookAppId: config.facebookAppId, mastodon: config.mastodon })
      hrefs.set(id, [key, href])
    }
    if (href === 'instance') return control // a button that asks the shopper for their server
    if (href === 'image' || href === 'appId') return void warn(href === 'image' ? 'SC301' : 'SC302')
    return { ...control, label: `${control.label} ${locale!.newTab}`, href }
  }

  /** The card as a PNG; the `image` channel's drawn ahead, again when what it shows changes. */
  const images = cardImages(doc, root, warn,
    () => ({ product, tag: config.locale, now: clock(), threshold: config.threshold, proxy: config.imageProxy }),
    () => [product, config, locale, offer(product, clock(), config.threshold).ended])

  /** The card at this moment, when it next needs drawing, and the time left. */
  const card = () => cardModel(product, locale!, { tag: config.locale, now: clock(), threshold: config.threshold, sold: config.sold, paused })

  /** A tick of the card's countdown: announce what matters once (the last hour, the end), redraw. */
  const tick = () => {
    if (!locale) return 1000
    const [, next, left] = card()
    // WCAG 2.2.2 and 4.1.3: no running commentary, a polite word at the moments that matter.
    if (lastLeft > 3_600_000 && left <= 3_600_000 && left > 0) say(locale.lastHour)
    else if (lastLeft > 0 && lastLeft !== Infinity && left === 0) say(locale.ended)
    else draw()
    lastLeft = left
    return next
  }

  function draw() {
    locale = localeFor(config.locale)
    if (destroyed || !locale) return // a table still loading: `draw` runs again when it arrives
    try {
      const values = copy()
      const key = `${revision}\0${locale.tag}\0${JSON.stringify(values)}\0`
      const controls = (config.channels ?? locale.channels).map((id) => control(id, values, key)).filter(Boolean) as ControlModel[]
      // Drawn ahead only once the widget was seen (where that can be known), when the browser is idle.
      drawsAhead = controls.some((c) => c.id === 'image')
      if (seen && drawsAhead) images.ahead()
      const missing = controls.filter((c) => c.icon === undefined)
      if (missing.length && !waiting) {
        // One redraw once every icon this widget shows has arrived (they load in parallel).
        waiting = true
        Promise.all(missing.map((c) => icons.load(c.id).catch((error) => warn('SC305', 'icon ' + c.id, error))))
          .then(() => { waiting = false; draw() })
      }
      render(h(View, {
        locale, layout: config.layout, theme: config.theme, group: config.group, controls, status, wechat, mastodon, extras,
        card: config.card ? card()[0] : undefined,
        onControl, onCloseDialog, onMastodon, onPause,
      }), container)
    } catch (error) {
      warn('SC305', 'render', error)
    }
  }

  const report = (type: 'widget_view' | 'share_click' | 'share_complete', channel?: ChannelId, sid = channel && idFor(channel)) => {
    const { url, title, sku } = product
    const fields = { widget: widgetId, channel, shareId: sid, parentShareId: channel && parentShareId(env), variant, product: { url, title, sku } }
    // Fields without a value are left out, not sent as null.
    deliver(createEvent(type, JSON.parse(JSON.stringify(fields)), env.now(), page()), env, warn)
  }

  /** A share click; after it the channel's links carry a new share id, so every share has its own. */
  const shared = (id: ChannelId) => {
    report('share_click', id)
    later(() => { shareIds.delete(id); draw() })
  }

  /** The WeChat dialog and the Mastodon field load on the first click that needs them. */
  const loadExtras = () => extras || import('./ui/extras').then(({ extras: make }) => {
    extras = make(h)
    adoptStyles(root, extras.css)
    draw()
  }, (error) => warn('SC305', 'extras', error))

  const say = (text: string) => {
    // Empty first, so that the same words twice are announced twice.
    status = ''
    draw()
    later(() => { status = text; draw(); later(() => { status = ''; draw() }, statusMs) }, 50)
  }

  function onControl(id: ChannelId, event: MouseEvent) {
    const action = registry[id].action
    const sid = idFor(id)
    const data = dataFor(id)
    trigger = event.currentTarget as HTMLElement
    if (id === 'mastodon' && !config.mastodon) {
      // Not a share yet: the shopper first names their server.
      mastodon = mastodon ? undefined : {}
      loadExtras()
      return draw()
    }
    shared(id)
    if (!action) return // a link: the browser opens it
    event.preventDefault()
    if (action === 'copy') {
      copyText(data.url, doc, root).then(
        () => { report('share_complete', id, sid); say(locale!.copied) },
        (error) => { warn('SC304', error); say(locale!.copyFailed) },
      )
    } else if (action === 'native') {
      env.navigator.share(data).then(() => report('share_complete', id, sid), () => { /* dismissed */ })
    } else if (action === 'wechat') {
      wechat = { inApp: /MicroMessenger/i.test(env.navigator.userAgent) }
      loadExtras()
      draw()
      if (!wechat.inApp) {
        import('./qr/qr-path').then(({ qrPath }) => {
          if (wechat) wechat = { ...wechat, qr: qrPath(data.url) }
          draw()
        }, (error) => warn('SC305', 'QR code', error))
      }
    } else if (action === 'image') {
      seen = true
      const { ready, file } = images.ahead()
      const save = (made: File) => {
        images.download(made)
        report('share_complete', id, sid)
      }
      // Web Share needs the click's user activation, so only a file drawn before the click can go.
      const files = ready && { files: [ready], title: data.title, text: data.text, url: data.url }
      let canShare = false
      try {
        canShare = !!files && !!env.navigator.canShare?.(files)
      } catch { /* data it cannot read */ }
      if (canShare) {
        // Dismissing the sheet is no error; a share that fails otherwise saves the image instead.
        env.navigator.share(files!).then(() => report('share_complete', id, sid), (error) => error?.name != 'AbortError' && save(ready!))
      } else file.then(save, () => { /* warned */ })
    }
  }

  function onPause() {
    paused = !paused
    draw()
  }

  function onCloseDialog() {
    wechat = undefined
    draw()
    trigger?.focus()
  }

  /** The shopper named their server: share there, or say what a server name looks like. */
  function onMastodon(event: Event) {
    event.preventDefault()
    const field = (event.currentTarget as HTMLFormElement).elements.namedItem('host') as HTMLInputElement | null
    const host = instanceHost(field?.value)
    mastodon = host ? undefined : { invalid: true }
    if (host) {
      env.open(registry.mastodon.url!(dataFor('mastodon'), { mobile: false, mastodon: host }))
      shared('mastodon')
      trigger?.focus()
    }
    draw()
  }

  const widget: Widget = {
    update(next) {
      if (destroyed) return
      for (const [key, value] of Object.entries(next ?? {})) if (value !== undefined) (given as Record<string, unknown>)[key] = value
      revision++
      // No prototype: an option the target does not set is not read from a polluted Object.prototype.
      const merged = { __proto__: null, ...readAttributes(target), ...given }
      config = resolveOptions(merged, doc, warn, mountedAt)
      const names = Object.keys(config.variants)
      variant = config.variant ?? (names.length ? assignVariant(names, visitorId(env)) : undefined)
      templates = variantTemplates(config.templates, variant ? config.variants[variant] : {})
      product = resolveProduct(merged, doc, page(), warn)
      // A table at hand (English always is) draws now; another draws once it arrives.
      if (!localeFor(config.locale)) loadLocale(config.locale).then(draw, draw)
      draw()
      // One page-wide timer redraws the cards in view, each when it needs it.
      untick()
      untick = config.card && product.deadline != null
        ? tickWhileVisible(target, tick)
        : () => {}
    },
    destroy() {
      if (destroyed) return
      destroyed = true
      unwatch()
      untick()
      timers.forEach(clearTimeout)
      render(null, container)
      container.remove()
      widgets.delete(target)
    },
    cardImage(size) {
      const { width, height } = size ?? cardSize
      // 200: below it the text cannot be read; 2400: twice a link preview's width, a canvas
      // (23 MB) that phones still allow.
      if (![width, height].every((n) => Number.isInteger(n) && n >= 200 && n <= 2400)) {
        warn('SC308', width, height)
        return Promise.reject(new RangeError('cardImage(): width and height must be whole pixels from 200 to 2400'))
      }
      if (destroyed) return inert.cardImage()
      const made = width == cardSize.width && height == cardSize.height && images.fresh()
      return made ? made.file : images.draw({ width, height })
    },
  }
  widgets.set(target, widget)
  widget.update(options)
  return widget
}
