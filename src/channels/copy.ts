import type { Channel } from './channel'

/** Copies the shared link to the clipboard, with a spoken confirmation. */
export const copy: Channel = {
  id: 'copy',
  name: 'Copy link', // neutral slate
  scope: 'private',
  icon: () => import('../icons/copy'),
  action: 'copy',
}
