import type { GlobalOptions } from '../types'

/** Global options in force in one window, set by `configure()` and the script tag. */
export interface GlobalConfig {
  endpoint?: string
  locale?: string
  consent: boolean
  campaign: string
  dataLayer: boolean
  transport?: GlobalOptions['transport']
  batchSize?: number
  batchWait?: number
  /** Where friends' answers are read (`repliesEndpoint`); default `replies` beside `endpoint`. */
  repliesEndpoint?: string
  /** Days an arrival through a shared link is credited with an order: as given, checked by the order code (`events/purchase.ts`). */
  attributionDays?: number | string
}

/**
 * A window's global options before any `configure()`: consent granted, no endpoint. No
 * prototype: an option never set (`endpoint`, `transport`) is not read from a polluted Object.prototype.
 */
export const defaultConfig = (): GlobalConfig => ({ __proto__: null, consent: true, campaign: 'sharecue', dataLayer: false }) as GlobalConfig
