import { gpc, type Env } from '../env'
import type { GlobalConfig } from '../config/global-config'

/** Storage the widget may keep anything in: only with consent, never under Global Privacy Control. */
export const consentedStorage = (env: Env, config: GlobalConfig): Storage | undefined =>
  config.consent && !gpc(env) ? env.storage() : undefined
