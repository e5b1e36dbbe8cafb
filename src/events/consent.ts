import { globalConfig } from '../config/global-config'

/**
 * Grants or refuses consent at run time. Until consent is granted (with `data-consent="pending"`),
 * nothing is sent or stored.
 */
export const consent = (granted: boolean): void => {
  globalConfig.consent = granted === true
}
