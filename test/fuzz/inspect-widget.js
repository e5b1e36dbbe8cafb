/**
 * What a widget's shadow root may contain, whatever the page gave it (CONTRACT §5 and §9).
 * `inspectWidget` is self-contained (no outer references), so the Chromium sample can send its
 * source into the page and run the very same checks there.
 *
 * URL rule, decided per attribute:
 * - `<img src>` (the card's photo): `http:` or `https:` only.
 * - `<a href>` (a web-intent channel): exactly its channel's contract endpoint (§4), so
 *   `https:` everywhere except the app schemes the contract itself names for four channels:
 *   `mailto:` (email), `sms:` (sms), `viber:` (viber) and `fb-messenger:` (messenger on phones).
 *   Inside it, every parameter that carries a link or an image is an `http(s)` URL.
 * - No other element carries a URL. `blob:` and `data:` never appear: the card image is saved
 *   through a `blob:` link that exists only for the instant of its click, outside this check.
 */
export function inspectWidget(root, endpoints) {
  /** The widget's own vocabulary: every element and attribute it renders (extras included). */
  const TAGS = ['div', 'ul', 'li', 'a', 'button', 'span', 'svg', 'path', 'p', 'img', 's', 'time', 'style', 'dialog', 'h2', 'form', 'label', 'input']
  const ATTRIBUTES = ['class', 'role', 'dir', 'lang', 'aria-label', 'aria-hidden', 'aria-live', 'aria-pressed', 'aria-labelledby',
    'aria-describedby', 'aria-invalid', 'data-channel', 'data-part', 'data-state', 'href', 'target', 'rel', 'type', 'src', 'alt',
    'datetime', 'viewbox', 'd', 'fill', 'fill-rule', 'focusable', 'shape-rendering', 'id', 'method', 'name', 'inputmode',
    'autocomplete', 'spellcheck', 'placeholder', 'autofocus', 'open',
    // the card's photo that did not load (a 404, a COEP page) hides itself
    'hidden']
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'background', 'ping']
  const problems = []
  const web = (value) => { try { return /^https?:$/.test(new URL(value).protocol) } catch { return false } }
  const MASTODON = /^https:\/\/[a-z\d](?:[a-z\d.-]*[a-z\d])?(?::\d{1,5})?\/share$/
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName
    if (!TAGS.includes(tag)) problems.push(`<${tag}> is not the widget's own element`)
    for (const { name, value } of el.attributes) {
      const lower = name.toLowerCase()
      if (lower.startsWith('on')) problems.push(`<${tag} ${name}> is an event handler attribute`)
      else if (!ATTRIBUTES.includes(lower)) problems.push(`<${tag} ${name}> is not the widget's own attribute`)
      if (!URL_ATTRIBUTES.includes(lower)) continue
      if (tag === 'img' && lower === 'src') {
        if (!web(value)) problems.push(`<img src="${value.slice(0, 80)}"> is not http(s)`)
        continue
      }
      if (tag !== 'a' || lower !== 'href') { problems.push(`<${tag} ${name}="${value.slice(0, 80)}"> carries a URL`); continue }
      const channel = el.getAttribute('data-channel')
      const spec = endpoints[channel]
      if (!spec) { problems.push(`a link for ${channel} (no web-intent channel): ${value.slice(0, 80)}`); continue }
      const q = value.indexOf('?')
      const base = q < 0 ? value : value.slice(0, q)
      const ok = channel === 'mastodon' ? MASTODON.test(base)
        : channel === 'messenger' ? base === spec.base || base === 'fb-messenger://share/'
          : base === spec.base
      if (!ok) problems.push(`${channel} links to ${base.slice(0, 80)}, not its endpoint ${spec.base}`)
      let params
      try { params = new URLSearchParams(value.slice(q + 1)) } catch { problems.push(`${channel}: query does not parse`); continue }
      for (const [key, kind] of Object.entries(spec.params)) {
        const param = params.get(key)
        if (param == null) continue
        if ((kind === 'url' || kind === 'image') && !web(param)) problems.push(`${channel}: ${key}=${param.slice(0, 80)} is not http(s)`)
        if (kind === 'textUrl' && !/https?:\/\/\S/.test(param)) problems.push(`${channel}: ${key} holds no http(s) link`)
      }
    }
  }
  return problems
}

/** Whether a console line is one of the widget's coded warnings: `[sharecue] SC101: …` (or the bare code when its texts failed to load). */
export const CODED_WARNING = /^\[sharecue\] SC[1-5]\d\d(: \S[\s\S]*)?$/
