import { h } from 'preact'
import type { ShareEvent } from '../../../src/types'

/** The last events the collector received, newest first. */
export const EventLog = ({ events }: { events: ShareEvent[] }) => (
  events.length
    ? (
      <ol class="event-log">
        {events.map((e) => (
          <li data-type={e.type} key={e.id}>
            <time dateTime={new Date(e.ts).toISOString()}>{new Date(e.ts).toLocaleTimeString()}</time>
            <strong>{e.type}</strong>
            {/* Each type has its own fields (ShareEvent is a union): `in` narrows to those that have one. */}
            {'channel' in e && e.channel && <span>{e.channel}</span>}
            {'variant' in e && e.variant && <span class="pill">variant {e.variant}</span>}
            {'shareId' in e && e.shareId && <code title="share id">{e.shareId.slice(0, 8)}…</code>}
          </li>
        ))}
      </ol>
    )
    : <p class="hint">No events yet: scroll the widget into view or click a share button.</p>
)
