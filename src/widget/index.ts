// What the playground uses of the widget: its pipeline and the formats its product form shows.
export { resolveWidget, type WidgetState } from './resolve-widget'
export { messages, message, type Message } from './messages'
export { previews, previewShareId, type Preview } from './preview'
export { loadLocale } from '../i18n/load-locale'
export { formatPrice } from '../i18n/format-price'
export { parsePrice, parseStock } from '../product/parse-price'
export { lowStock } from '../product/low-stock'
export { registry, channelIds, isChannelId } from '../channels/registry'
