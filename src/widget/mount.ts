import { h, render } from 'preact'
import type { ChannelId, MountOptions, MountTarget, Widget } from '../types'
import { createWarn } from '../lib/warn'
import { registry } from '../channels/registry'
import { localeFor } from '../i18n/load-locale'
import type { Locale } from '../i18n/locale'
import { cardModel } from '../card/card-model'
import { tickerOf } from '../card/ticker'
import { Widget as View } from '../ui/widget'
import { adoptStyles } from '../styles/adopt-styles'
import { cardCss } from '../styles/card-css'
import type { Runtime } from '../runtime/create-runtime'
import { runtimeFor } from '../runtime/runtime-for'
import { resolveWidget } from './resolve-widget'
import { values } from './messages'
import { createControls, type Drawn } from './controls'
import { actions } from './actions'
import type { Panels } from './actions/action'
import { instanceFrom } from './actions/mastodon'
import { createCountdown } from './countdown'
import { cardImage } from './card-image'
import { createIconLoads } from './icon-loads'
import { ensureLocale } from './locale-loads'
import { createExtras } from './extras-loader'
import { hostOf, openHost } from './host'
import { given } from './given'

const widgets = new WeakMap<Element, Widget>()

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

/**
 * Mounts the full widget in a given runtime (the script tag's, or a test's). Where the script
 * tag's first stage painted the target, the widget takes over its host: the same nodes, widget
 * id, share ids and view.
 */
export const mountIn = (runtime: Runtime, target: Element, options: MountOptions = {}): Widget => {
  const { env } = runtime
  if ((target as Node | null)?.nodeType !== 1) {
    const warn = createWarn(env)
    warn('SC201', target === null ? 'null' : typeof target)
    return inert
  }
  const existing = widgets.get(target)
  if (existing) return existing.update(options), existing
  const doc = target.ownerDocument
  const host = hostOf(target) ?? openHost(runtime, target, options)
  const { root, container, later, status, shareIds, warn } = host

  let locale: Locale | undefined
  let drawn: Drawn[] = []
  let panels: Panels = {}
  let trigger: HTMLElement | undefined
  let destroyed = false
  /** Bumped by every update(): new options or product make every message anew. */
  let revision = 0
  let paused = !!doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  const mountedAt = env.now()
  const state = () => host.state!
  /** This widget's clock: the client's, corrected by the server's `now` where given. */
  const clock = () => env.now() + state().options.skew
  const countdown = createCountdown()
  const controls = createControls(env, warn)
  const askIcons = createIconLoads(warn, () => draw())
  const extras = createExtras(root, warn, () => draw())
  const report = host.report

  /** The card as a PNG; the `image` channel's drawn ahead, again when what it shows changes. */
  const images = cardImage(root, warn, state, clock, () => locale)
  const shows = (id: ChannelId) => drawn.some(([c]) => c.id === id)

  function draw() {
    locale = localeFor(state().options.locale)
    if (destroyed || !locale) return // a table still loading: `draw` runs again when it arrives
    try {
      const copy = values(state(), env.now())
      drawn = controls(state(), locale, copy, `${revision}\0${locale.tag}\0${JSON.stringify(copy)}\0`, shareIds.of)
      // A dialog or field belongs to its channel: one no longer shown closes with it.
      for (const id of ['wechat', 'mastodon'] as const) if (panels[id] && !shows(id)) panels = { ...panels, [id]: undefined }
      // The card image is drawn ahead once the widget was seen, when the browser is idle.
      if (host.seen && shows('image')) images.ahead()
      askIcons(drawn.map(([c]) => c.id))
      const { layout, theme, group, card } = state().options
      if (card) adoptStyles(root, cardCss)
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
    if (id === 'image') host.seen = true
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
    const instance = instanceFrom(event.currentTarget as HTMLFormElement)
    panels = { ...panels, mastodon: instance ? undefined : { invalid: true } }
    if (instance) {
      const data = drawn.find(([c]) => c.id === 'mastodon')![1].data
      env.open(registry.mastodon.url!(data, { mobile: false, mastodon: instance }))
      shared('mastodon')
      trigger?.focus()
    }
    draw()
  }

  /** The card at this moment, when it next needs drawing, and the time left. */
  const cardNow = () => cardModel(state().product, locale!, { tag: state().options.locale, now: clock(), threshold: state().options.threshold, sold: state().options.sold, paused })

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
      const before = host.state?.product.url
      host.take(resolveWidget(target, given(next), { page: doc.defaultView?.location.href ?? doc.URL, warn, now: mountedAt, visitor: runtime.visitorId, config: runtime.config }))
      if (before !== undefined && before !== state().product.url) {
        // Another product: a card and panels of its own (the host renewed its view and share ids).
        panels = {}
        countdown.reset()
      }
      ensureLocale(state().options.locale, warn, draw, () => locale)
      draw()
      // One page-wide timer redraws the cards in view, each when it needs it.
      untick()
      untick = state().options.card && state().product.deadline != null ? tickerOf(env).tickWhileVisible(target, tick) : () => {}
    },
    destroy() {
      if (destroyed) return
      destroyed = true
      untick()
      render(null, container)
      host.close()
      widgets.delete(target)
    },
    cardImage: (size) => destroyed ? inert.cardImage() : images.image(size),
  }
  widgets.set(target, widget)
  host.draw = draw
  host.onSeen = () => shows('image') && draw()
  // The script tag's handle, where it painted first, stays the one answer for the target.
  host.widget ??= widget
  widget.update(options)
  return widget
}
