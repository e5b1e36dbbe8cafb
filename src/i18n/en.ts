import type { Locale } from './locale'

export const en: Locale = {
  tag: 'en',
  channels: ['native', 'whatsapp', 'facebook', 'x', 'pinterest', 'email', 'copy'],
  templates: {
    private: 'Thought you might like this: {title} – {price}',
    group: '{title} – {price}',
    public: '{title} – {price}',
  },
  plain: '{title}',
  share: 'Share this product',
  shareOn: 'Share on {0}',
  scopes: { private: 'Send to a friend', group: 'Share with a group', public: 'Post publicly' },
  copied: 'Link copied',
  copyFailed: 'Copy failed: select the link and copy it',
  close: 'Close',
  wechatTitle: 'Share on WeChat',
  wechatScan: 'Scan with WeChat, then share the page that opens.',
  wechatInApp: 'Tap ··· at the top right to send this page to a friend or to Moments.',
  wechatQr: 'WeChat QR code of the product link',
  mastodonServer: 'Your Mastodon server',
  mastodonGo: 'Share',
  mastodonInvalid: 'Enter a server name like mastodon.social',
  newTab: '(opens in a new tab)',
}
