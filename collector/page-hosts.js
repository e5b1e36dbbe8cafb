// @ts-check

/**
 * Which page hosts may report events: the names given (`shop.example`, or `*.shop.example`
 * for its subdomains), by default the hosts of the allowed origins; with neither, the host
 * the request was sent to (the widget on the collector's own site).
 * @example pageHosts(['https://shop.example'], undefined)('https://shop.example/p/1', 'collector.example') // true
 * @param {string[]} origins allowed origins
 * @param {string[] | undefined} hosts
 * @returns {(page: string, requestHost: string) => boolean}
 */
export const pageHosts = (origins, hosts) => {
  const names = (hosts ?? origins.flatMap((origin) => (origin === '*' ? ['*'] : URL.canParse(origin) ? [new URL(origin).hostname] : [])))
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  return (page, requestHost) => {
    const { hostname } = new URL(page)
    if (!names.length) return URL.canParse(`http://${requestHost}`) && hostname === new URL(`http://${requestHost}`).hostname
    return names.some((name) => name === '*' || name === hostname || (name.startsWith('*.') && hostname.endsWith(name.slice(1))))
  }
}
