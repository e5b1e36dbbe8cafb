// @ts-check

/**
 * How much of a too-large body is read and thrown away so that the client, still sending,
 * gets to read the 413 instead of a connection reset. Past this the socket is cut.
 */
const drainLimit = 1024 * 1024

/**
 * Reads a request body of at most `limit` bytes. Once the body is known to be too large
 * (from `Content-Length`, or once the bytes read pass the limit) it stops keeping bytes, so
 * a client can never make the collector buffer more than `limit`.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<{ status: 'ok', text: string, bytes: Buffer } | { status: 'too-large' } | { status: 'aborted' }>}
 */
export const readBody = (req, limit) =>
  new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    const tooLarge = () => {
      chunks.length = 0
      req.off('data', keep)
      req.off('end', done)
      req.on('data', discard)
      resolve({ status: 'too-large' })
    }
    /** @param {Buffer} chunk */
    const keep = (chunk) => {
      size += chunk.length
      if (size > limit) tooLarge()
      else chunks.push(chunk)
    }
    /** @param {Buffer} chunk */
    const discard = (chunk) => {
      size += chunk.length
      if (size > limit + drainLimit) req.socket.destroy()
    }
    const done = () => {
      const bytes = Buffer.concat(chunks)
      // The bytes too: a signature is over the body as sent, not as decoded.
      resolve({ status: 'ok', text: bytes.toString('utf8'), bytes })
    }
    // A promise settles once: 'close' after 'end' changes nothing; 'close' before it means
    // the client went away mid-body.
    req.once('close', () => resolve({ status: 'aborted' }))
    req.once('error', () => resolve({ status: 'aborted' }))
    if (Number(req.headers['content-length']) > limit) return tooLarge()
    req.on('data', keep)
    req.on('end', done)
  })
