import type { Action } from './action'
import { instanceHost } from '../../channels/instance-host'

/**
 * Mastodon without a server given by the merchant: not a share yet. The button opens (or
 * closes) a field where the shopper names their server; `instanceFrom` reads it.
 */
export const mastodon: Action = ({ panel, extras }) => {
  panel((open) => ({ ...open, mastodon: open.mastodon ? undefined : {} }))
  extras()
  return false
}

/** The server the shopper typed in the field's form, if it is a host name. */
export const instanceFrom = (form: HTMLFormElement): string | undefined =>
  instanceHost((form.elements.namedItem('host') as HTMLInputElement | null)?.value)
