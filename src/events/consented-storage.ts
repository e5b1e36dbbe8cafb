import { gpc, type Env } from '../env'
import { globalConfig } from '../config/global-config'

/** Storage the widget may keep anything in: only with consent, never under Global Privacy Control. */
export const consentedStorage = (env: Env): Storage | undefined =>
  globalConfig.consent && !gpc(env) ? env.storage() : undefined
