/** What a shared link carries for attribution (contract §6). */
export interface Attribution {
  channel: string
  campaign: string
  shareId: string
  /** The `refParam` option: a parameter that carries the share id too (a shop's referral code). */
  ref?: string | undefined
  /** An "Ask my friends" share: `scask=1`. */
  ask?: boolean | undefined
}

/**
 * The product URL with attribution: its other parameters and its hash are kept, our four are
 * set (replacing any earlier `utm_*` so a re-share is credited to the new channel), and with
 * `ref`, `<ref>=<shareId>` as well; `scask=1` only on an ask.
 * Example: `sharedUrl('https://shop.example/p?color=red#reviews', { channel: 'x', … })`.
 */
export const sharedUrl = (productUrl: string, { channel, campaign, shareId, ref, ask }: Attribution): string => {
  const url = new URL(productUrl)
  // A copy of the query, given back once: each `url.searchParams.set()` serializes the query and
  // parses the whole URL again, six times per link (a category page builds hundreds of links).
  const params = new URLSearchParams(url.search)
  params.set('utm_source', channel)
  params.set('utm_medium', 'social')
  params.set('utm_campaign', campaign)
  params.set('scid', shareId)
  if (ref) params.set(ref, shareId)
  // Only an ask says so: an address that echoes a friend's ask (`og:url` written from the request)
  // would make every later share ask the next friend for an opinion nobody asked for.
  if (ask) params.set('scask', '1')
  else params.delete('scask')
  url.search = params.toString()
  return url.href
}
