// A React app's use of sharecue/react, type-checked against the built declarations under the
// strictest options apps use (see tsconfig.json here). Every line must compile; the lines
// marked @ts-expect-error must not.
import { useRef } from 'react'
import { ShareButtons, useShareCue, type ShareButtonsHandle, type ShareCueProduct } from 'sharecue/react'
import type { UncheckedChannelId } from 'sharecue'

interface Item { url: string; name: string; price?: number; deadline?: string | undefined }

export const Page = ({ item }: { item: Item }) => {
  const handle = useRef<ShareButtonsHandle>(null)
  const product: ShareCueProduct = { url: item.url, title: item.name, price: item.price, deadline: item.deadline }
  return (
    <>
      <ShareButtons ref={handle} channels={['whatsapp', 'x', 'copy']} product={product} card layout="pills"
        price={item.price} templates={{ x: 'Look: {title}' }} className="share" style={{ marginTop: 8 }}
        onEvent={(event) => event.type === 'share_click' && console.log(event.type, event.channel)} />
      <button onClick={() => handle.current?.cardImage({ width: 1080, height: 1080 })}>Card</button>
      {/* @ts-expect-error: not a channel id */}
      <ShareButtons channels={['whatsap']} />
      {/* @ts-expect-error: not a layout */}
      <ShareButtons layout="grid" />
    </>
  )
}

/** Channel ids from a CMS, known only at run time: passed as `UncheckedChannelId`, as to `mount()`. */
export const FromCms = ({ ids }: { ids: string[] }) => <ShareButtons channels={ids as UncheckedChannelId[]} />

export const Own = ({ url }: { url?: string | undefined }) => {
  const share = useShareCue<HTMLElement>({ url, channels: ['telegram'], theme: 'dark' })
  return <section ref={share.ref} />
}
