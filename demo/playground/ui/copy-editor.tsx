import { h } from 'preact'
import { useRef } from 'preact/hooks'
import type { ChannelId } from '../../../src/types'
import { registry } from '../../../src/widget/index'
import type { Templates } from '../settings'
import type { Message } from '../message'
import { maxCopy } from '../field-notes'

/** Every placeholder the widget fills (README, "Share copy"). */
const placeholders = ['title', 'price', 'originalPrice', 'discount', 'deadline', 'timeLeft', 'stock', 'brand', 'sku', 'text', 'url']

export interface CopyEditorProps {
  /** Whose copy: '' for the widget's, else a variant's name. */
  owner: string
  templates: Templates
  /** The key being edited: `default` (every channel) or a channel id. */
  field: ChannelId | 'default'
  channels: ChannelId[]
  messages: Message[]
  /** Why some copy will not say what it says (urgency on an ended offer), from field-notes.ts. */
  note?: string | undefined
  onField(field: ChannelId | 'default'): void
  onTemplates(templates: Templates): void
}

/** What a channel does with the copy, in a few words, and whether it is a warning. */
export const copyStatus = (m: Message): [text: string, warn: boolean] =>
  m.ignored ? ['sends the link only (the platform shows its own preview)', false]
    : m.fallback ? ['drops this copy: it names data the product lacks, so the plain title goes', true]
      : m.truncated ? [`cuts the copy to fit ${m.limit}`, true]
        : ['sends the copy as written', false]

/**
 * The share copy: a template for every channel or for one, placeholder buttons that insert at
 * the cursor, and per channel the length as the platform counts it against its limit.
 */
export const CopyEditor = ({ owner, templates, field, channels, messages, note, onField, onTemplates }: CopyEditorProps) => {
  const area = useRef<HTMLTextAreaElement>(null)
  const value = templates[field] ?? ''
  const set = (text: string) => {
    const next = { ...templates }
    if (text) next[field] = text
    else delete next[field]
    onTemplates(next)
  }
  const insert = (name: string) => {
    const el = area.current
    const token = `{${name}}`
    const at = el ? el.selectionStart : value.length
    const end = el ? el.selectionEnd : value.length
    set((value.slice(0, at) + token + value.slice(end)).slice(0, maxCopy))
    requestAnimationFrame(() => {
      el?.focus()
      el?.setSelectionRange(at + token.length, at + token.length)
    })
  }
  const id = `copy-${owner || 'widget'}`
  return (
    <div class="fields copy-editor">
      <label>Copy for
        <select value={field} onChange={(e) => onField((e.currentTarget as HTMLSelectElement).value as ChannelId)}>
          <option value="default">Every channel</option>
          {channels.map((c) => <option value={c}>{registry[c].name}{templates[c] ? ' (own copy)' : ''}</option>)}
        </select>
      </label>
      <label for={id}>{field === 'default' ? 'Template for every channel' : `Template for ${registry[field].name}`}</label>
      <textarea id={id} ref={area} rows={3} value={value} maxLength={maxCopy} aria-describedby={`${id}-hint ${id}-length${note ? ` ${id}-note` : ''}`}
        placeholder={field === 'default' ? 'Empty: the language’s own copy' : 'Empty: the template for every channel'}
        onInput={(e) => set((e.currentTarget as HTMLTextAreaElement).value)} />
      <p class={value.length >= maxCopy ? 'field-note' : 'hint'} id={`${id}-length`}>{value.length} / {maxCopy} characters{value.length >= maxCopy ? ': the most a template may hold (the widget shortens longer copy); the rest was not taken' : ''}</p>
      {note && <p class="field-note" id={`${id}-note`}>{note}</p>}
      <p class="hint" id={`${id}-hint`}>A template that names data the product lacks falls back to the plain title. The link is added where each platform wants it; place <code>{'{url}'}</code> to put it yourself.</p>
      <div class="placeholders" role="group" aria-label="Insert a placeholder">
        {placeholders.map((name) => <button type="button" onClick={() => insert(name)}>{`{${name}}`}</button>)}
      </div>
      <table class="counts">
        <caption>Length as each platform counts it, link included</caption>
        <thead><tr><th scope="col">Channel</th><th scope="col">Length</th><th scope="col">What it sends</th></tr></thead>
        <tbody>
          {messages.map((m) => {
            const [status, warn] = copyStatus(m)
            const over = m.limit != null && m.count > m.limit
            return (
              <tr data-channel={m.id} class={warn ? 'warn' : undefined}>
                <th scope="row">{m.name}</th>
                <td class={over ? 'over' : undefined}>{m.limit ? `${m.count} / ${m.limit}` : m.count}</td>
                <td>{warn ? <strong>⚠ {status}</strong> : status}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
