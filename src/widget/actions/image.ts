import type { Action } from './action'

/**
 * Shares the card as a PNG where the browser can share files, else saves it. Web Share needs
 * the click's user activation, so only a file drawn before the click (drawn ahead) can go. On
 * phones the card is the Story (1080×1920, with the QR code of the link): saved, the widget
 * says how to post it (Stories take a picture and a link sticker, not a link).
 */
export const image: Action = ({ env, data, images, complete, say, locale }) => {
  const { ready, file } = images.ahead()
  const save = (made: File) => {
    images.download(made)
    complete()
    if (env.mobile()) say(locale.storySaved)
  }
  const files = ready && { files: [ready], title: data.title, text: data.text, url: data.url }
  let canShare = false
  try {
    canShare = !!files && !!env.navigator.canShare?.(files)
  } catch { /* data it cannot read */ }
  if (canShare) {
    // Dismissing the sheet is no error; a share that fails otherwise saves the image instead.
    env.navigator.share(files!).then(complete, (error) => error?.name != 'AbortError' && save(ready!))
  } else file.then(save, () => { /* warned */ })
}
