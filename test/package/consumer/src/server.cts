// A CommonJS module on a server: the package's require conditions and .d.cts declarations.
import sharecue = require('sharecue')
import og = require('sharecue/og')

export const link: string | null = sharecue.shareUrl('whatsapp', { url: 'https://shop.example/p/1', text: 'Field Lantern' })
export const svg: (input: og.CardInput) => string = (input) => og.renderCardSvg(input)
// @ts-expect-error 'whatsap' is no ChannelId
sharecue.shareUrl('whatsap', { url: 'https://shop.example/p/1' })
