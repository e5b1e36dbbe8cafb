import type { ChannelId, MountOptions, Widget } from '../types'
import type { Runtime } from '../runtime/create-runtime'
import type { Warn } from '../lib/warn'
import { createWarn } from '../lib/warn'
import { localeFor } from '../i18n/load-locale'
import type { Locale } from '../i18n/locale'
import { registry } from '../channels/registry'
import { paint } from '../ui/paint'
import type { mountIn } from './mount'
import { resolveInSteps, type WidgetState } from './resolve-first'
import { plainValues } from '../share/plain-values'
import { createControls, type Drawn } from './controls'
import { createIconLoads } from './icon-loads'
import { ensureLocale } from './locale-loads'
import { copy } from './actions/copy'
import { native } from './actions/native'
import { hostOf, inert, openHost } from './host'
import { given } from './given'
import { viewOf } from '../lib/dom'

/** The full widget: the script tag's second stage (`sc-app.js`), loaded when first wanted (`lazy`). */
export type LoadFull = ((warn: Warn) => Promise<{ mountIn: typeof mountIn }>) & {
  tried(warn: Warn): Promise<unknown>
  failed(): boolean
}

/**
 * What makes a widget want the full widget at once: a card, a card image to draw ahead, or an
 * option only the full widget reads (`laterOptions`).
 */
const wantsFull = ({ options, first }: WidgetState) =>
  options.card || !!first?.later || !!options.channels?.some((id) => id === 'image')

/**
 * The script tag's first stage: paints a widget's controls as static markup (`ui/paint.ts`)
 * from the same pipeline as the full widget, its links built with plain copy (no Intl object
 * before the shopper shows interest), and reports its view. The full widget (Preact, the card,
 * dialogs, priced copy) loads on the first pointer, focus or touch on the widget, at once where
 * the widget has a card or an image channel, and takes over the painted nodes. Until then a
 * click on a link, Copy or Share is served here (the clipboard and the share sheet need the
 * click itself); a click on another action waits for the full widget and is replayed there,
 * or, where the full widget's first try fails, copies the link.
 * `now`: load the full widget at once (`ShareCue.mount()`). Returns the widget's handle, which
 * answers through both stages. Never throws into the page.
 */
export const paintIn = (runtime: Runtime, target: Element, asked: MountOptions | undefined, full: LoadFull, now = false, since = runtime.env.now()): Widget => {
  const options = asked ?? {}
  const { env } = runtime
  if ((target as Node | null)?.nodeType !== 1) {
    createWarn(env)('SC201', target === null ? 'null' : typeof target)
    return inert
  }
  const known = hostOf(target)
  if (known?.widget) {
    // A call on a target the script tag painted: the full widget, at once. The scan finding a
    // target a call mounted first changes nothing: the call's options stand.
    if (now) known.wantFull(), known.widget.update(options)
    return known.widget
  }
  const host = openHost(runtime, target, options)
  host.since = since
  const { root, container, warn, shareIds, status } = host
  const doc = target.ownerDocument
  const state = () => host.state!

  let current = options
  let locale: Locale | undefined
  let drawn: Drawn[] = []
  let revision = 0
  let destroyed = false
  /** The full widget, once it took over; its load, once asked for. */
  let taken: Widget | undefined
  let loading: Promise<void> | undefined
  const controls = createControls(env, warn)
  const askIcons = createIconLoads(warn, () => host.draw())

  /** Builds the links (and asks for icons not at hand); false where there is nothing to draw. */
  const link = (): boolean => {
    locale = localeFor(state().options.locale)
    if (destroyed || taken || !locale) return false
    drawn = controls(state(), locale, plainValues(state().product), `${revision}\0${locale.tag}\0`, shareIds.of)
    askIcons(drawn.map(([c]) => c.id))
    return true
  }
  /** Paints the links last built. */
  const show = () => {
    if (destroyed || taken || !locale) return
    const { layout, theme, group } = state().options
    paint(container, { locale, layout, theme, group, controls: drawn.map(([c]) => c), status: status.text() })
  }
  const guarded = (step: () => unknown) => () => {
    try {
      return step()
    } catch (error) {
      warn('SC312', error)
    }
  }
  const draw = guarded(() => link() && show())

  /** Loads the full widget and hands the target over; a load given up leaves the painted widget working. */
  const takeOver = () => loading ??= full(warn).then((app) => {
    if (destroyed) return
    off()
    taken = app.mountIn(runtime, target, current)
  }, () => { /* SC305 said it; links, Copy and Share keep working here */ })

  /** A share; after it the channel's links carry a new share id, so every share has its own. */
  const shared = (id: ChannelId) => {
    host.report('share_click', id)
    host.later(() => { shareIds.renew(id); host.draw() })
  }

  const onClick = (event: MouseEvent) => {
    const el = (event.target as Element).closest?.('[data-channel]') as HTMLElement | null
    // A middle click opens a link in a new tab without a click event: it is a share too.
    if (!el || taken || (event.type === 'auxclick' && (event.button != 1 || !el.hasAttribute('href')))) return
    const id = el.dataset.channel as ChannelId
    const [control, sent] = drawn.find(([c]) => c.id === id) ?? []
    if (!control) return
    if (control.href) return shared(id) // a link: the browser opens it
    event.preventDefault()
    const { action } = registry[id]
    if (action === 'copy' || action === 'native') {
      const sid = shareIds.of(id)
      ;(action === 'copy' ? copy : native)({ data: sent!.data, env, root, locale: locale!, warn, say: status.say, complete: () => host.report('share_complete', id, sid) })
      return shared(id)
    }
    // The WeChat dialog, the Mastodon field, the card image: the full widget's, replayed there.
    // Where its first try fails (a missing sc-app.js, a CDN without CORS), the link is copied
    // instead, while the click still counts as the shopper's, to paste into the app.
    const replay = takeOver()
    full.tried(warn).then(() => {
      if (taken || !full.failed()) return replay.then(() => (taken && container.querySelector<HTMLElement>(`[data-channel="${id}"]`))?.click())
      const sid = shareIds.of(id)
      copy({ data: sent!.data, root, locale: locale!, warn, say: status.say, complete: () => host.report('share_complete', id, sid) })
      shared(id)
    })
  }

  const intent = () => void takeOver()
  // A mouse or pen moved over the widget, not one the page scrolled it under (the browser says
  // pointerover then, never pointermove): wheeling down a grid of tiles loads nothing. A finger
  // counts when it lifts on the widget: a touch that scrolls the page ends in pointercancel
  // instead, so swiping down a phone's column of tiles loads nothing either.
  const hover = (event: Event) => (event as PointerEvent).pointerType != 'touch' && intent()
  const listeners: [string, EventListener][] = [['pointermove', hover], ['pointerup', intent], ['focusin', intent], ['click', onClick as EventListener], ['auxclick', onClick as EventListener]]
  listeners.forEach(([type, fn]) => container.addEventListener(type, fn))
  const off = () => listeners.forEach(([type, fn]) => container.removeEventListener(type, fn))

  /** `scheduled`: the scan's own first update, in five tasks; a call's update draws at once. */
  const update = (next: MountOptions, scheduled = false) => {
    if (destroyed) return
    if (taken) return taken.update(next)
    current = given(next)
    const mine = ++revision
    const rest = resolveInSteps(target, current, { page: viewOf(doc)?.location.href ?? doc.URL, warn, now: env.now(), visitor: runtime.visitorId, config: runtime.config })
    const apply = () => {
      // A later update, the full widget or destroy() came first: this state is stale.
      if (destroyed || taken || mine != revision) return
      host.take(rest())
      ensureLocale(state().options.locale, warn, draw, () => locale)
      // A scheduled mount builds its links in a task of its own, and paints in the next (see below).
      if (scheduled) host.later(guarded(() => link() && host.later(guarded(show))))
      else draw()
      // A page opened through a friend's ask shows the prompt, a part of the full widget.
      if (now || wantsFull(state()) || runtime.asked()) takeOver()
    }
    if (scheduled) host.later(apply)
    else apply()
  }
  const widget: Widget = {
    update: (next) => update(next),
    destroy() {
      if (destroyed) return
      destroyed = true
      if (taken) return taken.destroy()
      off()
      host.close()
    },
    cardImage: (size) => takeOver().then(() => taken ? taken.cardImage(size) : inert.cardImage()),
  }
  host.widget = widget
  host.draw = draw
  host.wantFull = takeOver
  // A scheduled mount runs as five tasks: the shadow root and stylesheet, reading the options,
  // reading the product from the page, building the links, painting. Each takes 10 to 30 ms at
  // 4x CPU throttling (bench/compare.js); two together came near the 50 ms of a long task on a
  // busy phone. A call (`now`) gets its widget drawn before it returns.
  if (now) widget.update(options)
  // Unless a call updated the widget first: its options win over the scan's.
  else host.later(() => revision || update(options, true))
  return widget
}
