/**
 * The pairs of a URL's query as written, less those `drop(name, value)` picks (by their decoded
 * name and value, as `URLSearchParams` reads them). The others stay byte for byte: setting or
 * deleting through `url.searchParams` form-encodes the whole query again (a comma becomes `%2C`,
 * `%20` a `+`), which lengthens a shop's links and changes the query its pages read.
 * Both split at `&` and skip empty pairs, so the written pairs and the read ones line up.
 */
export const keptPairs = (url: URL, drop: (name: string, value: string) => unknown): string[] => {
  const read = [...new URLSearchParams(url.search)]
  return url.search.slice(1).split('&').filter(Boolean).filter((_, i) => !drop(...read[i]!))
}
