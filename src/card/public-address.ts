/**
 * IPv4 ranges a photo is never fetched from: this host, private networks, carrier-grade NAT
 * (where Alibaba's metadata service sits, 100.100.100.200), link-local (cloud metadata,
 * 169.254.169.254), documentation, benchmarking, multicast and reserved space.
 * https://www.iana.org/assignments/iana-ipv4-special-registry/
 */
const blockedV4: [string, number][] = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
]

const v4 = (text: string): number | undefined => {
  const parts = text.split('.')
  // No leading zeros: inet_aton reads 012.0.0.1 as 10.0.0.1
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && +part < 256)) return undefined
  return parts.reduce((sum, part) => sum * 256 + +part, 0)
}

const publicV4 = (address: number): boolean =>
  !blockedV4.some(([base, bits]) => Math.floor(address / 2 ** (32 - bits)) === Math.floor(v4(base)! / 2 ** (32 - bits)))

/** An IPv6 address as 8 groups of 16 bits, or undefined. Handles `::` and a dotted IPv4 tail. */
const v6 = (text: string): number[] | undefined => {
  let head = text.toLowerCase().replace(/%.*$/, '')
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(head)?.[1]
  if (tail) {
    const n = v4(tail)
    if (n === undefined) return undefined
    head = head.slice(0, -tail.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`
  }
  const halves = head.split('::')
  if (halves.length > 2) return undefined
  const groups = halves.map((half) => (half ? half.split(':') : []))
  const missing = 8 - groups.flat().length
  const all = halves.length === 2 ? [...groups[0]!, ...Array(missing).fill('0'), ...groups[1]!] : groups[0]!
  if (all.length !== 8 || !all.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return undefined
  return all.map((group) => parseInt(group, 16))
}

/** The IPv4 address in groups 6 and 7. */
const embedded = (g: number[]): number => g[6]! * 65536 + g[7]!

/**
 * Whether an IP address is on the public Internet: not loopback, private (RFC 1918, IPv6
 * unique local fc00::/7, where AWS's fd00:ec2::254 metadata sits), link-local, multicast or
 * otherwise special. IPv4 written inside IPv6 (mapped, NAT64, 6to4) is judged as IPv4.
 * Anything that does not parse is not public.
 * @example isPublicAddress('169.254.169.254') // false
 */
export const isPublicAddress = (address: string): boolean => {
  const four = v4(address)
  if (four !== undefined) return publicV4(four)
  const g = v6(address)
  if (!g) return false
  const zeros = (from: number, to: number) => g.slice(from, to).every((group) => group === 0)
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated)
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return g[5] === 0 && g[6] === 0 && g[7]! <= 1 ? false : publicV4(embedded(g))
  // 64:ff9b::/96, NAT64
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return publicV4(embedded(g))
  // 2002::/16, 6to4: the IPv4 address is in groups 1 and 2
  if (g[0] === 0x2002) return publicV4(g[1]! * 65536 + g[2]!)
  if ((g[0]! & 0xfe00) === 0xfc00) return false // unique local, fc00::/7
  if ((g[0]! & 0xffc0) === 0xfe80) return false // link-local, fe80::/10
  if ((g[0]! & 0xff00) === 0xff00) return false // multicast, ff00::/8
  if (g[0] === 0x2001 && g[1] === 0xdb8) return false // documentation, 2001:db8::/32
  if (g[0] === 0x100 && zeros(1, 4)) return false // discard, 100::/64
  // Global unicast is 2000::/3; everything else is unassigned or special.
  return (g[0]! & 0xe000) === 0x2000
}
