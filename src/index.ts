/** The npm face of sharecue: re-exports only. Importing it does nothing. */
export { mount } from './widget/mount'
export { check, configure, consent, flush, on, purchase } from './runtime/api'
export type { Finding, FindingCode, FindingLevel } from './check/finding'
export { shareUrl } from './share/share-url'
export { channelIds as channels } from './channels/registry'
export { version } from './version'
export type {
  AskReplyEvent, CardBlob, CardImageSize, ChannelId, EventBase, EventOf, EventProduct, EventType,
  GlobalOptions, Handler, Layout, MountOptions, MountTarget, Order, OrderItem, Product, PurchaseEvent, PurchaseInput, Scope,
  ShareClickEvent, ShareCompleteEvent, ShareData, ShareEvent, ShareLandingEvent, Templates, Theme,
  UncheckedChannelId, Unsubscribe, Widget, WidgetViewEvent,
} from './types'
