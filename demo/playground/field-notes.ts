import type { ChannelId } from '../../src/types'
import { countdownDays, lowStock, parseDeadline, parsePrice, parseStock } from '../../src/widget/index'
import type { Settings, Templates } from './settings'

/** The widget's own bound on copy (longer is shortened with SC106): the editor keeps to it. */
export const maxCopy = 1000


/**
 * What the widget will do with each setting that it cannot use as given, in plain words, keyed
 * by the field it belongs next to: the same rules as the widget's (its own price parser), so
 * the panel explains what the console would only code (SC103, SC104, SC302…).
 */
export const fieldNotes = (s: Settings, env: { now: number; canShare: boolean; phone: boolean }): Partial<Record<string, string>> => {
  const notes: Partial<Record<string, string>> = {}
  const price = parsePrice(s.price)
  if (s.price && (price == null || price < 0)) {
    notes.price = `“${s.price}” is not a price the widget can use: it shows no price and the copy falls back to the title (SC103). Write digits, e.g. 129.00.`
  }
  const original = parsePrice(s.originalPrice)
  if (s.originalPrice && (original == null || original < 0)) {
    notes.originalPrice = `“${s.originalPrice}” is not a price: no discount is shown (SC103).`
  } else if (original != null && price != null && original <= price) {
    notes.originalPrice = 'Not above the price, so there is no discount to show: the card shows the price alone.'
  }
  const stock = parseStock(s.stock)
  if (s.stock.trim() && stock == null) {
    notes.stock = `“${s.stock}” is not a whole number of units: the widget ignores it and shows no stock (SC115).`
  } else if (stock === 0) {
    notes.stock = 'Sold out: the card says “Sold out”.'
  }
  if (s.deadline) {
    // Read as the widget reads it: a date-time without an offset is no date to it.
    const end = parseDeadline(s.deadline)
    if (end == null) notes.deadline = `“${s.deadline}” is not a date the widget reads: no countdown (SC104). Pick a date and time.`
    else if (new Date(end).getUTCFullYear() < 2000) notes.deadline = 'A deadline before the year 2000 is a typo: the offer shows as ended.'
    else if (end <= env.now) notes.deadline = 'This deadline has passed: the card shows the offer as ended, with no countdown.'
    else if (end - env.now > countdownDays * 864e5) notes.deadline = `More than ${countdownDays} days away: no urgency yet, so the card shows no countdown until ${countdownDays} days are left.`
    else if (stock === 0) notes.deadline = 'Sold out: nothing left to hurry for, so the card shows no countdown.'
  }
  const hidden: Partial<Record<ChannelId, string>> = {
    messenger: env.phone ? undefined : 'hidden on desktops: Messenger needs a Facebook app id there (SC302)',
    native: env.canShare ? undefined : 'hidden in this browser: “Share” appears only where the browser can share (most phones, some desktops)',
  }
  for (const id of s.channels) if (hidden[id]) notes[`channel-${id}`] = hidden[id]
  const copies: Templates[] = [s.templates, ...s.variants.map((v) => v.templates)]
  const names = (name: string) => copies.some((t) => Object.values(t).some((text) => text?.includes(`{${name}}`)))
  const ended = (parseDeadline(s.deadline) ?? Infinity) <= env.now
  const said: string[] = []
  if (ended && (names('timeLeft') || names('deadline'))) said.push('the offer has ended, so copy that names {timeLeft} or {deadline} falls back to the plain title (no hurry after the end)')
  else if (!ended && stock === 0 && (names('timeLeft') || names('deadline'))) said.push('the product is sold out, so copy that names {timeLeft} or {deadline} falls back to the plain title (nothing left to hurry for)')
  if (stock != null && (stock === 0 || stock > lowStock) && names('stock')) said.push(`${stock ? `${stock} units are not few` : 'the product is sold out'}, so copy that names {stock} (the units left while ${lowStock} or fewer) falls back to the plain title`)
  if (said.length) notes.copy = `Urgency that is not true any more: ${said.join('; ')}.`
  return notes
}
