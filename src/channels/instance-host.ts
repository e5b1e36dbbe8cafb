import { isInstanceHost } from './mastodon'

/**
 * The instance host in what a merchant or shopper typed (`Mastodon.Social`, `https://fosstodon.org/`),
 * if it is one. Only the full widget reads it (the `mastodon` option, the Mastodon field): a
 * module of its own, so the script tag's first stage does not carry it.
 */
export const instanceHost = (value: unknown): string | undefined => {
  const host = (typeof value == 'string' ? value : '').trim().toLowerCase().replace(/^https:\/\/|\/$/g, '')
  return isInstanceHost(host) ? host : undefined
}
