import { intent, textAndUrl, type Channel } from './channel'

/** WhatsApp; wa.me opens the app on phones and WhatsApp Web elsewhere. One text field: copy, then link. */
export const whatsapp: Channel = {
  id: 'whatsapp',
  name: 'WhatsApp',
  scope: 'private',
  icon: () => import('../icons/whatsapp'),
  url: (data) => intent('https://wa.me/', { text: textAndUrl(data) }),
}
