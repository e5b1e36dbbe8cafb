import { intent, textAndUrl, type Channel } from './channel'

// One host name (labels of letters, digits and inner hyphens) and an optional port; nothing
// else, so `https://{host}/share` cannot be turned into another scheme, path or user.
const HOST = /^[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*(?::\d{1,5})?$/i

/**
 * Whether `host` is a bare instance host such as `mastodon.social` or `social.example:8443`.
 * @example isInstanceHost('mastodon.social') // true
 * @example isInstanceHost('https://mastodon.social') // false
 */
export const isInstanceHost = (host: string | undefined): host is string => {
  if (!host || !HOST.test(host)) return false
  // The pattern still lets through what URL rejects: "1.2.3.999" (read as IPv4), port 99999.
  try {
    return !!new URL(`https://${host}/`)
  } catch {
    return false
  }
}

/** Mastodon has no central site: the share page is on the shopper's own instance. */
export const mastodon: Channel = {
  id: 'mastodon',
  name: 'Mastodon',
  scope: 'public',
  icon: () => import('../icons/mastodon'),
  url: (data, ctx) =>
    isInstanceHost(ctx.mastodon)
      ? intent(`https://${ctx.mastodon}/share`, { text: textAndUrl(data) })
      : 'instance',
  // Mastodon's default post limit; instances may raise it. Every link counts as 23 characters
  // (`characters_reserved_per_url`, https://docs.joinmastodon.org/entities/Instance/).
  limit: { max: 500, link: 23 },
}
