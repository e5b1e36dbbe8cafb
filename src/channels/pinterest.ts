import { intent, textOnly, type Channel } from './channel'

/** Pinterest pins an image, so without one there is nothing to share: the channel reports `image`. */
export const pinterest: Channel = {
  id: 'pinterest',
  name: 'Pinterest',
  scope: 'public',
  icon: () => import('../icons/pinterest'),
  url: (data) =>
    data.image
      ? intent('https://www.pinterest.com/pin/create/button/', {
          url: data.url,
          media: data.image,
          description: textOnly(data),
        })
      : 'image',
}
