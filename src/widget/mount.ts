import { h, render } from 'preact'
import type { ChannelId, MountOptions, MountTarget, Widget } from '../types'
import { createWarn } from '../lib/warn'
import { localeFor } from '../i18n/load-locale'
import type { Locale } from '../i18n/locale'
import { Widget as View } from '../ui/widget'
import { adoptStyles } from '../styles/adopt-styles'
import { cardCss } from '../styles/card-css'
import { lazy, loadOnce } from '../lib/load-once'
import { registry } from '../channels/registry'
import { consentedStorage } from '../events/consented-storage'
import { createEvent } from '../events/create-event'
import { copyText } from '../share/copy-text'
import { textAndUrl } from '../channels/channel'
import { safeUrl } from '../product/safe-url'
import { createShareIds } from './share-ids'
import { sharedUrl } from '../share/shared-url'
import { Control } from '../ui/widget'
import type { Ask, AskKit } from './ask'

/** "Ask my friends" (`sc-ask.js`): loaded for widgets with `ask` and on pages opened through an ask. */
const askCode = lazy('ask', () => import('./ask'))
import type { Runtime } from '../runtime/create-runtime'
import { runtimeFor } from '../runtime/runtime-for'
import { resolveWidget } from './resolve-widget'
import { values } from './messages'
import { createControls, type Drawn } from './controls'
import { createCardClock } from './card-clock'
import { cardImage } from './card-image'
import { createIconLoads } from './icon-loads'
import { ensureLocale } from './locale-loads'
import { createExtras } from './extras-loader'
import { hostOf, inert, openHost } from './host'
import { createInteractions } from './interactions'
import { given } from './given'
import { viewOf } from '../lib/dom'

const widgets = new WeakMap<Element, Widget>()

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
  const { root, container, status, shareIds, warn } = host

  let locale: Locale | undefined
  let drawn: Drawn[] = []
  let destroyed = false
  /** Bumped by every update(): new options or product make every message anew. */
  let revision = 0
  const mountedAt = host.since ?? env.now()
  /**
   * The server's time last given (`now`) and the moment it is compared with: the mount's, for
   * the time the server made the page at (however late the widget reads it); the moment of the
   * update that brings another one (a single-page app's next product, with the server's time
   * of that moment), else its countdown ran short by all the time since the mount.
   */
  let reading: [server: number, at: number] | undefined
  const state = () => host.state!
  const card = createCardClock(env, target, state, () => locale, () => draw(), status.say)
  const controls = createControls(env, warn)
  const askIcons = createIconLoads(warn, () => draw())
  const extras = createExtras(root, warn, () => draw())
  let ask: Ask | undefined
  let askPart: typeof import('./ask') | undefined

  /** The card as a PNG; the `image` channel's drawn ahead, again when what it shows changes. */
  const images = cardImage(root, warn, state, card.clock, () => locale, () => {
    const { product, options } = state()
    return sharedUrl(product.url, { channel: 'image', campaign: options.campaign, shareId: shareIds.of('image'), ref: options.ref })
  }, env.mobile)
  const shows = (id: ChannelId) => drawn.some(([c]) => c.id === id)
  const act = createInteractions({ env, host, images, extras, drawn: () => drawn, locale: () => locale, draw: () => draw() })
  const kit: AskKit = {
    h, control: Control, scopeOf: (id) => registry[id].scope, controls: createControls(env, warn, true), ids: createShareIds(),
    storage: () => consentedStorage(env, runtime.config), event: createEvent, url: safeUrl,
    copy: (data) => copyText(textAndUrl(data), doc, root),
    run: act.run,
    loadOnce, warn, icons: askIcons,
  }

  function draw() {
    locale = localeFor(state().options.locale)
    if (destroyed || !locale) return // a table still loading: `draw` runs again when it arrives
    try {
      const copy = values(state(), card.time())
      drawn = controls(state(), locale, copy, `${revision}\0${locale.tag}\0${JSON.stringify(copy)}\0`, shareIds.of)
      // The WeChat dialog is modal and may come from the ask panel (whose WeChat the controls may
      // lack): only another product closes it. A Mastodon field goes with its control.
      act.keep((id) => id == 'wechat' || shows(id))
      // The card image is drawn ahead once the widget was seen, when the browser is idle.
      if (host.seen && shows('image')) images.ahead()
      askIcons(drawn.map(([c]) => c.id))
      const { layout, theme, group } = state().options
      if (!ask && (state().options.ask || runtime.asked())) {
        askCode(warn).then((part) => {
          // Destroyed while the code loaded (StrictMode's first mount): a friend's prompt, shown
          // once per page, must go to a widget that is still there.
          if (destroyed) return
          askPart = part
          ask ??= part.createAsk(kit, runtime, host, () => draw(), status.say)
          adoptStyles(root, part.askCss)
          draw()
        }, () => { /* warned (SC305); the widget works without it */ })
      }
      const here = locale
      const asked = ask?.model(state(), locale, copy, `${revision}\0${locale.tag}\0${JSON.stringify(copy)}\0ask\0`)
      const asking = asked && askPart?.askView(kit, asked, locale, {
        onAsk: ask!.toggle, onAskControl: (id: ChannelId, event: MouseEvent) => ask!.use(id, here, event), onReply: (reply) => {
          ask!.reply(reply, here)
          // The button pressed is gone (the answers after an answer, the prompt when dismissed):
          // focus stays in the widget, on the prompt's close button, else the first control.
          if (!root.activeElement) (root.querySelector<HTMLElement>('.ax') ?? root.querySelector<HTMLElement>('[data-channel]'))?.focus()
        },
      })
      render(h(View, {
        locale, layout, theme, group, controls: drawn.map(([c]) => c), status: status.text(), ...act.panels(), extras: extras.get(),
        card: state().options.card ? card.model() : undefined,
        asking,
        onControl: act.onControl, onCloseDialog: act.onCloseDialog, onMastodon: act.onMastodon, onPause: card.pause,
      }), container)
    } catch (error) {
      warn('SC312', error)
    }
  }

  const widget: Widget = {
    update(next) {
      if (destroyed) return
      revision++
      const before = host.state?.product.url
      const resolved = resolveWidget(target, given(next), { page: viewOf(doc)?.location.href ?? doc.URL, warn, now: mountedAt, visitor: runtime.visitorId, config: runtime.config })
      const { skew } = resolved.options
      if (skew && mountedAt + skew !== reading?.[0]) reading = [mountedAt + skew, revision > 1 ? env.now() : mountedAt]
      host.take(skew ? { ...resolved, options: { ...resolved.options, skew: reading![0] - reading![1] } } : resolved)
      // Another product: a card and panels of its own (the host renewed its view and share ids).
      const another = before !== undefined && before !== state().product.url
      if (another) act.keep(() => false)
      // The card's rules join the stylesheet with the first card, not at every tick.
      if (state().options.card) adoptStyles(root, cardCss)
      ensureLocale(state().options.locale, warn, draw, () => locale)
      draw()
      card.follow(another)
    },
    destroy() {
      if (destroyed) return
      destroyed = true
      card.stop()
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
