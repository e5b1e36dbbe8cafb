import type { Channel } from './channel'

/** The system share sheet (Web Share API); the widget shows it only where `navigator.canShare` accepts the data. */
export const native: Channel = {
  id: 'native',
  name: 'Share', // neutral slate: the sheet belongs to no brand
  scope: 'private',
  icon: () => import('../icons/native'),
  action: 'native',
}
