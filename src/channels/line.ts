import { intent, textOnly, type Channel } from './channel'

/** LINE, the messenger of Japan, Taiwan and Thailand. */
export const line: Channel = {
  id: 'line',
  name: 'LINE',
  scope: 'private',
  icon: () => import('../icons/line'),
  url: (data) => intent('https://social-plugins.line.me/lineit/share', { url: data.url, text: textOnly(data) }),
}
