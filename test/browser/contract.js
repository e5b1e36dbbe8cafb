/**
 * What the public contract promises, as data the browser tests check against:
 * the channel list (section 4), the web-intent endpoints (section 4's table), and the shared
 * URL's attribution (section 6). Plus the English display names the accessible names must contain.
 */

/** Section 4: every channel id. */
export const CHANNELS = [
  'native', 'copy', 'email', 'sms', 'facebook', 'messenger', 'x', 'threads', 'bluesky',
  'mastodon', 'linkedin', 'pinterest', 'reddit', 'tumblr', 'hackernews', 'whatsapp', 'telegram',
  'line', 'viber', 'vk', 'ok', 'wechat', 'weibo', 'qq', 'qzone', 'douban', 'image',
]

/**
 * Every channel that renders on a page of desktop headless Chromium without a card: `native`
 * needs Web Share, `image` comes with the card. (Messenger still needs an app id there, and
 * Pinterest an image.)
 */
export const DESKTOP_CHANNELS = CHANNELS.filter((id) => id !== 'native' && id !== 'image')

/** Section 4: channels performed by the widget; rendered as `<button type="button">`. */
export const ACTION_CHANNELS = ['native', 'copy', 'wechat', 'image']

/**
 * Section 4's table. `base` is everything before `?`; each parameter says which value it carries:
 * url (the shared URL), text, title, image, textUrl (text and url in one field), appId.
 * messenger is the desktop form (headless Chromium is not a phone).
 */
export const ENDPOINTS = {
  facebook: { base: 'https://www.facebook.com/sharer/sharer.php', params: { u: 'url' } },
  messenger: { base: 'https://www.facebook.com/dialog/send', params: { app_id: 'appId', link: 'url', redirect_uri: 'url' } },
  x: { base: 'https://x.com/intent/tweet', params: { text: 'text', url: 'url' } },
  threads: { base: 'https://www.threads.com/intent/post', params: { text: 'text', url: 'url' } },
  bluesky: { base: 'https://bsky.app/intent/compose', params: { text: 'textUrl' } },
  mastodon: { base: 'https://{instance}/share', params: { text: 'textUrl' } },
  linkedin: { base: 'https://www.linkedin.com/sharing/share-offsite/', params: { url: 'url' } },
  pinterest: { base: 'https://www.pinterest.com/pin/create/button/', params: { url: 'url', media: 'image', description: 'text' } },
  reddit: { base: 'https://www.reddit.com/submit', params: { url: 'url', title: 'title' } },
  tumblr: { base: 'https://www.tumblr.com/widgets/share/tool', params: { canonicalUrl: 'url', title: 'title', caption: 'text' } },
  hackernews: { base: 'https://news.ycombinator.com/submitlink', params: { u: 'url', t: 'title' } },
  whatsapp: { base: 'https://wa.me/', params: { text: 'textUrl' } },
  telegram: { base: 'https://t.me/share/url', params: { url: 'url', text: 'text' } },
  line: { base: 'https://social-plugins.line.me/lineit/share', params: { url: 'url', text: 'text' } },
  viber: { base: 'viber://forward', params: { text: 'textUrl' } },
  vk: { base: 'https://vk.com/share.php', params: { url: 'url', title: 'title', image: 'image' } },
  ok: { base: 'https://connect.ok.ru/offer', params: { url: 'url', title: 'title', imageUrl: 'image' } },
  weibo: { base: 'https://service.weibo.com/share/share.php', params: { url: 'url', title: 'text', pic: 'image' } },
  qq: { base: 'https://connect.qq.com/widget/shareqq/index.html', params: { url: 'url', title: 'title', desc: 'text', pics: 'image' } },
  qzone: { base: 'https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey', params: { url: 'url', title: 'title', summary: 'text', pics: 'image' } },
  douban: { base: 'https://www.douban.com/share/service', params: { href: 'url', name: 'title', text: 'text', image: 'image' } },
  email: { base: 'mailto:', params: { subject: 'title', body: 'textUrl' } },
  sms: { base: 'sms:', params: { body: 'textUrl' } },
}

/** English display names, as patterns an accessible name must match (case-insensitive). */
export const DISPLAY_NAMES = {
  native: /\bshare\b/i,
  copy: /\bcopy\b/i,
  email: /\be-?mail\b/i,
  sms: /\bSMS\b|\btext message\b/i,
  facebook: /\bFacebook\b/i,
  messenger: /\bMessenger\b/i,
  x: /\bX\b/i,
  threads: /\bThreads\b/i,
  bluesky: /\bBluesky\b/i,
  mastodon: /\bMastodon\b/i,
  linkedin: /\bLinkedIn\b/i,
  pinterest: /\bPinterest\b/i,
  reddit: /\bReddit\b/i,
  tumblr: /\bTumblr\b/i,
  hackernews: /\bHacker ?News\b/i,
  whatsapp: /\bWhatsApp\b/i,
  telegram: /\bTelegram\b/i,
  line: /\bLINE\b/i,
  viber: /\bViber\b/i,
  vk: /\bVK\b|\bVKontakte\b/i,
  ok: /\bOK\b|\bOdnoklassniki\b/i,
  wechat: /\bWeChat\b/i,
  weibo: /\bWeibo\b/i,
  qq: /\bQQ\b/i,
  qzone: /\bQzone\b/i,
  douban: /\bDouban\b/i,
  image: /\bimage\b|\bpicture\b/i,
}

export const SCID = /^[A-Za-z0-9_-]{21}$/

/**
 * Section 6: checks that `shared` is `product` with its parameters kept and no fragment (a
 * fragment is never shared: README, Hostile pages), plus
 * utm_source=<channel>, utm_medium=social, utm_campaign=<campaign> and a 21-character scid,
 * and nothing else. Returns a list of problems (empty when fine) and the scid.
 */
export const checkSharedUrl = (shared, { product, channel, campaign = 'sharecue' }) => {
  const problems = []
  let u
  let p
  try {
    u = new URL(shared)
  } catch {
    return { problems: [`shared URL ${JSON.stringify(shared)} does not parse`], scid: undefined }
  }
  p = new URL(product)
  if (u.origin + u.pathname !== p.origin + p.pathname) problems.push(`shared URL ${shared} is not on ${p.origin + p.pathname}`)
  if (u.hash !== '') problems.push(`fragment ${JSON.stringify(u.hash)} in ${shared}`)
  for (const [key, value] of p.searchParams) {
    if (u.searchParams.get(key) !== value) problems.push(`product parameter ${key}=${value} not kept in ${shared}`)
  }
  const want = { utm_source: channel, utm_medium: 'social', utm_campaign: campaign }
  for (const [key, value] of Object.entries(want)) {
    const got = u.searchParams.getAll(key)
    if (got.length !== 1 || got[0] !== value) problems.push(`${key}=${JSON.stringify(got)} instead of ${value} in ${shared}`)
  }
  const scid = u.searchParams.getAll('scid')
  if (scid.length !== 1 || !SCID.test(scid[0])) problems.push(`scid ${JSON.stringify(scid)} is not one 21-character [A-Za-z0-9_-] id in ${shared}`)
  const allowed = new Set([...p.searchParams.keys(), 'utm_source', 'utm_medium', 'utm_campaign', 'scid'])
  for (const key of new Set(u.searchParams.keys())) {
    if (!allowed.has(key)) problems.push(`unexpected parameter ${key} in ${shared}`)
  }
  return { problems, scid: scid[0] }
}

/** Finds the shared URL inside a "text and url" value (the first occurrence of the product's origin+path). */
const urlInside = (value, product) => {
  const p = new URL(product)
  const start = value.indexOf(p.origin + p.pathname)
  if (start < 0) return { url: undefined, before: value }
  const rest = value.slice(start)
  const end = rest.search(/\s/)
  return { url: end < 0 ? rest : rest.slice(0, end), before: value.slice(0, start) }
}

/**
 * Checks one control's href against the endpoint table for `channel`.
 * expected: { product (URL), title?, text?, textIncludes?, image?, appId?, instance?, campaign? } —
 * a value that is given must match exactly, and its parameter must be present; an `undefined`
 * value only has to be a non-empty string when present.
 * The share copy (`{text}`): `text` demands exactly that text; `textIncludes` (a list) only that
 * the copy contains one of those strings, since the copy may come from a template. Either way a
 * copy shortened for the channel's length limit (ending in "…") is accepted.
 * Returns a list of problems (empty when fine).
 */
/** Whether `copy` (the text part of a share) is what `expected` asks for; undefined when nothing is asked. */
const copyProblem = (copy, expected) => {
  const shortened = /…\s*$/.test(copy)
  if (expected.text !== undefined) {
    if (copy.includes(expected.text)) return undefined
    if (shortened && expected.text.startsWith(copy.replace(/…\s*$/, '').trimEnd())) return undefined
    return `is not ${JSON.stringify(expected.text)}`
  }
  if (expected.textIncludes) {
    if (expected.textIncludes.some((part) => copy.includes(part)) || shortened) return undefined
    return `contains none of ${JSON.stringify(expected.textIncludes)}`
  }
  return undefined
}

export const checkHref = (href, channel, expected) => {
  const spec = ENDPOINTS[channel]
  if (!spec) return [`${channel} has no endpoint in the contract`]
  if (typeof href !== 'string' || !href) return [`${channel}: no href`]
  const problems = []
  const q = href.indexOf('?')
  const base = q < 0 ? href : href.slice(0, q)
  const wantBase = spec.base.replace('{instance}', expected.instance ?? '{instance}')
  if (base !== wantBase) problems.push(`${channel}: endpoint ${base} instead of ${wantBase}`)
  if (href.includes('#')) problems.push(`${channel}: href has an unencoded "#": ${href}`)
  if (/\s/.test(href)) problems.push(`${channel}: href has unencoded white space`)
  const query = q < 0 ? '' : href.slice(q + 1)
  let params
  try {
    params = new URLSearchParams(query)
  } catch {
    return [...problems, `${channel}: query does not parse: ${query}`]
  }
  for (const key of new Set(params.keys())) {
    if (!(key in spec.params)) problems.push(`${channel}: unexpected parameter ${key}`)
    if (params.getAll(key).length > 1) problems.push(`${channel}: parameter ${key} appears ${params.getAll(key).length} times`)
  }
  for (const [key, kind] of Object.entries(spec.params)) {
    const value = params.get(key)
    const mandatory = kind === 'url' || kind === 'textUrl' || expected[kind] !== undefined || (kind === 'text' && !!expected.textIncludes)
    if (value === null) {
      if (mandatory) problems.push(`${channel}: parameter ${key} (${kind}) is missing from ${href}`)
      continue
    }
    if (/\bundefined\b|\bnull\b|\[object Object\]/.test(value)) problems.push(`${channel}: ${key}=${JSON.stringify(value)} looks like a bug`)
    if (kind === 'url') {
      const { problems: urlProblems } = checkSharedUrl(value, { product: expected.product, channel, campaign: expected.campaign })
      problems.push(...urlProblems.map((m) => `${channel}: ${key}: ${m}`))
    } else if (kind === 'textUrl') {
      const { url, before } = urlInside(value, expected.product)
      if (!url) {
        problems.push(`${channel}: ${key}=${JSON.stringify(value)} does not contain the shared URL`)
      } else {
        const { problems: urlProblems } = checkSharedUrl(url, { product: expected.product, channel, campaign: expected.campaign })
        problems.push(...urlProblems.map((m) => `${channel}: ${key}: ${m}`))
      }
      const wrong = copyProblem(before.trim(), expected)
      if (wrong) problems.push(`${channel}: ${key}=${JSON.stringify(value)}: the text before the URL ${wrong}`)
    } else if (kind === 'text' && (expected.text !== undefined || expected.textIncludes)) {
      const wrong = copyProblem(value, expected)
      if (wrong) problems.push(`${channel}: ${key}=${JSON.stringify(value)} ${wrong}`)
    } else if (expected[kind] !== undefined) {
      if (value !== expected[kind]) problems.push(`${channel}: ${key}=${JSON.stringify(value)} instead of ${JSON.stringify(expected[kind])}`)
    } else if (!value.trim()) {
      problems.push(`${channel}: ${key} is empty`)
    }
  }
  return problems
}
