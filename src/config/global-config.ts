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
}

/** A window's global options before any `configure()`: consent granted, no endpoint. */
export const defaultConfig = (): GlobalConfig => ({ consent: true, campaign: 'sharecue', dataLayer: false })
