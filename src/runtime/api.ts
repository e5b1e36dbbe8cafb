import type { EventType, GlobalOptions, Handler, PurchaseInput, Unsubscribe } from '../types'
import type { Finding } from '../check/finding'
import { runtimeFor } from './runtime-for'

/**
 * Sets global options; what is not given keeps its value. Invalid values are ignored with a
 * coded warning. `consent` is `true`/`'granted'` or `false`/`'pending'`. The first call also
 * reports the landing of a page opened through a shared link, in the next task.
 *
 * @example
 * configure({ endpoint: '/share-events', campaign: 'black-friday' })
 */
export const configure = (options: GlobalOptions): void => {
  const runtime = runtimeFor()
  runtime.configure(options)
  // A page opened through a shared link reports its landing, widget or not (contract §6), as the
  // script tag's does: in a task of its own, so that a subscriber added right after gets it.
  if (runtime.env.document) runtime.env.setTimeout(runtime.start, 0)
}

/**
 * Grants or refuses consent at run time. Until consent is granted (`data-consent="pending"`),
 * nothing is sent or stored; refusing drops what was held and queued.
 *
 * @example
 * cookieBanner.onAccept(() => ShareCue.consent(true))
 */
export const consent = (granted: boolean): void => runtimeFor().consent(granted)

/**
 * A promise that settles once queued events have been sent or have failed (it never rejects).
 *
 * @example
 * await ShareCue.flush() // before a navigation the page makes itself
 */
export const flush = (): Promise<void> => runtimeFor().flush()

/**
 * Reports an order, on the order-confirmation page (widget or not): a `purchase` event with
 * the order and, when this browser arrived through a shared link within the attribution window
 * (`attributionDays`, default 30), that share's id and channel. Consent and Global Privacy
 * Control apply as to every event. An order is reported once per browser, however often the
 * page is reloaded, and a collector counts an order id once. A wrong order is not reported,
 * with warning SC404.
 *
 * @example
 * purchase({ orderId: '1001', value: 59.9, currency: 'EUR', items: [{ sku: 'TS-1', quantity: 1, price: 59.9 }] })
 */
export const purchase = (order: PurchaseInput): void => runtimeFor().purchase(order)

/**
 * Subscribes to events of one type, or `*` for all, as they are made. Returns the unsubscribe
 * function. The handler gets that type's event (`ShareClickEvent` for `share_click`, whose
 * `channel` is a `ChannelId`); for `*`, the `ShareEvent` union, narrowed by checking `type`.
 *
 * @example
 * const off = on('share_click', (event) => console.log(event.channel, event.shareId))
 */
export const on = <T extends EventType | '*'>(type: T, handler: Handler<T>): Unsubscribe => runtimeFor().on(type, handler)

/**
 * Looks at the page and reports, in plain words with the fix, what keeps the widget from doing
 * its best: an events endpoint that refuses the page's origin, no canonical URL, no schema.org
 * Product in JSON-LD, an offer deadline in the past, no og:image; on the script tag also lazy
 * parts that do not load (missing, or without CORS). One finding per check (`ok`, `warning` or
 * `error`), printed to the console as one message. The endpoint gets an empty batch, no event.
 * Its code loads only when called. On a server it rejects: there is no page to look at.
 *
 * @example
 * const findings = await check()
 * findings.filter((f) => f.level === 'error') // [{ code: 'endpoint', level: 'error', message, fix }]
 */
export const check = (): Promise<Finding[]> => {
  const runtime = runtimeFor()
  // On a server (an SSR pass of the app's code) there is no page to look at.
  if (!runtime.env.document) return Promise.reject(Error('[sharecue] check() looks at a page: call it in the browser'))
  return import('../check/run-check').then(({ runCheck }) => runCheck(runtime.env, { endpoint: runtime.config.endpoint }))
}
