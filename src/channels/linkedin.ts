import { intent, type Channel } from './channel'

/** LinkedIn's share-offsite takes only the link; the preview comes from Open Graph tags. */
export const linkedin: Channel = {
  id: 'linkedin',
  name: 'LinkedIn', // LinkedIn blue from its brand guidelines (simple-icons no longer has LinkedIn)
  scope: 'public',
  icon: () => import('../icons/linkedin'),
  url: (data) => intent('https://www.linkedin.com/sharing/share-offsite/', { url: data.url }),
}
