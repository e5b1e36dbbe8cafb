import { keptPairs } from '../lib/query'

/**
 * Query parameters whose names look like credentials or personal data, in any case: names
 * containing token, secret, passw, pwd, sess, auth, key, code, mail, phone, mobile, otp, nonce,
 * jwt, signature, credential, login, user, account, ticket, address, postal, birth, or
 * first/last/full/surname; the names sig, sid, tel, pin, ssn, dob; and the ids that e-mail tools
 * put in their links to name the reader (Mailchimp's mc_eid, Klaviyo's _kx, HubSpot's _hsenc
 * and _hsmi, Vero's vero_id). Broad on purpose: a
 * harmless parameter lost from a shared link costs less than a session or an e-mail address
 * sent to a chat app.
 */
const secret = /token|secret|passw|pwd|sess|auth|key|code|mail|phone|mobile|otp|nonce|jwt|signature|credential|login|user|account|ticket|address|postal|birth|(first|last|full|sur)[_-]?name|^(sig|sid|tel|pin|ssn|dob|mc_eid|_kx|_hsenc|_hsmi|vero_id)$/i

/**
 * The attribution a shared link gets anew (contract §6): the visit's own is not passed on, nor
 * the ad click that brought it (Google's gclid, gbraid, wbraid, dclid; Meta's fbclid; Microsoft's
 * msclkid; TikTok's ttclid; X's twclid; LinkedIn's li_fat_id; Yandex's yclid; Instagram's
 * igshid; Mailchimp's campaign mc_cid): a friend's visit would count as the sharer's ad click.
 */
const attribution = /^(utm_|(scid|gclid|gbraid|wbraid|dclid|fbclid|msclkid|ttclid|twclid|li_fat_id|yclid|igshid|mc_cid)$)/i

/**
 * A page's address as sharecue reports and shares it: without its fragment (an OAuth
 * `#access_token=…`, app state), user name and password, and without parameters whose names look like credentials or
 * personal data. `shared` also drops the attribution the visit came with (`utm_*`, `scid`, ad
 * click ids such as `gclid` and `fbclid`).
 * Other parameters stay: shops name variants in them (`?variant=42`).
 *
 * @example pageAddress('https://s.example/p?variant=42&session=x&utm_source=x#token=y', true) // 'https://s.example/p?variant=42'
 */
export const pageAddress = (href: string, shared?: boolean): string => {
  try {
    const url = new URL(href)
    url.hash = ''
    // A protected preview's `user:password@`: Chromium's location.href hides it, its baseURI does not.
    url.username = url.password = ''
    // The other parameters as written (`keptPairs`): a comma stays a comma.
    url.search = keptPairs(url, (key) => secret.test(key) || (shared && attribution.test(key))).join('&')
    return url.href
  } catch {
    return href.split('#')[0]!
  }
}
