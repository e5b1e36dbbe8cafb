// @ts-check

/**
 * Whether a request's `Origin` may use the collector, and the CORS headers its answer
 * carries. Same-origin requests (no `Origin`, or one naming the host the client asked for,
 * which behind a proxy is `X-Forwarded-Host`) are allowed; cross-origin ones only from an
 * origin on the allow-list, or any with '*'.
 * https://fetch.spec.whatwg.org/#http-cors-protocol
 * @example cors(req, ['https://shop.example'], 'collector.example') // { allowed: true, headers: { 'access-control-allow-origin': 'https://shop.example', 'access-control-expose-headers': 'Retry-After', vary: 'Origin' } }
 * @param {import('node:http').IncomingMessage} req
 * @param {string[]} origins exact origins (`https://shop.example`), or '*'
 * @param {string} host the host the client asked for
 * @param {string} [scheme] its scheme, when known (from a trusted proxy): then the whole origin must match
 * @returns {{ allowed: boolean, headers: Record<string, string> }}
 */
export const cors = (req, origins, host, scheme) => {
  // Answers differ by Origin, so caches must keep them apart.
  const headers = { vary: 'Origin' }
  const origin = req.headers.origin
  if (origin === undefined) return { allowed: true, headers }
  if (URL.canParse(origin)) {
    const own = scheme && URL.canParse(`${scheme}://${host}`) ? new URL(`${scheme}://${host}`).origin : undefined
    if (own ? new URL(origin).origin === own : new URL(origin).host === host) return { allowed: true, headers }
  }
  if (origins.includes('*') || origins.includes(origin)) {
    // Retry-After is no CORS-safelisted response header: without this the widget on another
    // origin cannot read it, and retries sooner than asked.
    return { allowed: true, headers: { ...headers, 'access-control-allow-origin': origin, 'access-control-expose-headers': 'Retry-After' } }
  }
  return { allowed: false, headers }
}

/** What a preflight for POST /events answers, on top of the CORS headers. */
export const preflightHeaders = {
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': 'Content-Type',
  // A day: the longest Firefox honours (Chromium caps at two hours anyway).
  'access-control-max-age': '86400',
}
