import type { Locale } from './locale'
import { enLater } from './en-later'

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
  newTab: '(opens in a new tab)',
  ...enLater,
}
