import { h } from 'preact'
import type { FieldsProps } from './look-fields'

/** A field's note (what the widget will do with its value), announced as its description. */
const Note = ({ id, text }: { id: string; text?: string | undefined }) =>
  text ? <p class="field-note" id={id}>{text}</p> : null

/** `datetime-local`'s value (this computer's time) for an ISO 8601 moment; '' for none. */
const localValue = (iso: string): string => {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return ''
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000)
  return d.toISOString().slice(0, 16)
}

/** An ISO 8601 moment with an offset (`Z`), as `data-deadline` requires, from `datetime-local`'s value. */
const isoValue = (local: string): string => {
  const ms = new Date(local).getTime()
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString().replace('.000Z', 'Z')
}

const inHours = (hours: number) => new Date(Math.ceil((Date.now() + hours * 3_600_000) / 60_000) * 60_000).toISOString().replace('.000Z', 'Z')

/** Price, original price, currency, deadline and stock: what the card and the copy's placeholders show. */
export const ProductFields = ({ settings: s, notes = {}, onChange }: FieldsProps) => {
  const described = (key: string) => (notes[key] ? `note-${key}` : undefined)
  const text = (key: 'price' | 'originalPrice' | 'stock') => (e: Event) => onChange({ [key]: (e.currentTarget as HTMLInputElement).value.trim() })
  return (
    <div class="fields">
      <div class="row">
        <label>Price <input type="text" inputMode="decimal" value={s.price} onInput={text('price')} size={8} aria-invalid={!!notes.price} aria-describedby={described('price')} /></label>
        <label>Currency
          <select value={s.currency} onChange={(e) => onChange({ currency: (e.currentTarget as HTMLSelectElement).value })}>
            {['EUR', 'USD', 'GBP', 'JPY', 'CNY', 'CHF'].map((c) => <option>{c}</option>)}
          </select>
        </label>
      </div>
      <Note id="note-price" text={notes.price} />
      <label>Original price (empty: no discount) <input type="text" inputMode="decimal" value={s.originalPrice} onInput={text('originalPrice')} size={8} aria-invalid={!!notes.originalPrice} aria-describedby={described('originalPrice')} /></label>
      <Note id="note-originalPrice" text={notes.originalPrice} />
      <label>Offer ends (your time; empty: no countdown)
        <input type="datetime-local" value={localValue(s.deadline)} onInput={(e) => onChange({ deadline: isoValue((e.currentTarget as HTMLInputElement).value) })}
          aria-invalid={!!notes.deadline} aria-describedby={described('deadline')} />
      </label>
      <Note id="note-deadline" text={notes.deadline} />
      <div class="row">
        <button type="button" onClick={() => onChange({ deadline: inHours(2) })}>Ends in 2 hours</button>
        <button type="button" onClick={() => onChange({ deadline: inHours(72) })}>In 3 days</button>
        <button type="button" onClick={() => onChange({ deadline: '' })} disabled={!s.deadline}>No deadline</button>
      </div>
      <label>Units in stock (empty: unknown) <input type="text" inputMode="numeric" value={s.stock} onInput={text('stock')} size={6} aria-invalid={!!notes.stock} aria-describedby={described('stock')} /></label>
      <Note id="note-stock" text={notes.stock} />
    </div>
  )
}
