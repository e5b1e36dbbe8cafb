import type { ChannelId, MountOptions, Widget } from '../types'
import type { Runtime } from '../runtime/create-runtime'
import { shareId } from '../lib/share-id'
import { createWarn, type Warn } from '../lib/warn'
import { createEvent } from '../events/create-event'
import { watchView } from '../events/watch-view'
import { adoptStyles } from '../styles/adopt-styles'
import { widgetCss } from '../styles/widget-css'
import { attachHost } from '../attach-host'
import { createShareIds } from './share-ids'
import { createTimers } from './timers'
import { createStatus } from './status'
import type { WidgetState } from './resolve-widget'
import { make, viewOf } from '../lib/dom'

/**
 * What a widget keeps of its target from the first paint to its end, whichever stage draws it:
 * the shadow root and the container (the full widget takes over the painted nodes), the widget
 * id, the share ids its links carry, the live region, its timers, and whether it was seen. The
 * script tag's first stage opens the host and paints; the second stage (or the npm module's
 * `mount()`) finds it here and goes on with the same ids, the same view and the same nodes.
 */
export interface Host {
  target: Element
  /** This widget's warnings: each problem once. */
  warn: Warn
  root: ShadowRoot
  container: HTMLElement
  /** At most 64 characters, as collectors keep it: the option or attribute, else random. */
  widgetId: string
  /** This view's id (one page view of one widget, one product): the unit of A/B share rates. */
  viewId: string
  shareIds: ReturnType<typeof createShareIds>
  later: ReturnType<typeof createTimers>['later']
  /** The live region's text; `say()` announces, then the host redraws. */
  status: ReturnType<typeof createStatus>
  /** Half of the widget was in view (always, where that cannot be known). */
  seen: boolean
  /**
   * When its target was found (the scan) or mounted (a call): the moment a `now` option (the
   * server's time as it made the page) is compared with, however late the full widget takes over.
   */
  since?: number
  /** Draws the widget again: the painter's, then the full widget's once it took over. */
  draw(): void
  /** Called once the widget was seen, after the `widget_view` went out. */
  onSeen(): void
  /** Asks for the full widget (the script tag's second stage), where it has not taken over yet. */
  wantFull(): void
  /** The state last drawn. */
  state?: WidgetState
  /** The widget that answers for the target (the painter's handle, then the full widget). */
  widget?: Widget
  /** Reports an event of this widget; a channel's share id unless given. */
  report(type: 'widget_view' | 'share_click' | 'share_complete', channel?: ChannelId, sid?: string, ask?: true): void
  /** Takes a new state: another product gets its own view, share ids and live region. */
  take(state: WidgetState): void
  /** Stops timers and watching, removes the container: the target may be mounted afresh. */
  close(): void
}

/** The widget of a target that cannot hold one (not an element) or of one destroyed. */
export const inert: Widget = { update() {}, destroy() {}, cardImage: () => Promise.reject(new Error('not mounted')) }

const hosts = new WeakMap<Element, Host>()
/** Shadow roots cannot be removed: a target mounted again after close() reuses its own. */
const roots = new WeakMap<Element, ShadowRoot>()
/**
 * A target's widget id and last view (`key`: widget, product and page), kept through close():
 * the same element put back in the page (a tab kept alive, a list re-sorted across tasks) is the
 * same widget, seen once per page view (contract §7), not once per time it is put back.
 */
const views = new WeakMap<Element, { id: string; key?: string; viewId?: string; seen?: boolean }>()
/** The stylesheet text, made once per page. */
let css: string | undefined

/** The host of a target, if a widget is on it. */
export const hostOf = (target: Element): Host | undefined => hosts.get(target)

/** Opens a target's host: its shadow root, stylesheet and container, ready to draw. */
export const openHost = (runtime: Runtime, target: Element, options: MountOptions): Host => {
  const { env } = runtime
  const warn = createWarn(env)
  const doc = target.ownerDocument
  const page = () => viewOf(doc)?.location.href ?? doc.URL
  const root = roots.get(target) ?? attachHost(target, warn)
  roots.set(target, root)
  adoptStyles(root, (css ??= widgetCss()))
  const container = root.appendChild(make(doc, 'div'))
  const attributes: DOMStringMap = { __proto__: null as never, ...(target as HTMLElement).dataset }
  const { later, stop } = createTimers(env)
  const view = views.get(target) ?? { id: shareId() }
  views.set(target, view)
  let unwatch = () => {}
  // The link field of a failed copy (widget/link-field.ts), which holds this product's link: it
  // exists only while it has the focus, and goes as it loses it.
  const dropLink = () => root.querySelector<HTMLElement>('.lf')?.blur()
  // A widget counts as seen once at least half of it was in view, once per page view and product.
  const watch = () => {
    unwatch()
    unwatch = watchView(target, () => {
      view.seen = true
      host.report('widget_view')
      host.seen = true
      host.onSeen()
    })
  }
  const host: Host = {
    target, warn, root, container,
    widgetId: String({ __proto__: null, ...options }.widgetId ?? attributes.widgetId ?? view.id).slice(0, 64),
    viewId: '',
    shareIds: createShareIds(),
    later,
    status: createStatus(later, () => host.draw()),
    seen: !viewOf(doc)?.IntersectionObserver,
    draw() {},
    onSeen() {},
    wantFull() {},
    report(type, channel, sid = channel && host.shareIds.of(channel), ask) {
      const { url, title, sku } = host.state!.product
      const { variant, preview } = host.state!
      const fields = { widget: host.widgetId, view: host.viewId, channel, shareId: sid, parentShareId: channel && runtime.parentShareId(), variant, product: { url, title, sku }, preview, ask }
      // Fields without a value are left out, not sent as null.
      runtime.report(createEvent(type, JSON.parse(JSON.stringify(fields)), env.now(), page()))
    },
    take(state) {
      const before = host.state?.product.url
      host.state = state
      if (before === state.product.url) return
      if (before !== undefined) {
        host.shareIds.clear()
        host.status.clear()
        dropLink()
      }
      // Put back on the same page with the same product, the view goes on: not reported again once
      // seen. The same page whatever its fragment: a tab that names itself (#reviews) is in-page state.
      const key = [host.widgetId, state.product.url, page().split('#')[0]].join(' ')
      if (before !== undefined || view.key !== key) Object.assign(view, { key, viewId: shareId(), seen: false })
      host.viewId = view.viewId!
      if (view.seen) host.seen = true
      else watch()
    },
    close() {
      unwatch()
      stop()
      dropLink()
      container.remove()
      hosts.delete(target)
    },
  }
  hosts.set(target, host)
  runtime.start()
  return host
}
