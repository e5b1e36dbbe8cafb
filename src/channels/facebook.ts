import { intent, type Channel } from './channel'

/** Facebook's sharer takes only the link; title, text and image come from the page's Open Graph tags. */
export const facebook: Channel = {
  id: 'facebook',
  name: 'Facebook',
  scope: 'public',
  icon: () => import('../icons/facebook'),
  url: (data) => intent('https://www.facebook.com/sharer/sharer.php', { u: data.url }),
}
