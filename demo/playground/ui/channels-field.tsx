import { h } from 'preact'
import { useLayoutEffect, useRef } from 'preact/hooks'
import type { ChannelId } from '../../../src/types'
import { channelIds, registry } from '../../../src/widget/index'

export interface ChannelsFieldProps {
  channels: ChannelId[]
  /** Notes by field: `channel-<id>` says why a channel is hidden (field-notes.ts). */
  notes?: Partial<Record<string, string>>
  onChange(channels: ChannelId[], announce?: string): void
  /** The channel id being dragged, held by the caller between dragstart and drop. */
  dragging?: ChannelId
  onDrag(id?: ChannelId): void
}

const nameOf = (id: ChannelId) => registry[id].name

/** `list` with the item at `from` moved to `to`. */
export const move = <T,>(list: T[], from: number, to: number): T[] => {
  const out = list.slice()
  const [item] = out.splice(from, 1)
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item!)
  return out
}

/**
 * The widget's channels in order: add, remove, and reorder by drag, by the move buttons, or
 * by Alt+Arrow keys on a focused item (each move announced, since the list reorders silently).
 */
export const ChannelsField = ({ channels, notes = {}, onChange, dragging, onDrag }: ChannelsFieldProps) => {
  const list = useRef<HTMLOListElement>(null)
  /** The item to focus once the list has redrawn: a removed or disabled button drops the focus to the page's start. */
  const refocus = useRef<ChannelId | undefined>(undefined)
  useLayoutEffect(() => {
    if (refocus.current) list.current?.querySelector<HTMLElement>(`li[data-id="${refocus.current}"]`)?.focus()
    refocus.current = undefined
  })
  const moveTo = (from: number, to: number) => {
    if (to < 0 || to >= channels.length || to === from) return
    const id = channels[from]!
    // At either end its own move button is disabled, and a disabled button loses the focus.
    if (to === 0 || to === channels.length - 1) refocus.current = id
    onChange(move(channels, from, to), `${nameOf(id)} moved to position ${to + 1} of ${channels.length}`)
  }
  const remove = (i: number) => {
    const id = channels[i]!
    // The channel that takes its place, or the one before it at the end of the list.
    refocus.current = channels[i + 1] ?? channels[i - 1]
    onChange(channels.filter((c) => c !== id), `${nameOf(id)} removed`)
  }
  const available = channelIds.filter((id) => !channels.includes(id))
  const onAdd = (event: Event) => {
    event.preventDefault()
    const select = (event.currentTarget as HTMLFormElement).elements.namedItem('add') as HTMLSelectElement
    const id = select.value as ChannelId
    if (id) onChange([...channels, id], `${nameOf(id)} added at position ${channels.length + 1}`)
  }
  return (
    <div class="channels">
      <p class="hint" id="reorder-hint">Drag to reorder, or focus a channel and press Alt+↑ or Alt+↓.</p>
      <ol class="channel-list" aria-describedby="reorder-hint" ref={list}>
        {channels.map((id, i) => (
          <li
            key={id}
            data-id={id}
            tabIndex={0}
            draggable
            class={dragging === id ? 'dragging' : undefined}
            aria-label={`${nameOf(id)}, position ${i + 1} of ${channels.length}${notes[`channel-${id}`] ? `; ${notes[`channel-${id}`]}` : ''}`}
            onKeyDown={(event: KeyboardEvent) => {
              if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
              event.preventDefault()
              moveTo(i, i + (event.key === 'ArrowUp' ? -1 : 1))
            }}
            onDragStart={(event: DragEvent) => {
              event.dataTransfer?.setData('text/plain', id)
              onDrag(id)
            }}
            onDragOver={(event: DragEvent) => event.preventDefault()}
            onDrop={(event: DragEvent) => {
              event.preventDefault()
              const from = channels.indexOf((event.dataTransfer?.getData('text/plain') as ChannelId) || dragging!)
              if (from >= 0) moveTo(from, i)
              onDrag(undefined)
            }}
            onDragEnd={() => onDrag(undefined)}
          >
            <span class="grip" aria-hidden="true">⠿</span>
            <span class="channel-name">{nameOf(id)}</span>
            <code>{id}</code>
            {notes[`channel-${id}`] && <span class="field-note channel-note">{notes[`channel-${id}`]}</span>}
            <button type="button" class="icon-button" aria-label={`Move ${nameOf(id)} up`} disabled={i === 0} onClick={() => moveTo(i, i - 1)}>↑</button>
            <button type="button" class="icon-button" aria-label={`Move ${nameOf(id)} down`} disabled={i === channels.length - 1} onClick={() => moveTo(i, i + 1)}>↓</button>
            <button type="button" class="icon-button" aria-label={`Remove ${nameOf(id)}`} disabled={channels.length === 1}
              onClick={() => remove(i)}>✕</button>
          </li>
        ))}
      </ol>
      <form class="row" onSubmit={onAdd}>
        <label for="add-channel">Add a channel</label>
        <select id="add-channel" name="add">
          {available.map((id) => <option value={id}>{nameOf(id)}</option>)}
        </select>
        <button type="submit" disabled={!available.length}>Add</button>
      </form>
    </div>
  )
}
