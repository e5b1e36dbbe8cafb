// A server that builds share links and renders cards: lib ES2022 and Node's types, no DOM.
import { channels, shareUrl, version, type ChannelId, type ShareData, type UncheckedChannelId } from 'sharecue'
import { renderCardPng, renderCardSvg, type CardInput, type PngOptions } from 'sharecue/og'

const data: ShareData = { url: 'https://shop.example/p/1', text: 'Trail shoe' }
const link: string | null = shareUrl('telegram', data)
const every: readonly ChannelId[] = channels
const v: string = version
// A typo in a channel id is caught…
// @ts-expect-error 'whatsap' is no ChannelId
shareUrl('whatsap', data)
// …and an id read at run time is passed as such, checked by shareUrl.
const fromQuery = (process.env['CHANNEL'] ?? 'x') as UncheckedChannelId
shareUrl(fromQuery, data)

const card: CardInput = { url: data.url, title: 'Trail shoe', price: 129, currency: 'EUR' }
const options: PngOptions = { locale: 'en', timeZone: 'Europe/Berlin', fontFiles: undefined }
const svg: string = renderCardSvg(card)
const png: Promise<Uint8Array> = renderCardPng(card, options)

export { link, every, v, svg, png }
