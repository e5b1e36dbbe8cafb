// What the "Ask my friends" browser tests share: the product page with an ask button, the
// widget's parts, and opening the ask panel.
import { eventsPage } from './events-kit.js'

/** The product page: one widget with WhatsApp, X and Copy and the ask button; events go to collector `c`. */
export const askPage = (c, scriptAttributes = '') => eventsPage({
  endpoint: c.endpoint,
  scriptAttributes,
  widgets: [],
  body: '<div id="w" class="share" data-sharecue data-channels="whatsapp,x,copy" data-title="Field Lantern" data-ask="true"></div>',
})

/** The widget's shadow root, queried in the page. */
export const inWidget = (s, selector) => s.page.locator('#w').locator(selector)

/** Opens the ask panel and returns its WhatsApp link's href. */
export const openAsk = async (s) => {
  await inWidget(s, '[data-part=ask]').click()
  const link = inWidget(s, '[data-ask-channel=whatsapp]')
  await link.waitFor()
  return link.getAttribute('href')
}

/** The shared URL inside a WhatsApp href (its text ends with the link). */
export const sharedOf = (href) => /https?:\/\/\S+$/.exec(new URL(href).searchParams.get('text'))[0]
