import { builtin, type IncomingResponse, type Lookup, type LookupAddress } from './node-builtin'
import { isPublicAddress } from './public-address'

/** A photo's bytes and the content type it was served as. */
export interface Photo { bytes: Uint8Array; type?: string | undefined }

/** Fetches a photo: what the `fetchPhoto` option of `renderCardPng` takes. */
export type FetchPhoto = (url: string, signal: AbortSignal) => Promise<Photo>

export interface PhotoFetcherOptions {
  /**
   * Which addresses may be contacted. Default: public ones only (`isPublicAddress`): never
   * loopback, private, link-local, unique local or cloud metadata addresses.
   */
  allow?: ((address: string) => boolean) | undefined
  /** Resolves host names (every address). Default: `dns.lookup` with `{ all: true }`. */
  lookup?: Lookup | undefined
  /** The largest photo read, in bytes. Default 5 MiB. */
  maxBytes?: number | undefined
}

/** Redirects followed at most: a CDN redirects once or twice; more is a loop or a trick. */
const maxRedirects = 3
/** The largest photo fetched: 5 MiB is far more than a product photo needs at 1200 px. */
const defaultMaxBytes = 5 * 1024 * 1024

const header = (response: IncomingResponse, name: string): string | undefined => {
  const value = response.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * The default photo fetch of `renderCardPng`, made safe to point at any URL a page supplies
 * (SSRF): `http:` and `https:` only; every address a host name resolves to is checked, and
 * the connection goes to the checked address, so a second DNS answer cannot swap it
 * (rebinding); redirects are followed by hand, at most 3, each checked again; at most 5 MiB
 * is read. https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html
 *
 * @example
 * // a photo server on the private network of the shop, on purpose:
 * renderCardPng(card, { fetchPhoto: photoFetcher({ allow: (address) => address === '10.0.0.8' || isPublicAddress(address) }) })
 */
export const photoFetcher = ({ allow = isPublicAddress, lookup, maxBytes = defaultMaxBytes }: PhotoFetcherOptions = {}): FetchPhoto => {
  const refuse = (address: string) => new Error(`refused to fetch from ${address}, which is not a public address`)

  /** The lookup the connection makes: every address checked, the first one used. */
  const checkedLookup = (hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    ;(lookup ?? builtin('node:dns').lookup)(hostname, { all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error)
      const refused = addresses.find(({ address }) => !allow(address))
      if (refused || !addresses.length) return callback(refused ? refuse(refused.address) : new Error(`${hostname} has no address`))
      const chosen = addresses[0]!
      if (options.all) callback(null, [chosen])
      else callback(null, chosen.address, chosen.family)
    })
  }

  const get = (url: URL, signal: AbortSignal): Promise<IncomingResponse> =>
    new Promise((resolve, reject) => {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return reject(new Error(`${url.protocol} is not http: or https:`))
      // A literal address is connected to without a lookup: check it here.
      const literal = url.hostname.replace(/^\[(.*)\]$/, '$1')
      if (builtin('node:net').isIP(literal) && !allow(literal)) return reject(refuse(literal))
      const request = builtin(url.protocol === 'https:' ? 'node:https' : 'node:http').get(url, { lookup: checkedLookup, headers: { accept: 'image/*' }, signal })
      request.on('response', resolve)
      request.on('error', reject)
    })

  return async (address, signal) => {
    let url = new URL(address)
    for (let redirects = 0; ; redirects++) {
      const response = await get(url, signal)
      const status = response.statusCode ?? 0
      const location = header(response, 'location')
      if (status >= 300 && status < 400 && location) {
        response.destroy()
        if (redirects === maxRedirects) throw new Error(`more than ${maxRedirects} redirects`)
        url = new URL(location, url)
        continue
      }
      if (status < 200 || status > 299) {
        response.destroy()
        throw new Error(`HTTP ${status}`)
      }
      const type = header(response, 'content-type')
      if (Number(header(response, 'content-length')) > maxBytes) {
        response.destroy()
        throw new Error(`larger than ${maxBytes / 1024 / 1024} MiB`)
      }
      const bytes = await new Promise<Uint8Array>((resolve, reject) => {
        const chunks: Uint8Array[] = []
        let size = 0
        response.on('data', (chunk) => {
          size += chunk.length
          if (size > maxBytes) response.destroy(new Error(`larger than ${maxBytes / 1024 / 1024} MiB`))
          else chunks.push(chunk)
        })
        response.on('error', reject)
        response.on('end', () => {
          const all = new Uint8Array(size)
          chunks.reduce((offset, chunk) => (all.set(chunk, offset), offset + chunk.length), 0)
          resolve(all)
        })
        response.on('close', () => reject(signal.aborted ? signal.reason : new Error('the connection closed early')))
      })
      return { bytes, type }
    }
  }
}
