// A CommonJS server: `require` resolves the .d.cts types.
import sharecue = require('sharecue')
import og = require('sharecue/og')

const link: string | null = sharecue.shareUrl('x', { url: 'https://shop.example/p/1' })
// @ts-expect-error 'twitter' is no ChannelId (it is 'x')
sharecue.shareUrl('twitter', { url: 'https://shop.example/p/1' })
const svg: string = og.renderCardSvg({ title: 'Trail shoe' })

export = { link, svg }
