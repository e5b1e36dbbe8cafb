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
import { copyValues, formatDiscount, formatPrice } from './share/copy-values'
import { copyText } from './share/copy-text'
import { withoutAttribution } from './share/without-attribution'
import { createEvent } from './events/create-event'
import { report as deliver, startDelivery } from './events/report'
import { detectLanding, parentShareId } from './events/landing'
import { watchView } from './events/watch-view'
import { adoptStyles } from './styles/adopt-styles'
import { widgetCss } from './styles/widget-css'
import { attachHost } from './attach-host'
import { Widget as View } from './ui/widget'
import type { ControlModel, MastodonModel, WechatModel } from './ui/model'
import type { CardModel } from './ui/card'
import { offer } from './card/offer'
import { formatDeadline, formatTimeLeft } from './card/format-time'
import { tickWhileVisible } from './card/ticker'
import type { Extras } from './ui/extras'

const widgets = new WeakMap<Element, Widget>()
/** Shadow roots cannot be removed: a target mounted again after destroy() reuses its own. */
const roots = new WeakMap<Element, ShadowRoot>()
/** How long "Link copied" stays: long enough to read, short enough that a second copy is announced again. */
const statusMs = 4000
/** The stylesheet text, made once per page. */
let css: string | undefined

/** The card image's default size: a link preview's 1.91:1. */
const cardSize = { width: 1200, height: 630 }

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
  /** The `image` channel's card, drawn ahead so that a click can share it within its gesture. */
  let ahead: { key: unknown[]; file: Promise<File>; ready?: File } | undefined
  /** Drawn ahead only once the widget was seen (where that can be known). */
  let seen = !doc.defaultView?.IntersectionObserver
  const mountedAt = env.now()
  /** This widget's clock: the client's, corrected by the server's `now` where given. */
  const clock = () => env.now() + config.skew
  const shareIds = new Map<ChannelId, string>()
  const timers = new Set<ReturnType<typeof setTimeout>>()
  // At most 64 characters, as collectors keep it.
  const widgetId = String(options?.widgetId ?? (target as HTMLElement).dataset?.widgetId ?? shareId()).slice(0, 64)
  detectLanding(env, warn)
  startDelivery(env, warn)
  // A widget counts as seen once at least half of it was in view, once per page view.
  const unwatch = watchView(target, () => {
    report('widget_view')
    seen = true
    draw()
  })

  const later = (fn: () => void, ms = 0) => {
    const timer = setTimeout(() => timers.delete(timer) && !destroyed && fn(), ms)
    timers.add(timer)
  }

  const idFor = (id: ChannelId) => shareIds.get(id) ?? shareIds.set(id, shareId()).get(id)!

  const dataFor = (id: ChannelId) => shareData({
    channel: registry[id], product, locale: locale!, campaign: config.campaign, shareId: idFor(id),
    values: copyValues(product, config.locale, clock(), config.threshold), templates: config.templates,
  })

  const control = (id: ChannelId): ControlModel | undefined => {
    const { name: english, scope, action, url } = registry[id]
    const name = locale!.names?.[id] ?? english
    const control: ControlModel = { id, name, scope, icon: icons.get(id), label: locale!.shareOn.replace('{0}', name) }
    // Web Share only where the browser says it can share this data.
    if (action === 'native') {
      try {
        return env.navigator.canShare?.(dataFor(id)) ? { ...control, label: name } : undefined
      } catch {
        return // canShare throws for data it cannot even read
      }
    }
    // "Copy link" and "Share image" say what they do; the others are "Share on …".
    if (action) return action === 'copy' || action === 'image' ? { ...control, label: name } : control
    const href = url!(dataFor(id), { mobile: env.mobile(), facebookAppId: config.facebookAppId, mastodon: config.mastodon })
    if (href === 'instance') return control // a button that asks the shopper for their server
    if (href === 'image' || href === 'appId') return void warn(href === 'image' ? 'SC301' : 'SC302')
    return { ...control, label: `${control.label} ${locale!.newTab}`, href }
  }

  /** The card as a PNG file, drawn by a chunk that loads on first use. */
  const drawFile = ({ width, height } = cardSize): Promise<File> =>
    Promise.all([loadLocale(config.locale), import('./card/draw-card')]).then(([table, { drawCard, cardImageData, fileName }]) => {
      const data = cardImageData(product, table, { tag: config.locale, now: clock(), threshold: config.threshold })
      const onNoPhoto = (src: string) => warn('SC306', src.slice(0, 80))
      return drawCard(data, { width, height, document: doc, proxy: config.imageProxy, onNoPhoto })
        .then((blob) => new File([blob], fileName(product.title), { type: 'image/png' }))
    }).catch((error) => {
      warn('SC309', error)
      throw error
    })

  /** What the card image shows depends on these; when one changes, it is drawn again. */
  const shows = () => [product, config, locale, offer(product, clock(), config.threshold).ended]
  /** The card drawn ahead, while it still shows what the widget does. */
  const fresh = (key = shows()) => ahead?.key.every((value, i) => value === key[i]) ? ahead : undefined

  /**
   * The `image` channel's card, drawn once the widget was seen, when the browser is idle, and
   * again when what it shows changes, so that a click finds it ready.
   */
  const drawAhead = () => {
    const key = shows()
    if (!seen || fresh(key)) return fresh(key)
    const win = doc.defaultView
    // Within a second even on a busy page, so the image is ready before most clicks.
    const idle = new Promise((done) => win?.requestIdleCallback ? win.requestIdleCallback(done, { timeout: 1000 }) : setTimeout(done, 200))
    const next: NonNullable<typeof ahead> = { key, file: idle.then(() => drawFile()) }
    next.file.then((file) => { next.ready = file }, () => { /* warned */ })
    return (ahead = next)
  }

  /** Saves the image: a download link, clicked inside the shadow root, then released. */
  const download = (file: File) => {
    const link = doc.createElement('a')
    link.download = file.name
    link.href = URL.createObjectURL(file)
    root.appendChild(link).click()
    link.remove()
    // Not at once: a browser may read the URL after click() returns. Not owned by the widget,
    // so it is released even if the widget goes first.
    setTimeout(() => URL.revokeObjectURL(link.href), 1000)
  }

  /** The card at this moment, and when it needs drawing again (ms). */
  const cardModel = (): [card: CardModel, next: number, left: number] => {
    const { title, image, price, originalPrice, currency, deadline } = product
    const tag = config.locale
    const { discount, left, ended, low, soldOut } = offer(product, clock(), config.threshold)
    const ticking = left != null && left < 86_400_000
    const card: CardModel = {
      title, image, ticking, paused, ended,
      price: price == null ? undefined : formatPrice(price, tag, currency),
      originalPrice: discount ? formatPrice(originalPrice!, tag, currency) : undefined,
      discount: discount ? formatDiscount(discount, tag) : undefined,
      deadline: left == null ? undefined : new Date(deadline!).toISOString(),
      time: left == null ? undefined : paused ? formatDeadline(deadline!, tag) : formatTimeLeft(left, tag),
      stock: soldOut ? locale!.soldOut : low && !ended ? locale!.left.replace('{0}', String(low)) : undefined,
      sold: config.sold == null ? undefined : locale!.sold.replace('{0}', new Intl.NumberFormat(tag).format(config.sold)),
    }
    // Next: when the shown second changes (it is rounded down), else the next minute; and exactly
    // at the deadline. Every card then ticks on the same beat, so one timer serves them all.
    const next = left == null ? Infinity : Math.min(left, ticking && !paused ? left % 1000 || 1000 : 60_000)
    return [card, next, ended ? 0 : left ?? Infinity]
  }

  /** A tick of the card's countdown: announce what matters once (the last hour, the end), redraw. */
  const tick = () => {
    if (!locale) return 1000
    const [, next, left] = cardModel()
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
      const controls = (config.channels ?? locale.channels).map(control).filter(Boolean) as ControlModel[]
      if (controls.some((c) => c.id === 'image')) drawAhead()
      const missing = controls.filter((c) => c.icon === undefined)
      if (missing.length && !waiting) {
        // One redraw once every icon this widget shows has arrived (they load in parallel).
        waiting = true
        Promise.all(missing.map((c) => icons.load(c.id).catch((error) => warn('SC305', 'icon ' + c.id, error))))
          .then(() => { waiting = false; draw() })
      }
      render(h(View, {
        locale, layout: config.layout, theme: config.theme, group: config.group, controls, status, wechat, mastodon, extras,
        card: config.card ? cardModel()[0] : undefined,
        onControl, onCloseDialog, onMastodon, onPause,
      }), container)
    } catch (error) {
      warn('SC305', 'render', error)
    }
  }

  const report = (type: 'widget_view' | 'share_click' | 'share_complete', channel?: ChannelId, sid = channel && idFor(channel)) => {
    const { url, title, sku } = product
    const fields = { widget: widgetId, channel, shareId: sid, parentShareId: channel && parentShareId(), product: { url, title, sku } }
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
      const { ready, file } = drawAhead()!
      const save = (made: File) => {
        download(made)
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
      const merged = { ...readAttributes(target), ...given }
      config = resolveOptions(merged, doc, warn, mountedAt)
      product = resolveProduct(merged, doc, withoutAttribution(page()), warn)
      loadLocale(config.locale).then(draw, draw)
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
      const made = width == cardSize.width && height == cardSize.height && fresh()
      return made ? made.file : drawFile({ width, height })
    },
  }
  widgets.set(target, widget)
  widget.update(options)
  return widget
}
