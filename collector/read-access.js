// @ts-check
import { createHash, timingSafeEqual } from 'node:crypto'
import { isLoopback } from './client-of.js'

/** The names this machine answers to: `localhost`, 127.x.x.x, [::1], with or without a port. */
const localName = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i

/**
 * Whether a request from this machine was sent by someone on it, not by a web page through its
 * browser: a page of another site sends its `Origin` (allowed to read with `*` or the shop's
 * own), and a name of another site pointed at 127.0.0.1 (DNS rebinding) is its `Host`.
 * @param {import('node:http').IncomingMessage} req @param {{ address: string, host: string }} client
 */
const fromThisMachine = (req, client) => {
  const origin = req.headers.origin
  return isLoopback(client.address) && localName.test(client.host) &&
    (origin === undefined || (URL.canParse(origin) && new URL(origin).host === client.host))
}

/** @param {string} text */
const digest = (text) => createHash('sha256').update(text).digest()

/**
 * Whether a request may read the figures and events (`/stats`, `/events/recent`): with a
 * token, only `Authorization: Bearer <token>` (compared in constant time); without one, only
 * a client on this machine, so `npm start` works and nothing leaks to the network (nor to a web
 * page open in a browser on this machine).
 * @example readAccess(req, client, 'secret') // undefined when allowed, else the refusal
 * @param {import('node:http').IncomingMessage} req
 * @param {{ address: string, host: string }} client
 * @param {string | undefined} token
 * @returns {{ status: 401 | 403, error: string, headers: Record<string, string> } | undefined}
 */
export const readAccess = (req, client, token) => {
  if (!token) {
    if (fromThisMachine(req, client)) return undefined
    return { status: 403, error: 'reading needs SHARECUE_READ_TOKEN on the collector; without it only this machine may read', headers: {} }
  }
  const sent = /^Bearer +(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1] ?? ''
  // Digests have one length, so the comparison takes the same time whatever was sent.
  if (sent && timingSafeEqual(digest(sent), digest(token))) return undefined
  return { status: 401, error: 'send Authorization: Bearer <SHARECUE_READ_TOKEN>', headers: { 'www-authenticate': 'Bearer realm="sharecue"' } }
}
