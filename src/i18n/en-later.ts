import type { Locale } from './locale'

/** The English strings only the full widget says: its dialogs, the card's countdown and stock. */
export type LaterStrings = Pick<Locale, 'close' | 'wechatTitle' | 'wechatScan' | 'wechatInApp' | 'wechatQr' | 'wechatCopy' | 'wechatPaste'
  | 'mastodonServer' | 'mastodonGo' | 'mastodonInvalid' | 'ends' | 'endsIn' | 'ended' | 'originalPrice' | 'left' | 'soldOut'
  | 'sold' | 'lastHour' | 'pause' | 'resume' | 'storyScan' | 'storySaved'>

/**
 * The English table's strings that the script tag's first stage never says. Its build leaves
 * them out of `sharecue.js` (rollup.config.ts), and the second stage adds them to the table when
 * it boots (`src/app.ts`), so the page still has one English table.
 */
export const enLater: LaterStrings = {
  close: 'Close',
  wechatTitle: 'Share on WeChat',
  wechatScan: 'Scan with WeChat, then share the page that opens.',
  wechatInApp: 'Tap ··· at the top right to send this page to a friend or to Moments.',
  wechatQr: 'WeChat QR code of the product link',
  wechatCopy: 'This link is too long for a QR code: copy it, then paste it into WeChat.',
  wechatPaste: 'Copy the link, then paste it into WeChat.',
  mastodonServer: 'Your Mastodon server',
  mastodonGo: 'Share',
  mastodonInvalid: 'Enter a server name like mastodon.social',
  ends: 'Ends {0}',
  endsIn: 'Ends in {0}',
  ended: 'This offer has ended',
  originalPrice: 'Original price',
  left: 'Only {0} left',
  soldOut: 'Sold out',
  sold: '{0} sold',
  lastHour: 'One hour left on this offer',
  pause: 'Pause countdown',
  resume: 'Resume countdown',
  storyScan: 'Scan the code, or tap the link sticker',
  storySaved: 'Image saved: post it to your Story and add a link sticker with the product link.',
}
