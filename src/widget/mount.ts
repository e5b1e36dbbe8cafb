import { h, render } from 'preact'
import type { ChannelId, MountOptions, MountTarget, Widget } from '../types'
import { createWarn } from '../lib/warn'
import { shareId } from '../lib/share-id'
import { registry } from '../channels/registry'
import { localeFor } from '../i18n/load-locale'
import type { Locale } from '../i18n/locale'
import { createEvent } from '../events/create-event'
import { watchView } from '../events/watch-view'
import { cardModel } from '../card/card-model'
import { adoptStyles } from '../styles/adopt-styles'
import { widgetCss } from '../styles/widget-css'
import { Widget as View } from '../ui/widget'
import { attachHost } from '../attach-host'
import type { Runtime } from '../runtime/create-runtime'
import { runtimeFor } from '../runtime/runtime-for'
import { resolveWidget, type WidgetState } from './resolve-widget'
import { values } from './messages'
import { createControls, type Drawn } from './controls'
import { actions } from './actions'
import type { Panels } from './actions/action'
import { instanceFrom } from './actions/mastodon'
import { createTimers } from './timers'
import { createStatus } from './status'
import { createShareIds } from './share-ids'
import { createCountdown } from './countdown'
import { cardImage } from './card-image'
import { createIconLoads } from './icon-loads'
import { ensureLocale } from './locale-loads'
import { createExtras } from './extras-loader'

const widgets = new WeakMap<Element, Widget>()
/** Shadow roots cannot be removed: a target mounted again after destroy() reuses its own. */
const roots = new WeakMap<Element, ShadowRoot>()
/** The stylesheet text, made once per page. */
let css: string | undefined

const inert: Widget = { update() {}, destroy() {}, cardImage: () => Promise.reject(new Error('not mounted')) }

/**
 * Mounts a share widget on `target`, in an open shadow root. Options win over the target's
 * `data-*` attributes, which win over the page's JSON-LD, Open Graph and document. Mounting a
 * target again is an `update()` of its widget. Never throws into the page.
 *
 * @example
 * const widget = mount(document.querySelector('#share')!, { channels: ['whatsapp', 'x', 'copy'] })
 * widget.destroy()
 */
export const mount = (target: MountTarget, options: MountOptions = {}): Widget =>
  mountIn(runtimeFor((target as Node | null)?.ownerDocument?.defaultView ?? undefined), target, options)

/** Mounts a widget in a given runtime (the script tag's, or a test's). */
export const mountIn = (runtime: Runtime, target: Element, options: MountOptions = {}): Widget => {
  const { env } = runtime
  const warn = createWarn(env)
  if ((target as Node | null)?.nodeType !== 1) {
    warn('SC201', target === null ? 'null' : typeof target)
    return inert
  }
  const existing = widgets.get(target)
  if (existing) return existing.update(options), existing
  const doc = target.ownerDocument
  const page = () => doc.defaultView?.location.href ?? doc.URL
  const root = roots.get(target) ?? attachHost(target, warn)
  roots.set(target, root)
  adoptStyles(root, (css ??= widgetCss()))
  const container = root.appendChild(doc.createElement('div'))

  let state: WidgetState
  let locale: Locale | undefined
  let drawn: Drawn[] = []
  let panels: Panels = {}
  let trigger: HTMLElement | undefined
  let destroyed = false
  /** Bumped by every update(): new options or product make every message anew. */
  let revision = 0
  let paused = !!doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  /** Drawn ahead only once the widget was seen (where that can be known). */
  let seen = !doc.defaultView?.IntersectionObserver
  const mountedAt = env.now()
  /** This widget's clock: the client's, corrected by the server's `now` where given. */
  const clock = () => env.now() + state.options.skew
  const { later, stop } = createTimers(env)
  const status = createStatus(later, () => draw())
  const shareIds = createShareIds()
  const countdown = createCountdown()
  const controls = createControls(env, warn)
  const askIcons = createIconLoads(warn, () => draw())
  const extras = createExtras(root, warn, () => draw())
  // At most 64 characters, as collectors keep it; the option or attribute the page set itself.
  const attributes: DOMStringMap = { __proto__: null as never, ...(target as HTMLElement).dataset }
  const widgetId = String({ __proto__: null, ...options }.widgetId ?? attributes.widgetId ?? shareId()).slice(0, 64)
  runtime.start()

  const report = (type: 'widget_view' | 'share_click' | 'share_complete', channel?: ChannelId, sid = channel && shareIds.of(channel)) => {
    const { url, title, sku } = state.product
    const fields = { widget: widgetId, channel, shareId: sid, parentShareId: channel && runtime.parentShareId(), variant: state.variant, product: { url, title, sku } }
    // Fields without a value are left out, not sent as null.
    runtime.report(createEvent(type, JSON.parse(JSON.stringify(fields)), env.now(), page()))
  }

  // A widget counts as seen once at least half of it was in view, once per page view and product.
  const watch = () => watchView(target, () => {
    report('widget_view')
    seen = true
    if (drawn.some(([c]) => c.id === 'image')) draw()
  })
  let unwatch = watch()

  /** The card as a PNG; the `image` channel's drawn ahead, again when what it shows changes. */
  const images = cardImage(root, warn, () => state, clock, () => locale)

  function draw() {
    locale = localeFor(state.options.locale)
    if (destroyed || !locale) return // a table still loading: `draw` runs again when it arrives
    try {
      const copy = values(state, env.now())
      drawn = controls(state, locale, copy, `${revision}\0${locale.tag}\0${JSON.stringify(copy)}\0`, shareIds.of)
      // A dialog or field belongs to its channel: one no longer shown closes with it.
      for (const id of ['wechat', 'mastodon'] as const) if (panels[id] && !drawn.some(([c]) => c.id === id)) panels = { ...panels, [id]: undefined }
      // The card image is drawn ahead once the widget was seen, when the browser is idle.
      if (seen && drawn.some(([c]) => c.id === 'image')) images.ahead()
      askIcons(drawn.map(([c]) => c.id))
      const { layout, theme, group, card } = state.options
      render(h(View, {
        locale, layout, theme, group, controls: drawn.map(([c]) => c), status: status.text(), ...panels, extras: extras.get(),
        card: card ? cardNow()[0] : undefined,
        onControl, onCloseDialog, onMastodon, onPause,
      }), container)
    } catch (error) {
      warn('SC312', error)
    }
  }

  /** A share; after it the channel's links carry a new share id, so every share has its own. */
  const shared = (id: ChannelId) => {
    report('share_click', id)
    later(() => { shareIds.renew(id); draw() })
  }

  function onControl(id: ChannelId, event: MouseEvent) {
    const [control, sent] = drawn.find(([c]) => c.id === id) ?? []
    if (!control) return
    trigger = event.currentTarget as HTMLElement
    if (control.href) return shared(id) // a link: the browser opens it
    event.preventDefault()
    const sid = shareIds.of(id)
    if (id === 'image') seen = true
    const done = actions[id]?.({
      id, data: sent!.data, event, env, root, locale: locale!, warn, images,
      complete: () => report('share_complete', id, sid),
      say: status.say,
      panel: (change) => { panels = change(panels); draw() },
      extras: extras.load,
    })
    if (done !== false) shared(id)
  }

  function onPause() {
    paused = !paused
    draw()
  }

  function onCloseDialog() {
    panels = { ...panels, wechat: undefined }
    draw()
    trigger?.focus()
  }

  /** The shopper named their server: share there, or say what a server name looks like. */
  function onMastodon(event: Event) {
    event.preventDefault()
    const host = instanceFrom(event.currentTarget as HTMLFormElement)
    panels = { ...panels, mastodon: host ? undefined : { invalid: true } }
    if (host) {
      const data = drawn.find(([c]) => c.id === 'mastodon')![1].data
      env.open(registry.mastodon.url!(data, { mobile: false, mastodon: host }))
      shared('mastodon')
      trigger?.focus()
    }
    draw()
  }

  /** The card at this moment, when it next needs drawing, and the time left. */
  const cardNow = () => cardModel(state.product, locale!, { tag: state.options.locale, now: clock(), threshold: state.options.threshold, sold: state.options.sold, paused })

  /** A tick of the card's countdown: announce the moments that matter once, else redraw. */
  const tick = () => {
    if (!locale) return 1000
    const [, next, left] = cardNow()
    const moment = countdown.tick(left)
    if (moment) status.say(locale[moment])
    else draw()
    return next
  }
  let untick = () => {}

  const widget: Widget = {
    update(next) {
      if (destroyed) return
      revision++
      const before = state?.product.url
      // The options given replace those given before, as a whole (props, not patches): what they
      // omit comes from the target's attributes and the page, never from earlier options.
      const given: MountOptions = {}
      for (const [key, value] of Object.entries(next ?? {})) if (value !== undefined) (given as Record<string, unknown>)[key] = value
      state = resolveWidget(target, given, { page: page(), warn, now: mountedAt, visitor: runtime.visitorId, config: runtime.config })
      if (before !== undefined && before !== state.product.url) {
        // Another product: its own view, its own share ids, a card and panels of its own.
        shareIds.clear()
        panels = {}
        status.clear()
        countdown.reset()
        unwatch()
        unwatch = watch()
      }
      ensureLocale(state.options.locale, warn, draw, () => locale)
      draw()
      // One page-wide timer redraws the cards in view, each when it needs it.
      untick()
      untick = state.options.card && state.product.deadline != null ? runtime.ticker.tickWhileVisible(target, tick) : () => {}
    },
    destroy() {
      if (destroyed) return
      destroyed = true
      unwatch()
      untick()
      stop()
      render(null, container)
      container.remove()
      widgets.delete(target)
    },
    cardImage: (size) => destroyed ? inert.cardImage() : images.image(size),
  }
  widgets.set(target, widget)
  widget.update(options)
  return widget
}
