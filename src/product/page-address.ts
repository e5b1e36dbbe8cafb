/**
 * Query parameters whose names look like credentials or personal data, in any case: names
 * containing token, secret, passw, pwd, sess, auth, key, code, mail, phone, mobile, otp, nonce,
 * jwt, signature, credential, login, user, account, ticket, address, postal, birth, or
 * first/last/full/surname; and the names sig, sid, tel, pin, ssn, dob. Broad on purpose: a
 * harmless parameter lost from a shared link costs less than a session or an e-mail address
 * sent to a chat app.
 */
const secret = /token|secret|passw|pwd|sess|auth|key|code|mail|phone|mobile|otp|nonce|jwt|signature|credential|login|user|account|ticket|address|postal|birth|(first|last|full|sur)[_-]?name|^(sig|sid|tel|pin|ssn|dob)$/i

/** The attribution a shared link gets anew (contract §6): the visit's own is not passed on. */
const attribution = /^(utm_|scid$)/i

/**
 * A page's address as sharecue reports and shares it: without its fragment (an OAuth
 * `#access_token=…`, app state) and without parameters whose names look like credentials or
 * personal data. `shared` also drops the attribution the visit came with (`utm_*`, `scid`).
 * Other parameters stay: shops name variants in them (`?variant=42`).
 *
 * @example pageAddress('https://s.example/p?variant=42&session=x&utm_source=x#token=y', true) // 'https://s.example/p?variant=42'
 */
export const pageAddress = (href: string, shared?: boolean): string => {
  try {
    const url = new URL(href)
    url.hash = ''
    for (const key of [...url.searchParams.keys()]) {
      if (secret.test(key) || (shared && attribution.test(key))) url.searchParams.delete(key)
    }
    return url.href
  } catch {
    return href.split('#')[0]!
  }
}
