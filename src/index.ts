/** The npm face of sharecue: re-exports only. Importing it does nothing. */
export { mount } from './widget/mount'
export { configure, consent, flush, on } from './runtime/api'
export { shareUrl } from './share/share-url'
export { channelIds as channels } from './channels/registry'
export { version } from './version'
export type {
  CardImageSize, ChannelId, EventType, GlobalOptions, Layout, MountOptions, Product, Scope,
  ShareData, ShareEvent, Theme, Widget,
} from './types'
export type { Env } from './env'
