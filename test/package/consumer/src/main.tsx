// The app a React developer writes: <ShareButtons> with typed props, an event handler that
// narrows the ShareEvent union, and the npm module's API beside it, in StrictMode.
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { ShareButtons } from 'sharecue/react'
import { configure, on, type ChannelId, type ShareEvent } from 'sharecue'

declare global {
  interface Window { events: string[] }
}

window.events = []
configure({ campaign: 'fresh-consumer' })
on('share_click', (event) => window.events.push(`${event.type} ${event.channel}`))

const channels: ChannelId[] = ['whatsapp', 'x', 'copy']

const App = () => {
  const [price, setPrice] = useState(39)
  const onEvent = (event: ShareEvent) => {
    if (event.type === 'share_click') console.log(event.channel, event.shareId)
  }
  return (
    <>
      <h1>Field Lantern</h1>
      <button type="button" onClick={() => setPrice(price - 5)}>Cheaper</button>
      <ShareButtons
        className="share"
        channels={channels}
        product={{ url: 'https://shop.example/p/field-lantern', title: 'Field Lantern', price, currency: 'EUR' }}
        onEvent={onEvent}
      />
    </>
  )
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>)
