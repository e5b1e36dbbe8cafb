import { intent, textOnly, type Channel } from './channel'

/** Telegram; the message shows the link first, then the copy. */
export const telegram: Channel = {
  id: 'telegram',
  name: 'Telegram',
  scope: 'private',
  icon: () => import('../icons/telegram'),
  url: (data) => intent('https://t.me/share/url', { url: data.url, text: textOnly(data) }),
}
