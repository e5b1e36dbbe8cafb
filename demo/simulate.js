// The playground's "Simulate an order", in one tab: first the shopper, who shares with the
// widget the playground made (as a visitor sees it, so it counts); then, through the shared
// link, the friend, who lands and buys; the order-confirmation step calls purchase(). The
// target's attributes come from the address (`?t=`, as the playground writes them); only
// data-* attributes are taken, and everything is shown as text.
// A classic script placed before the widget's (async) script tag: it reads the address before
// the widget takes `scid` out of it, and subscribes through the queue stub before the widget
// reports the landing; what touches the page waits for the document.
(() => {
const params = new URLSearchParams(location.search)
const given = params.get('t') ?? '[]'
let attributes = []
try {
  attributes = JSON.parse(given)
} catch {
  attributes = []
}
/** "Simulate an ask": the widget asks friends, the friend answers in a second tab, the asker sees it. */
const asking = params.get('ask') === '1'
/** This simulation's own address: the shared links lead back here, not to the playground. */
const here = new URL(`${location.pathname}?t=${encodeURIComponent(given)}${asking ? '&ask=1' : ''}`, location.href).href

/** Runs `fn` once the document is parsed. */
const ready = (fn) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', fn) : fn())

const target = document.createElement('div')
const attribute = (name) => (Array.isArray(attributes) ? attributes.find((a) => Array.isArray(a) && a[0] === name)?.[1] : undefined)
for (const [name, value] of Array.isArray(attributes) ? attributes : []) {
  if (typeof name === 'string' && /^data-[a-z0-9-]+$/.test(name) && name !== 'data-preview' && typeof value === 'string') target.setAttribute(name, value)
}
target.setAttribute('data-sharecue', '')
target.setAttribute('data-url', here)
if (asking) target.setAttribute('data-ask', 'true')
// Both people are played in this one browser, which remembers the ask it made: its own ask's
// link shows what the asker sees. The second tab says it is the friend, and gets the prompt.
if (asking && params.has('scid')) target.setAttribute('data-ask-as-friend', 'true')
// Likewise for any share: a browser takes its own link for the sharer checking it, not a friend
// arriving (no order is credited to it). The second tab plays the friend, so it forgets the
// shares this browser made, before the widget's script reads them.
if (params.has('scid')) try { localStorage.removeItem('sharecue:mine') } catch { /* no storage: nothing kept */ }
ready(() => document.getElementById('widget').append(target))

/** Shows a step: its words, and an action (a link or a button) below, once the page is there. */
const show = (words, action) => ready(() => {
  document.getElementById('step').textContent = words
  document.getElementById('next').replaceChildren(...(action ? [action] : []))
})

const price = Number(attribute('data-price')) || 0
const currency = /^[A-Z]{3}$/.test(attribute('data-currency') ?? '') ? attribute('data-currency') : 'EUR'

const arrived = params.has('scid')

if (asking && !arrived) {
  show('Tab 1 — you are the shopper. Press “Ask my friends” in the widget below and send it with any of its buttons (Copy link keeps you here). When friends have answered, reload this tab: the widget shows what they said.')
  window.ShareCue.on('share_click', (event) => {
    if (!event.ask) return
    const link = new URL(here)
    link.searchParams.set('utm_source', event.channel)
    link.searchParams.set('utm_medium', 'social')
    link.searchParams.set('utm_campaign', attribute('data-campaign') || 'sharecue')
    link.searchParams.set('scid', event.shareId)
    link.searchParams.set('scask', '1')
    const open = document.createElement('a')
    open.href = link.href
    open.target = '_blank'
    open.className = 'button'
    open.textContent = 'Open the ask as your friend (a second tab)'
    const reload = document.createElement('button')
    reload.type = 'button'
    reload.className = 'buy'
    reload.textContent = 'Reload to see the answers'
    reload.addEventListener('click', () => location.replace(here))
    const both = document.createElement('span')
    both.className = 'row'
    both.append(open, ' ', reload)
    show(`Asked on ${event.channel}. Open the ask as your friend in a second tab, answer there, then come back and reload.`, both)
  })
} else if (asking) {
  show('Tab 2 — you are the friend. Answer your friend’s question in the widget below, then go back to the first tab and reload it.')
} else if (!arrived) {
  show('Step 1 of 3 — you are the shopper. Share the shoe with any button below (the share opens in a new tab; close it and come back).')
  window.ShareCue.on('share_click', (event) => {
    const link = new URL(here)
    link.searchParams.set('utm_source', event.channel)
    link.searchParams.set('utm_medium', 'social')
    link.searchParams.set('utm_campaign', attribute('data-campaign') || 'sharecue')
    link.searchParams.set('scid', event.shareId)
    const open = document.createElement('a')
    open.href = link.href
    open.className = 'button'
    open.textContent = 'Open the shared link as your friend'
    show(`Step 2 of 3 — shared on ${event.channel}${event.variant ? `, variant ${event.variant}` : ''}. Now be the friend who gets the link.`, open)
  })
} else {
  window.ShareCue.on('share_landing', (event) => {
    const buy = document.createElement('button')
    buy.type = 'button'
    buy.className = 'buy'
    buy.textContent = `Buy it${price ? ` for ${price.toFixed(2)} ${currency}` : ''}`
    buy.addEventListener('click', () => {
      const orderId = `SIM-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
      window.ShareCue.purchase({ orderId, value: price, currency })
      window.ShareCue.flush()
      const back = document.createElement('a')
      back.href = '/'
      back.textContent = 'Back to the playground'
      show(`Order ${orderId} placed: the order-confirmation page called purchase(). It counts for the share that brought you (${event.channel ?? 'its channel'}) in the playground’s results within a few seconds.`, back)
    })
    show(`Step 3 of 3 — you are the friend, arrived through the shared link (${event.channel ?? 'a channel'}). Buy the shoe.`, buy)
  })
}
})()
