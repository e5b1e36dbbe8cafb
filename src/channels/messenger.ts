import { intent, type Channel } from './channel'

/**
 * Facebook Messenger. Phones open the app through its URL scheme; elsewhere only Facebook's
 * Send dialog works, and it requires an app id (https://developers.facebook.com/docs/sharing/reference/send-dialog).
 */
export const messenger: Channel = {
  id: 'messenger',
  name: 'Messenger',
  scope: 'private',
  icon: () => import('../icons/messenger'),
  url: (data, ctx) => {
    if (ctx.mobile) return intent('fb-messenger://share/', { link: data.url })
    if (!ctx.facebookAppId) return 'appId'
    // redirect_uri is where the dialog returns after sending: back to the product.
    return intent('https://www.facebook.com/dialog/send', {
      app_id: ctx.facebookAppId,
      link: data.url,
      redirect_uri: data.url,
    })
  },
}
