/** The npm face of sharecue: re-exports only. Importing it does nothing. */
export { mount } from './mount'
export { configure } from './config/configure'
export { shareUrl } from './share/share-url'
export { on } from './events/hub'
export { consent } from './events/consent'
export { flush } from './events/flush'
export { channelIds as channels } from './channels/registry'
export { version } from './version'
export type {
  CardImageSize, ChannelId, EventType, GlobalOptions, Layout, MountOptions, Product, Scope,
  ShareData, ShareEvent, Theme, Widget,
} from './types'
export type { Env } from './env'
