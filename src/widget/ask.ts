import type { h as H, VNode } from 'preact'
import type { ChannelId, Scope, ShareData } from '../types'
import type { AskStrings, Locale } from '../i18n/locale'
import type { Runtime } from '../runtime/create-runtime'
import type { AskModel, ControlModel, WidgetCallbacks } from '../ui/model'
import type { CopyValues } from '../share/render-copy'
import type { Host } from './host'
import type { WidgetState } from './resolve-widget'
import type { createControls, Drawn } from './controls'
import type { createShareIds } from './share-ids'
import type { createEvent } from '../events/create-event'
import type { loadOnce, Lazy } from '../lib/load-once'
import type { Warn } from '../lib/warn'

/**
 * What "Ask my friends" takes from the full widget, which has these modules already: this lazy
 * part (`sc-ask.js`, loaded only for widgets with `ask` and pages opened through an ask)
 * carries no copy of them.
 */
export interface AskKit {
  h: typeof H
  /** The control of a channel as the widget draws it (`ui/widget.tsx`'s). */
  control(c: ControlModel, onControl: WidgetCallbacks['onControl'], hook: string): VNode<any> // eslint-disable-line @typescript-eslint/no-explicit-any
  scopeOf(id: ChannelId): Scope
  /** The ask panel's controls (links with `scask=1`) and their share ids. */
  controls: ReturnType<typeof createControls>
  ids: ReturnType<typeof createShareIds>
  /** Storage where consent allows, not under GPC. */
  storage(): Storage | undefined
  event: typeof createEvent
  /** Copies a message: its copy and its link once (`textAndUrl`). */
  copy(data: ShareData): Promise<void>
  /** Asks for the icons of these channels, not yet at hand (the widget's `icon-loads.ts`). */
  icons(ids: ChannelId[]): void
  /** Runs an action channel with this message (WeChat: the QR code of the ask's link). */
  run(id: ChannelId, data: ShareData, event: MouseEvent, complete: () => void): unknown
  /** An absolute http(s) URL, or undefined. */
  url(value: string, base: string): string | undefined
  /** The widget's loader of lazy parts (3 tries, then SC305), for the tables. */
  loadOnce: typeof loadOnce
  warn: Warn
}

/** This browser's asks: `{ i: share id, u: product URL, t: time, s: answers seen }`, newest last. */
const asksKey = 'sharecue:asks'
/** Asks this browser answered (share ids), newest last: one answer per share and browser. */
const repliedKey = 'sharecue:replied'
/** How long an ask is remembered, and how many. */
const keepMs = 30 * 864e5
const keepAsks = 20
const keepReplied = 50

export type Reply = 'yes' | 'maybe' | 'no'
export const replies: Reply[] = ['yes', 'maybe', 'no']
type Stored = { i: string; u: string; t: number; s?: number }

/** Pages of one window that took the friend's prompt: one prompt per page view. */
const prompted = new WeakSet<Runtime>()

/** A stored JSON list, or none (unreadable, refused, not a list). */
const list = <T>(storage: Storage | undefined, key: string): T[] => {
  try {
    const value: unknown = JSON.parse(storage?.getItem(key) || '[]')
    return Array.isArray(value) ? value as T[] : []
  } catch {
    return []
  }
}

const keep = (storage: Storage | undefined, key: string, value: unknown[]) => {
  try {
    storage?.setItem(key, JSON.stringify(value))
  } catch { /* full or refused: this page view still knows */ }
}

/**
 * The channels an ask goes through: the locale's private ones (messaging apps, WeChat's QR
 * code, native share), then SMS, email and copy.
 */
export const askChannels = (locale: Locale, scopeOf: AskKit['scopeOf']): ChannelId[] =>
  [...new Set([...locale.channels, 'sms', 'email', 'copy'] as ChannelId[])]
    .filter((id) => scopeOf(id) === 'private' && id !== 'image')

/** "2 Get it, 1 Not sure": the answers given, in the widget's language. */
export const answersText = (answers: Record<Reply, number>, t: AskStrings): string =>
  replies.filter((r) => answers[r] > 0).map((r) => `${answers[r]} ${t[r]}`).join(', ')

/** The English strings, here rather than in the full widget: only ask widgets say them. */
export const enAsk: AskStrings = {
  button: 'Ask my friends',
  copy: 'Should I get this? {title}',
  prompt: 'Your friend wants your opinion',
  yes: 'Get it',
  maybe: 'Not sure',
  no: 'Skip it',
  thanks: 'Thanks! Your friend will see your answer.',
  answers: 'Your friends said: {0}',
  note: 'Friends answer in one tap. Come back to this page to see what they said.',
  noMemory: 'This browser may not keep your ask, so their answers cannot be shown to you here.',
}

/** The other languages' tables (`i18n/ask/`), each a lazy file of its own. */
const tables: Record<string, () => Promise<{ default: AskStrings }>> = {
  de: () => import('../i18n/ask/de'), fr: () => import('../i18n/ask/fr'), es: () => import('../i18n/ask/es'),
  'pt-BR': () => import('../i18n/ask/pt-BR'), ru: () => import('../i18n/ask/ru'), ja: () => import('../i18n/ask/ja'),
  ko: () => import('../i18n/ask/ko'), 'zh-CN': () => import('../i18n/ask/zh-CN'), 'zh-TW': () => import('../i18n/ask/zh-TW'),
  ar: () => import('../i18n/ask/ar'), hi: () => import('../i18n/ask/hi'),
}
let loads: Lazy<{ default: AskStrings }> | undefined
/** Per language, the redraws of the widgets that asked for its table before it was in: each runs when a try is over. */
const waiting = new Map<string, Set<() => void>>()

/**
 * The ask strings of a locale's table, or `undefined` while its first try is under way (every
 * widget that asked redraws when it is over, and again should a retry bring the table). Loaded
 * as every lazy part is: at most 3 tries, then given up with one SC305; meanwhile, and where it
 * fails, English.
 */
export const askStrings = (locale: Locale, redraw: () => void, kit: Pick<AskKit, 'loadOnce' | 'warn'>): AskStrings | undefined => {
  const tag = locale.tag
  if (!tables[tag]) return enAsk
  loads ??= kit.loadOnce('ask', (key) => tables[key]!())
  const table = loads.get(tag)?.default
  if (table) return table
  let redraws = waiting.get(tag)
  if (!redraws) {
    const all = new Set<() => void>()
    const each = () => all.forEach((fn) => fn())
    waiting.set(tag, (redraws = all))
    loads.tried(tag, kit.warn).then(() => {
      each()
      // A retry may bring it; given up (SC305), English stays.
      if (loads!.failed(tag)) loads!.load(tag).then(each, each)
    })
  }
  // A set: a widget that draws again while the table loads is redrawn once.
  redraws.add(redraw)
  return loads.failed(tag) ? enAsk : undefined
}

/**
 * Rules for the button, its panel, a friend's prompt and the answers, beside the widget's. The
 * panel's note and the answers sit on the widget's own background, as the group headings do: the
 * default theme (auto) follows the shopper's colour scheme, the page around them may not. The
 * prompt keeps room for its close button at the inline end, which is the left in Arabic. The
 * last two: the button and the answers are words, not channel icons, so the icons layout's square
 * (`.icons .c`) does not apply to them; the button and the panel's controls have no brand colour
 * (`--b`, `--f`, keyed by `data-channel`), so in the icons and pills layouts they take the
 * widget's neutral ones, not the page's background.
 */
export const askCss = `.ab{margin-top:var(--g)}
.ak{margin-top:var(--g);padding:var(--g);border:1px solid var(--n);border-radius:var(--r)}
.ak .mi,.aa{display:table;padding:2px 6px;border-radius:4px;background:var(--n)}
.ak .mi{margin:6px 0 0;font-size:13px}
.ap{position:relative;margin:var(--g) 0;padding-block:10px;padding-inline:12px 44px;border-radius:var(--r);background:var(--n);color:var(--t)}
.ap p{margin:0 0 8px;font-weight:600}
.ar{display:flex;flex-wrap:wrap;gap:6px}
.ar .c{background:var(--t);color:var(--n)}
.ap .ax{position:absolute;top:4px;inset-inline-end:4px;min-width:36px;height:36px;padding:0;background:none;color:inherit}
.aa{margin:var(--g) 0 0;font-weight:600}
.w .ab,.w .ar .c{width:auto;padding:0 12px}
.w .ab,.w .ak .c{background:var(--n);color:var(--t)}`

/**
 * The view: a friend's prompt, what friends answered, the button and its panel (controls
 * marked `data-ask-channel`, so `data-channel` stays one control per channel).
 */
export const askView = (kit: AskKit, ask: AskModel, locale: Locale, { onAsk, onAskControl, onReply }: Partial<WidgetCallbacks>) => {
  const { h } = kit
  const t = ask.strings
  return [
    ask.prompt && h('div', { class: 'ap', 'data-part': 'ask-prompt', role: 'group', 'aria-labelledby': 'sc-ap' },
      h('p', { id: 'sc-ap' }, ask.prompt.thanked ? t.thanks : t.prompt),
      !ask.prompt.thanked && h('div', { class: 'ar' }, replies.map((r) => h('button', { class: 'c', type: 'button', 'data-reply': r, onClick: () => onReply?.(r) }, t[r]))),
      h('button', { class: 'c ax', type: 'button', 'aria-label': locale.close, onClick: () => onReply?.(undefined) }, '×')),
    ask.answers && h('p', { class: 'aa', 'data-part': 'answers' }, t.answers.replace('{0}', ask.answers)),
    ask.button && h('button', { class: 'c ab', type: 'button', 'data-part': 'ask', 'aria-expanded': ask.open ? 'true' : 'false', 'aria-controls': 'sc-ask', onClick: onAsk }, t.button),
    ask.open && h('div', { id: 'sc-ask', class: 'ak', role: 'group', 'aria-label': t.button },
      h('ul', null, ask.controls.map((c) => kit.control(c, (id, event) => onAskControl?.(id, event), 'data-ask-channel'))),
      h('p', { class: 'mi' }, ask.remembered ? t.note : t.noMemory)),
  ]
}

/**
 * "Ask my friends" for one widget of the full widget:
 * - the asker's panel: the private channels with question copy (`templates.ask`, else the
 *   locale's), links carrying `scask=1`, each use a `share_click` with `ask: true`, remembered
 *   (with consent, not under GPC, 30 days) with the product URL;
 * - the friend's prompt, on the first widget of a page opened through an ask: three answers,
 *   one per share and browser, sent as `ask_reply`; not for an ask this browser made (its
 *   asker sees what an asker sees), unless the widget plays the friend (`askAsFriend`);
 * - the answers to this browser's asks about this product, read once per page view from
 *   `repliesEndpoint` and announced when they changed since the last look.
 * `draw` redraws the widget; `say` announces in its live region.
 */
export const createAsk = (kit: AskKit, runtime: Runtime, host: Host, draw: () => void, say: (text: string) => void) => {
  const { env, config } = runtime
  const { ids, controls, storage } = kit
  const answered = new Set<string>()
  let open = false
  let drawn: Drawn[] = []
  let prompt: AskModel['prompt']
  /** What friends answered to this browser's asks about the product shown. */
  let said: Record<Reply, number> | undefined
  /** The product whose answers were read (once per page view and product). */
  let read: string | undefined

  const page = () => env.window.location.href

  /**
   * Whether this browser made the ask `id`: its asker opened their own link (to check the
   * message they sent) and is no friend of their own. Known only where the asks are kept (with
   * consent, not under GPC, storage allowed); elsewhere it cannot be told, and the friend's
   * prompt shows. A widget that plays the friend (`askAsFriend`) asks all the same.
   */
  const mine = (id: string) => !host.state?.options.askAsFriend && list<Stored>(storage(), asksKey).some((a) => a?.i === id)

  // The friend: a page opened through an ask shows its prompt once, on one widget.
  const asked = runtime.asked()
  if (asked && !prompted.has(runtime) && !mine(asked) && list<string>(storage(), repliedKey).indexOf(asked) < 0) {
    prompted.add(runtime)
    // About the product the friend landed on: a widget that moves on to another (update()) does not ask.
    prompt = { shareId: asked, url: host.state?.product.url }
  }

  /** Reads what friends answered to this browser's asks about `url`, and shows it. */
  const readAnswers = (url: string, t: AskStrings) => {
    if (read === url) return
    said = undefined
    const store = storage()
    // Nothing is kept before consent (or under GPC): read at the first draw that has it.
    if (!store) return
    read = url
    const mine = list<Stored>(store, asksKey).filter((a) => a?.u === url && env.now() - a.t < keepMs)
    const base = config.repliesEndpoint ?? (config.endpoint ? kit.url('replies', config.endpoint) : undefined)
    if (!mine.length || !base) return
    const target = new URL(base)
    target.searchParams.set('ids', mine.map((a) => a.i).join(','))
    const stop = new AbortController()
    const timer = env.setTimeout(() => stop.abort(), 10_000)
    env.fetch(target.href, { credentials: 'omit', signal: stop.signal })
      .then((res) => (res.ok ? res.json() : undefined))
      .then((body: { replies?: Record<string, Partial<Record<Reply, number>>> } | undefined) => {
        const sum: Record<Reply, number> = { yes: 0, maybe: 0, no: 0 }
        for (const a of mine) for (const r of replies) sum[r] += Math.max(0, Number(body?.replies?.[a.i]?.[r]) || 0)
        const total = sum.yes + sum.maybe + sum.no
        if (!total || read !== url) return
        said = sum
        draw()
        // Said once, and again only when new answers came since the last look.
        // As stored now: another widget of this product may have said them meanwhile.
        const all = list<Stored>(storage(), asksKey)
        const seen = mine.reduce((n, m) => n + (all.find((a) => a?.i === m.i)?.s ?? 0), 0)
        if (total !== seen) {
          say(t.answers.replace('{0}', answersText(sum, t)))
          for (const a of all) if (a?.u === url) a.s = replies.reduce((n, r) => n + (Number(body?.replies?.[a.i]?.[r]) || 0), 0)
          keep(storage(), asksKey, all)
        }
      }, () => { /* no answers to show this time */ })
      .finally(() => env.clearTimeout(timer))
  }

  return {
    /** What the widget shows of the ask, for `state` (drawn with the widget). */
    model(state: WidgetState, locale: Locale, copy: CopyValues, key: string): AskModel | undefined {
      const t = askStrings(locale, draw, kit)
      // Consent may have come since the prompt showed (a banner that answers late): an ask this
      // browser made is its asker's, who sees what an asker sees.
      if (prompt && !prompt.thanked && mine(prompt.shareId)) prompt = undefined
      const shown = prompt?.url === state.product.url ? prompt : undefined
      if (!t || (!state.options.ask && !shown)) return
      // The prompt is said once, politely, not by taking the focus (after this draw).
      if (shown && !shown.said) {
        shown.said = true
        env.setTimeout(() => say(t.prompt), 0)
      }
      if (state.options.ask) readAnswers(state.product.url, t)
      if (open) {
        const template = state.templates.ask ?? t.copy
        const ask = { ...state, options: { ...state.options, channels: askChannels(locale, kit.scopeOf) }, templates: { default: template } }
        // The question is in the key: a language's table that arrives while the panel is open rebuilds its links.
        drawn = controls(ask, locale, copy, key + template, ids.of)
        // Its channels (SMS, email) need not be the widget's: their icons are asked for too.
        kit.icons(drawn.map(([c]) => c.id))
      }
      return {
        strings: t,
        button: !!state.options.ask,
        open,
        controls: open ? drawn.map(([c]) => c) : [],
        remembered: !!storage(),
        prompt: shown,
        answers: said && answersText(said, t),
      }
    },
    toggle() {
      open = !open
      draw()
    },
    /** A control of the ask panel was used: a share with `ask: true`, then remembered. */
    use(id: ChannelId, locale: Locale, event: MouseEvent) {
      const sent = drawn.find(([c]) => c.id === id)?.[1]
      if (!sent) return
      const sid = ids.of(id)
      host.report('share_click', id, sid, true)
      const store = storage()
      keep(store, asksKey, [...list<Stored>(store, asksKey).filter((a) => a?.i !== sid && env.now() - a?.t < keepMs), { i: sid, u: host.state!.product.url, t: env.now() }].slice(-keepAsks))
      const { data } = sent
      const done = () => host.report('share_complete', id, sid, true)
      if (id === 'copy') {
        // The question and its link, once (a template may place `{url}` itself). A failure is
        // told to the shopper and, coded, to the merchant, as the widget's own Copy does.
        kit.copy(data).then(() => { done(); say(locale.copied) }, (error) => { host.warn('SC304', error); say(locale.copyFailed) })
      } else if (id === 'native' || id === 'wechat') kit.run(id, data, event, done)
      // A new share id for the next ask through this channel; the link clicked keeps its own.
      env.setTimeout(() => { ids.renew(id); draw() }, 0)
    },
    /** The friend answered (or, with `undefined`, dismissed the prompt). */
    reply(reply: Reply | undefined, locale: Locale) {
      const t = askStrings(locale, draw, kit) ?? enAsk
      if (!prompt || prompt.thanked || prompt.url !== host.state?.product.url) return
      const shareId = prompt.shareId
      // Dismissed, or the asker's own ask (known once consent came): the prompt goes, nothing is sent.
      if (!reply || mine(shareId)) {
        prompt = undefined
        return draw()
      }
      if (answered.has(shareId)) return
      answered.add(shareId)
      const store = storage()
      const done = list<string>(store, repliedKey)
      keep(store, repliedKey, [...done.filter((id) => id !== shareId), shareId].slice(-keepReplied))
      // Another tab of this browser (the link opened twice) may have answered meanwhile: thanked, not counted again.
      if (done.indexOf(shareId) < 0) runtime.report(kit.event('ask_reply', { shareId, reply, preview: host.state?.preview }, env.now(), page()))
      prompt = { ...prompt, thanked: true }
      say(t.thanks)
      draw()
    },
  }
}

export type Ask = ReturnType<typeof createAsk>
