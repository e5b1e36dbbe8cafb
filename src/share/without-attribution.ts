/**
 * A page address without campaign attribution (`utm_*`) and share ids (`scid`): the product
 * a visitor lands on through a shared link is the same product, and its shares get their own.
 *
 * @example withoutAttribution('https://s.example/p?id=1&utm_source=x&scid=abc#top') // 'https://s.example/p?id=1#top'
 */
export const withoutAttribution = (href: string): string => {
  try {
    const url = new URL(href)
    for (const key of [...url.searchParams.keys()]) if (/^utm_|^scid$/.test(key)) url.searchParams.delete(key)
    return url.href
  } catch {
    return href
  }
}
