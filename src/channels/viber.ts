import { intent, textAndUrl, type Channel } from './channel'

/** Viber has no web share page: its app scheme works only where the app is installed. */
export const viber: Channel = {
  id: 'viber',
  name: 'Viber',
  scope: 'private',
  icon: () => import('../icons/viber'),
  url: (data) => intent('viber://forward', { text: textAndUrl(data) }),
}
