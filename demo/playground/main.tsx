/**
 * The playground's entry: holds the settings (in the address's hash), mounts the live widget
 * from the same target the snippet shows, computes the previews with the widget's own
 * modules, and polls the collector. The components in ui/ only render what they are given.
 */
import { h, render } from 'preact'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { ChannelId, ShareEvent } from '../../src/types'
import { formatPrice, loadLocale, parsePrice } from '../../src/widget/index'
import { defaults, type Settings, type Templates, type Variant } from './settings'
import { decodeSettings, encodeSettings } from './url-state'
import { htmlSnippet, npmSnippet, targetAttributes, targetElement, type PageProduct } from './target'
import { messagesFor, type Message } from './message'
import { fieldNotes } from './field-notes'
import { compareShareRates } from '../../collector/ab-test.js'
import { App } from './ui/app'
import type { Sales, VariantResult } from './ui/results'
import type { CardImage } from './ui/message-preview'

/** What the panel reads of the collector's `/stats`. */
interface Stats {
  byVariantChannel?: Record<string, Record<string, { share_click: number; share_landing: number }>>
  orders?: { byVariantChannel?: Record<string, Record<string, Sales>> }
  ab?: { variants?: Record<string, { views: number; viewsShared: number; shares: number; landings: number } & Sales> }
}

type ShareCueApi = { mount(el: Element, options?: object): { cardImage(): Promise<Blob> } }

/** How often the panel asks the collector, while the page is visible. */
const pollMs = 2000
/** Typing settles before the widget is redrawn and the card image drawn again. */
const settleMs = 250

const live = document.getElementById('live')!
const product: PageProduct = {
  url: new URL('/', location.href).href,
  title: document.getElementById('name')!.textContent!.trim(),
  image: new URL('/product.svg', location.href).href,
}
const base = defaults(live.dataset.deadline ?? '')

/**
 * Brings the live target in line with the settings: its attributes changed in place and the
 * widget told to read them again (`mount()` on a mounted target updates it), so tuning makes
 * one widget and one view, not one per keystroke. The first target is mounted by the script
 * tag's observer, like any target a page adds.
 */
const syncTarget = (s: Settings): Element => {
  const next = targetElement(document, s, product, true)
  const current = live.firstElementChild
  if (!current) {
    live.replaceChildren(next)
    return next
  }
  for (const { name } of [...current.attributes]) if (!next.hasAttribute(name)) current.removeAttribute(name)
  for (const { name, value } of [...next.attributes]) if (current.getAttribute(name) !== value) current.setAttribute(name, value)
  ;(window as { ShareCue?: ShareCueApi }).ShareCue?.mount?.(current)
  return current
}

/** The product page's own price line follows the settings, as a shop's would. */
const showPrice = (s: Settings) => {
  const line = document.getElementById('price')!
  const price = parsePrice(s.price)
  const original = parsePrice(s.originalPrice)
  line.replaceChildren()
  if (price == null) return
  line.append(formatPrice(price, s.locale, s.currency))
  if (original != null && original > price) {
    const was = document.createElement('s')
    was.textContent = formatPrice(original, s.locale, s.currency)
    line.append(' ', was)
  }
}

const copyText = async (text: string) => {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

const Playground = () => {
  const [settings, setSettings] = useState<Settings>(() => decodeSettings(location.hash, base))
  const [field, setField] = useState<ChannelId | 'default'>('default')
  const [localeReady, setLocaleReady] = useState(0)
  const [stats, setStats] = useState<Stats>({})
  const [events, setEvents] = useState<ShareEvent[]>([])
  const [updated, setUpdated] = useState<Date>()
  const [error, setError] = useState<string>()
  const [announcement, setAnnouncement] = useState('')
  const [copied, setCopied] = useState('')
  /** The settings before the last Reset, while it can be undone. */
  const [undo, setUndo] = useState<Settings>()
  const [dragging, setDragging] = useState<ChannelId>()
  const [cardImage, setCardImage] = useState<CardImage>('drawing')
  const target = useRef<Element | undefined>(undefined)

  const announce = (text?: string) => text && setAnnouncement(text)
  const change = (patch: Partial<Settings>, text?: string) => {
    setUndo(undefined)
    setSettings((s) => ({ ...s, ...patch }))
    announce(text)
  }

  // The address holds the settings: a link shares them, a reload keeps them. Written as the
  // panel renders, not after the next frame, so a reload right after typing keeps the last key.
  const address = useRef('')
  useLayoutEffect(() => {
    const hash = encodeSettings(settings, base)
    address.current = hash || location.pathname + location.search
    history.replaceState(null, '', address.current)
    showPrice(settings)
    loadLocale(settings.locale).then(() => setLocaleReady((n) => n + 1), () => {})
  }, [settings])

  // A playground link opened in this tab changes the hash only, with no reload: its settings
  // come in. An in-page link (the skip link) changes it too: the settings go back in the address.
  useEffect(() => {
    const onHash = () => {
      if (location.hash.startsWith('#s=')) setSettings(decodeSettings(location.hash, base))
      else history.replaceState(null, '', address.current)
    }
    addEventListener('hashchange', onHash)
    return () => removeEventListener('hashchange', onHash)
  }, [])

  // The live widget, then its card image, once typing settles.
  useEffect(() => {
    const timer = setTimeout(() => {
      target.current = syncTarget(settings)
      // The widget makes the card image for its card and for the image channel, which shares it.
      const next = (image: CardImage) => setCardImage((old) => {
        if (typeof old == 'object') URL.revokeObjectURL(old.url)
        return image
      })
      if (!settings.card && !settings.channels.includes('image')) return next('none')
      const api = (window as { ShareCue?: ShareCueApi }).ShareCue
      api?.mount?.(target.current).cardImage().then((blob) => next({ url: URL.createObjectURL(blob) }), () => next('failed'))
    }, target.current ? settleMs : 0)
    return () => clearTimeout(timer)
  }, [settings])

  // The collector's numbers and last events, every 2 s while this page is visible.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const poll = async () => {
      clearTimeout(timer)
      if (document.visibilityState === 'visible') {
        try {
          const [s, recent] = await Promise.all([
            fetch('/stats').then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`)))),
            fetch('/events/recent?limit=20').then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`)))),
          ])
          setStats(s)
          setEvents(recent.events ?? [])
          setUpdated(new Date())
          setError(undefined)
        } catch (e) {
          setError(String((e as Error)?.message ?? e))
        }
      }
      if (!stopped) timer = setTimeout(poll, pollMs)
    }
    const onVisible = () => document.visibilityState === 'visible' && poll()
    document.addEventListener('visibilitychange', onVisible)
    poll()
    return () => {
      stopped = true
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [])

  // The copy of a channel that was just removed is no longer edited: the editor goes back to
  // the copy for every channel (now, and for good, so adding it again does not bring it back).
  const editing = field === 'default' || settings.channels.includes(field) ? field : 'default'
  useEffect(() => setField(editing), [editing])

  const messages: Message[] = useMemo(() => messagesFor(targetElement(document, settings, product, true)) ?? [], [settings, localeReady])

  const results: VariantResult[] = settings.variants.map(({ name }) => {
    const shared = stats.byVariantChannel?.[name] ?? {}
    const sold = stats.orders?.byVariantChannel?.[name] ?? {}
    return {
      name, views: 0, viewsShared: 0, shares: 0, landings: 0, orders: 0, revenue: {},
      ...stats.ab?.variants?.[name],
      channels: [...new Set([...Object.keys(shared), ...Object.keys(sold)])].sort().map((channel) => [channel, {
        share_click: shared[channel]?.share_click ?? 0, share_landing: shared[channel]?.share_landing ?? 0,
        orders: sold[channel]?.orders ?? 0, revenue: sold[channel]?.revenue ?? {},
      }]),
    }
  })
  // The playground's own variants only: other experiments on the same collector are not this one.
  const verdict = compareShareRates(results.map((r) => ({ name: r.name, views: r.views, shared: r.viewsShared })))
  // The simulation page is a plain script without the widget's price parser: its order must be
  // worth the price the widget shows ("129,90" too), so the price goes to it as the widget reads it.
  const simulated = targetAttributes(settings, product).map(([name, value]) =>
    [name, name === 'data-price' ? String(parsePrice(value) ?? value) : value])
  const simulate = `/simulate.html?t=${encodeURIComponent(JSON.stringify(simulated))}`
  const origin = location.origin
  const nav = navigator as Navigator & { userAgentData?: { mobile?: boolean } }
  const notes = fieldNotes(settings, {
    now: Date.now(),
    canShare: !!navigator.canShare?.({ url: product.url }),
    phone: nav.userAgentData?.mobile ?? /Android|iPhone|iPad|iPod|Mobile/i.test(navigator.userAgent),
  })

  return (
    <App
      settings={settings} field={editing} messages={messages} cardImage={cardImage}
      html={htmlSnippet(settings, product, origin)} npm={npmSnippet(settings, product, origin)}
      results={results} verdict={verdict} simulate={simulate} events={events} updated={updated} error={error}
      announcement={announcement} copied={copied} dragging={dragging} notes={notes} canUndo={!!undo}
      onChange={change}
      onField={setField}
      onTemplates={(templates: Templates) => setSettings((s) => (s.preview
        ? { ...s, variants: s.variants.map((v) => (v.name === s.preview ? { ...v, templates } : v)) }
        : { ...s, templates }))}
      onVariants={(variants: Variant[], text) => {
        setSettings((s) => ({ ...s, variants, preview: variants.some((v) => v.name === s.preview) ? s.preview : '' }))
        announce(text)
      }}
      onCopy={async (which, text) => {
        const ok = await copyText(text)
        const what = which === 'link' ? 'Link to these settings' : which === 'html' ? 'HTML snippet' : 'npm code'
        setCopied(ok ? `${which}:${what} copied` : `${which}:Copy failed: select the text and copy it`)
        announce(ok ? `${what} copied` : 'Copy failed')
        // The button says "Copied" for a while, for eyes as the live region does for ears.
        setTimeout(() => setCopied((now) => (now.startsWith(`${which}:`) ? '' : now)), 2500)
      }}
      onReset={() => {
        setUndo(settings)
        setSettings(base)
        setField('default')
        announce('Settings reset. Undo brings them back.')
      }}
      onUndo={() => {
        if (undo) setSettings(undo)
        setUndo(undefined)
        announce('Settings restored')
      }}
      onDrag={setDragging}
    />
  )
}

render(<Playground />, document.getElementById('panel')!)
