// An ES module on a server: share links and the card's types, no DOM needed.
import { channels, shareUrl, version, type ChannelId } from 'sharecue'
import type { CardInput } from 'sharecue/og'
import type { ShareButtonsProps } from 'sharecue/react'

const first: ChannelId | undefined = channels[0]
export const link: string | null = shareUrl('telegram', { url: 'https://shop.example/p/1', text: 'Field Lantern' })
export const card: CardInput = { url: 'https://shop.example/p/1', title: 'Field Lantern', price: 39, currency: 'EUR' }
export const props: ShareButtonsProps = { channels: ['x'], url: card.url }
export const about = `${version} ${first}`
