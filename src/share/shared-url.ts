import { keptPairs } from '../lib/query'

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
 * The product URL with attribution: its other parameters are kept byte for byte (a comma stays a
 * comma, `%20` stays `%20`: the shop's own link, and no longer than it), its hash too; our four
 * are set at the end (replacing any earlier `utm_*` or `scid`, so a re-share is credited to the
 * new channel), and with `ref`, `<ref>=<shareId>` as well; `scask=1` only on an ask (an earlier
 * one is dropped). A parameter is ours by its decoded name (`keptPairs`).
 * Example: `sharedUrl('https://shop.example/p?color=red#reviews', { channel: 'x', … })`.
 */
export const sharedUrl = (productUrl: string, { channel, campaign, shareId, ref, ask }: Attribution): string => {
  const url = new URL(productUrl)
  const ours: string[][] = [['utm_source', channel], ['utm_medium', 'social'], ['utm_campaign', campaign], ['scid', shareId]]
  if (ref) ours.push([ref, shareId])
  // Only an ask says so: an address that echoes a friend's ask (`og:url` written from the request)
  // would make every later share ask the next friend for an opinion nobody asked for.
  if (ask) ours.push(['scask', '1'])
  const names = new Set([...ours.map(([name]) => name), 'scask'])
  url.search = [...keptPairs(url, (name) => names.has(name)), new URLSearchParams(ours)].join('&')
  return url.href
}
