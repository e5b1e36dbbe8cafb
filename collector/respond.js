// @ts-check

/**
 * Answers a request with JSON (or plain text for a string), unless the client is gone.
 * @example respond(res, 400, { error: 'v must be 1' })
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} [body] nothing for 204
 * @param {Record<string, string>} [headers]
 */
export const respond = (res, status, body, headers = {}) => {
  if (res.headersSent || res.destroyed) return
  /** @type {Record<string, string>} */
  const base = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }
  if (body === undefined) {
    res.writeHead(status, { ...base, ...headers })
    return void res.end()
  }
  const text = typeof body === 'string'
  base['content-type'] = text ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8'
  res.writeHead(status, { ...base, ...headers })
  res.end(text ? body : JSON.stringify(body))
}
