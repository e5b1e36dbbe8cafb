// @ts-check
import { isIP, isIPv6 } from 'node:net'

/**
 * Who sent a request and what they asked for: the client's address, and the host and scheme
 * of the URL it used. Behind a reverse proxy (`trustProxy`) these come from the headers the
 * proxy sets, `X-Forwarded-For` (the last address: the one the proxy itself saw; earlier ones
 * are what the client claimed), `X-Forwarded-Host` and `X-Forwarded-Proto`; without it they
 * are never read, as any client can send them.
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Forwarded-For#security_and_privacy_concerns
 * @example clientOf(req, false) // { address: '127.0.0.1', host: '127.0.0.1:8787', proto: 'http' }
 * @param {import('node:http').IncomingMessage} req
 * @param {boolean} trustProxy
 */
export const clientOf = (req, trustProxy) => {
  const socketAddress = req.socket.remoteAddress ?? ''
  if (!trustProxy) return { address: socketAddress, host: req.headers.host ?? '', proto: 'http' }
  /** The last value of a header a proxy may append to or repeat. @param {string} name */
  const last = (name) => {
    const value = req.headers[name]
    return String(Array.isArray(value) ? value.join(',') : value ?? '').split(',').map((part) => part.trim()).filter(Boolean).pop()
  }
  const forwarded = last('x-forwarded-for')
  // Some proxies give the port too (`203.0.113.9:51234`, `[2001:db8::1]:51234`). An entry that
  // is still no address is no one's: never the proxy's own, which on the same machine would
  // pass for this machine and read without a token. No header at all: a request not through
  // the proxy.
  const address = forwarded?.replace(/^\[(.+)\](:\d+)?$|^([\d.]+):\d+$/, '$1$3')
  return {
    address: forwarded == null ? socketAddress : address && isIP(address) ? address : 'unknown',
    host: last('x-forwarded-host') ?? req.headers.host ?? '',
    proto: last('x-forwarded-proto') === 'https' ? 'https' : 'http',
  }
}

/**
 * Whether an address is this machine's own (127.0.0.0/8, ::1, or either mapped in IPv6).
 * @param {string} address
 */
export const isLoopback = (address) => /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address) || address === '::1'

/**
 * The network a client address stands for, for limits per client: an IPv6 address by its /64,
 * the smallest block a subscriber is given (RFC 6177; often a /56 or /48), so that one client
 * cannot get a fresh budget from each of its 2^64 addresses; an IPv4 address, mapped in IPv6
 * or not, by itself; anything else as it is.
 * @example networkOf('2001:db8:7:1::2') // '2001:db8:7:1::/64'
 * @param {string} address
 */
export const networkOf = (address) => {
  const bare = address.replace(/%.*$/, '')
  if (!isIPv6(bare)) return address
  /** The 16-bit groups of one side of `::`; an IPv4 tail fills the last two. @param {string | undefined} part */
  const groups = (part) => (part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [])
  const [head, tail] = bare.split('::')
  const left = groups(head)
  const right = groups(tail)
  const all = (tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right])
    .map((group) => parseInt(group, 16))
  // ::ffff:a.b.c.d is an IPv4 client.
  if (all.slice(0, 5).every((group) => group === 0) && all[5] === 0xffff) return address
  return `${all.slice(0, 4).map((group) => group.toString(16)).join(':')}::/64`
}
