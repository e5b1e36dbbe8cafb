import type { Channel } from './channel'

/** The preview card as a PNG: shared as a file where Web Share accepts files, else downloaded. */
export const image: Channel = {
  id: 'image',
  name: 'Share image', // neutral slate
  scope: 'public',
  icon: () => import('../icons/image'),
  action: 'image',
}
