import { h, render } from 'preact'
import type { ChannelId, MountOptions, Product, Widget } from './types'
import { browserEnv, type Env } from './env'
import { createWarn } from './config/warn'
import { readAttributes } from './config/read-attributes'
import { cleanHost, resolveOptions, type WidgetOptions } from './config/resolve-options'
import { resolveProduct } from './product/resolve-product'
import { registry } from './channels/registry'
import { iconPath, loadIcon } from './channels/load-icon'
import { localeFor, loadLocale } from './i18n/load-locale'
import type { Locale } from './i18n/locale'
import { shareId } from './share/share-id'
import { shareData } from './share/share-data'
import { copyValues } from './share/copy-values'
import { copyText } from './share/copy-text'
import { createEvent } from './events/create-event'
import { emit } from './events/hub'
import { adoptStyles } from './styles/adopt-styles'
import { attachHost } from './attach-host'
import { Widget as View } from './ui/widget'
import type { ControlModel, MastodonModel, WechatModel } from './ui/model'

const widgets = new WeakMap<Element, Widget>()
/** Shadow roots cannot be removed: a target mounted again after destroy() reuses its own. */
const roots = new WeakMap<Element, ShadowRoot>()
/** How long "Link copied" stays: long enough to read, short enough that a second copy is announced again. */
const statusMs = 4000

const inert: Widget = { update() {}, destroy() {}, cardImage: () => Promise.reject(new Error('not mounted')) }

/** Options without their undefined values, so that these do not hide attributes underneath. */
const defined = (options: object): MountOptions =>
  Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => value !== undefined))

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
  adoptStyles(root)
  const container = root.appendChild(doc.createElement('div'))

  let given = defined(options)
  let config: WidgetOptions
  let product: Product
  let locale: Locale | undefined
  let destroyed = false
  let waiting = false
  let status = ''
  let wechat: WechatModel | undefined
  let mastodon: MastodonModel | undefined
  let trigger: HTMLElement | undefined
  const shareIds = new Map<ChannelId, string>()
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const widgetId = String(given.widgetId ?? (target as HTMLElement).dataset?.widgetId ?? shareId())

  const later = (fn: () => void, ms = 0) => {
    const timer = setTimeout(() => { timers.delete(timer); if (!destroyed) fn() }, ms)
    timers.add(timer)
  }

  /** Resolves options and product; draws once the locale's table is at hand. */
  const resolve = () => {
    const merged = { ...readAttributes(target), ...given }
    config = resolveOptions(merged, doc, warn)
    product = resolveProduct(merged, doc, page(), warn)
    loadLocale(config.locale).then(draw, draw)
    draw()
  }

  const idFor = (id: ChannelId) => shareIds.get(id) ?? shareIds.set(id, shareId()).get(id)!

  const dataFor = (id: ChannelId) => shareData({
    channel: registry[id], product, locale: locale!, campaign: config.campaign, shareId: idFor(id),
    values: copyValues(product, config.locale), templates: config.templates,
  })

  const control = (id: ChannelId): ControlModel | undefined => {
    const { name: english, scope, action, url } = registry[id]
    const name = locale!.names?.[id] ?? english
    const label = locale!.shareOn.replace('{0}', name)
    const base = { id, name, scope, icon: iconPath(id), label }
    // Web Share only where the browser says it can share this data; the card image arrives with the card.
    if (action === 'native') return env.navigator.canShare?.(dataFor(id)) ? { ...base, label: name } : undefined
    if (action === 'image') return undefined
    if (action) return action === 'copy' ? { ...base, label: name } : base
    const href = url!(dataFor(id), { mobile: env.mobile(), facebookAppId: config.facebookAppId, mastodon: config.mastodon })
    if (href === 'instance') return base // a button that asks the shopper for their server
    if (href === 'image' || href === 'appId') return warn(href === 'image' ? 'SC301' : 'SC302'), undefined
    return { ...base, label: `${label} ${locale!.newTab}`, href }
  }

  function draw() {
    locale = localeFor(config.locale)
    if (destroyed || !locale) return // a table still loading: `draw` runs again when it arrives
    try {
      const controls = (config.channels ?? locale.channels).map(control).filter((c) => c) as ControlModel[]
      const icons = controls.filter((c) => c.icon === undefined)
      if (icons.length && !waiting) {
        // One redraw once every icon this widget shows has arrived (they load in parallel).
        waiting = true
        Promise.all(icons.map((c) => loadIcon(c.id).catch((error) => warn('SC305', 'icon ' + c.id, error))))
          .then(() => { waiting = false; draw() })
      }
      render(h(View, {
        locale, layout: config.layout, theme: config.theme, group: config.group, controls, status, wechat, mastodon,
        onControl, onCloseDialog, onMastodon, onMastodonShare,
      }), container)
    } catch (error) {
      warn('SC305', 'render', error)
    }
  }

  const report = (type: 'share_click' | 'share_complete', channel: ChannelId, sid: string) => {
    const { url, title, sku } = product
    emit(createEvent(type, { widget: widgetId, channel, shareId: sid, product: { url, title, sku } }, env.now(), page()), warn)
  }

  /** Every share gets its own id: after a share, the channel's links carry a new one. */
  const shared = (id: ChannelId) => {
    report('share_click', id, idFor(id))
    later(() => { shareIds.delete(id); draw() })
  }

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
    if (id === 'mastodon' && !config.mastodon) {
      // Not a share yet: the shopper first names their server.
      mastodon = mastodon ? undefined : { value: '' }
      return draw()
    }
    shared(id)
    if (!action) return // a link: the browser opens it
    event.preventDefault()
    trigger = event.currentTarget as HTMLElement
    if (action === 'copy') {
      copyText(data.url, doc, root).then(
        () => { report('share_complete', id, sid); say(locale!.copied) },
        (error) => { warn('SC304', error); say(locale!.copyFailed) },
      )
    } else if (action === 'native') {
      env.navigator.share(data).then(() => report('share_complete', id, sid), () => { /* dismissed */ })
    } else if (action === 'wechat') {
      wechat = { inApp: /MicroMessenger/i.test(env.navigator.userAgent) }
      draw()
      if (!wechat.inApp) {
        import('./qr/qr-path').then(({ qrPath }) => {
          if (wechat) { wechat = { ...wechat, qr: qrPath(data.url) }; draw() }
        }, (error) => warn('SC305', 'QR code', error))
      }
    }
  }

  function onCloseDialog() {
    wechat = undefined
    draw()
    trigger?.focus()
  }

  function onMastodon(value: string) {
    const host = cleanHost(value)
    mastodon = { value, href: host && registry.mastodon.url!(dataFor('mastodon'), { mobile: false, mastodon: host }) }
    draw()
  }

  /** The shopper shares to their server: by the link (`link`), or by pressing Enter in the field. */
  function onMastodonShare(event: Event, link?: boolean) {
    if (!link) event.preventDefault()
    if (!mastodon?.href) return
    if (!link) env.open(mastodon.href)
    shared('mastodon')
    later(() => onMastodon(mastodon?.value ?? ''))
  }

  const widget: Widget = {
    update(next) {
      if (destroyed) return
      given = { ...given, ...defined(next) }
      resolve()
    },
    destroy() {
      if (destroyed) return
      destroyed = true
      timers.forEach(clearTimeout)
      render(null, container)
      container.remove()
      widgets.delete(target)
    },
    cardImage: () => Promise.reject(new Error('the card image arrives with the preview card')),
  }
  widgets.set(target, widget)
  resolve()
  return widget
}
