/**
 * The script-tag entry: reads the tag's attributes, mounts every `[data-sharecue]` and
 * `<share-cue>` target present and added later, releases removed ones, and offers the API as
 * `window.ShareCue`. The only file with side effects; loading it twice does nothing the second time.
 */
import type { GlobalOptions, Widget } from './types'
import { mount } from './mount'
import { configure, readConsent } from './config/configure'
import { createWarn } from './config/warn'
import { browserEnv } from './env'
import { shareUrl } from './share/share-url'
import { on } from './events/hub'
import { consent } from './events/consent'
import { flush } from './events/flush'
import { channelIds } from './channels/registry'
import { version } from './version'

const selector = '[data-sharecue],share-cue'

/** A call made before the script loaded, by the queue snippet in the README. */
type Queued = [method: string, args: ArrayLike<unknown>]

interface Global extends Window {
  ShareCue?: Record<string, unknown> & { q?: Queued[] }
}

const start = (win: Window & Global, script: HTMLScriptElement | null) => {
  const existing = win.ShareCue
  if (existing && existing.version) return // loaded twice: the first copy serves the page
  const env = browserEnv(win)
  const doc = win.document
  const api = { mount: (el: Element, options?: object) => mount(el, options, env), configure, shareUrl, on, consent, flush, channels: channelIds, version }
  win.ShareCue = api

  const data = script?.dataset ?? {}
  const options: GlobalOptions = { campaign: data.campaign, locale: data.locale, endpoint: data.endpoint }
  const granted = readConsent(data.consent, createWarn(env))
  if (granted !== undefined) options.consent = granted
  if (data.datalayer != null) options.dataLayer = data.datalayer === 'true'
  configure(options, env)

  for (const [method, args] of existing?.q ?? []) {
    const fn = (api as Record<string, unknown>)[method]
    if (typeof fn === 'function') {
      try { fn(...Array.from(args)) } catch { /* the call reports its own problem */ }
    }
  }

  const mounted = new Map<Element, Widget>()
  const add = (el: Element) => {
    if (!mounted.has(el)) mounted.set(el, mount(el, {}, env))
  }
  const scan = (node: ParentNode) => {
    if ((node as Element).matches?.(selector)) add(node as Element)
    node.querySelectorAll?.(selector).forEach(add)
  }
  const release = () => {
    for (const [el, widget] of mounted) {
      if (!el.isConnected) {
        widget.destroy()
        mounted.delete(el)
      }
    }
  }
  const watch = () => {
    scan(doc)
    new (win as unknown as typeof globalThis).MutationObserver((records) => {
      let removed = false
      for (const record of records) {
        record.addedNodes.forEach((node) => { if (node.nodeType === 1) scan(node as Element) })
        removed ||= record.removedNodes.length > 0
      }
      if (removed) release()
    }).observe(doc.documentElement, { childList: true, subtree: true })
  }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', watch, { once: true })
  else watch()
}

start(window as Window & Global, document.currentScript as HTMLScriptElement | null)
