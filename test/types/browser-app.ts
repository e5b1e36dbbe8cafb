// A browser app with exactOptionalPropertyTypes, passing its own optional props through.
import {
  check, mount, on, type ChannelId, type Handler, type MountOptions, type ShareEvent, type Unsubscribe,
  type ShareClickEvent, type UncheckedChannelId,
} from 'sharecue'

/** Props as a React component gets them: every optional one may be undefined. */
interface ShareButtonsProps { url?: string; title?: string; price?: number; channels?: readonly ChannelId[] }
const props: ShareButtonsProps = {}

// exactOptionalPropertyTypes: passing `props.title` (string | undefined) must be accepted.
const options: MountOptions = { url: props.url, title: props.title, price: props.price, channels: props.channels, card: true }
const widget = mount(document.createElement('div'), options)
widget.update({ title: props.title, deadline: undefined })
const blob: Promise<Blob> = widget.cardImage({ width: 1200, height: 630 })

// @ts-expect-error 'whatsap' is no ChannelId
mount(document.body, { channels: ['whatsap'] })
// Run-time lists are marked as such, or given in the attribute's comma-separated form.
mount(document.body, { channels: 'whatsapp,x'.split(',') as UncheckedChannelId[] })
mount(document.body, { channels: 'whatsapp,x' })

// on() gives the subscribed type's event: a share_click's channel is a ChannelId, never undefined.
const off: Unsubscribe = on('share_click', (event) => {
  const channel: ChannelId = event.channel
  const shareId: string = event.shareId
  return [channel, shareId]
})
on('widget_view', (event) => {
  // @ts-expect-error a widget_view has no channel
  return event.channel
})
on('purchase', (event) => event.order.value.toFixed(2))
on('ask_reply', (event) => event.reply satisfies 'yes' | 'maybe' | 'no')
// '*' gives the union, narrowed by `type`.
on('*', (event: ShareEvent) => {
  if (event.type === 'share_landing') return event.shareId
  if (event.type === 'share_complete') return event.channel satisfies ChannelId
  return event.preview
})
const handler: Handler<'share_click'> = (event: ShareClickEvent) => event.widget
on('share_click', handler)
// @ts-expect-error a share_click handler cannot subscribe to widget_view
on('widget_view', handler)
// @ts-expect-error 'share' is no event type
on('share', () => {})

// check(): a finding's level and code are unions.
const report = check().then((findings) => findings.map((f) => {
  const level: 'error' | 'warning' | 'ok' = f.level
  // @ts-expect-error 'cors' is no finding code
  if (f.code === 'cors') return level
  return f.fix
}))

export { blob, off, report }
