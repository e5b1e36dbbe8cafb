import type { GlobalOptions } from '../types'

/** Global options in force, set by `configure()` and the script tag. */
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

export const globalConfig: GlobalConfig = { consent: true, campaign: 'sharecue', dataLayer: false }
