/**
 * Every warning sharecue prints, in one table keyed by code: what is wrong and how to fix it.
 * `{0}`, `{1}` are the offending values. Loaded lazily by `warn.ts`.
 */
export const errors = {
  // Configuration values (SC1xx)
  SC101: 'unknown channel "{0}" ignored; see ShareCue.channels',
  SC102: '{0} "{1}" is not an http(s) URL; ignored',
  SC103: '{0} "{1}" is not a number; ignored (use e.g. 19.99)',
  SC104: '{0} "{1}" is not a date; ignored (use ISO 8601 with an offset, e.g. 2026-12-01T23:59:00+01:00)',
  SC105: 'currency "{0}" is not an ISO 4217 code; ignored (use e.g. EUR)',
  SC106: '{0} is longer than {1} characters; shortened',
  SC107: '{0} "{1}" is not one of {2}; the default is used',
  SC108: 'locale "{0}" is not a BCP 47 tag; the page language is used',
  SC109: 'channel "{0}" is listed twice; the second is ignored',
  SC110: 'a JSON-LD block is not valid JSON; ignored ({0})',
  SC111: '{0} {1} is not text; ignored',
  SC112: 'variant name "{0}" is not 1 to 32 characters of a-z and 0-9; ignored',
  SC113: 'variant "{0}" is not one of {1}; the visitor is assigned one as usual',
  SC114: 'the page names no canonical URL (link rel=canonical, og:url or JSON-LD url), so its address is shared without fragment and private-looking parameters; name one',
  SC115: '{0} "{1}" is not a whole number from 0 up; ignored (use e.g. 12)',
  // Targets (SC2xx)
  SC201: 'mount() needs an Element, got {0}',
  SC202: '<{0}> cannot hold a shadow root; the widget renders in a child element',
  // Channels that lack something (SC3xx)
  SC301: 'pinterest needs an image (data-image, JSON-LD image or og:image); hidden',
  SC302: 'messenger needs data-facebook-app-id outside phones; hidden',
  SC303: 'mastodon "{0}" is not a host name like mastodon.social; the shopper is asked',
  SC304: 'copying to the clipboard failed: {0}',
  SC305: 'a lazily loaded part ({0}) failed to load 3 times and is given up for this page view ({1}); the widget works without it. Files served from another origin (a CDN) need Access-Control-Allow-Origin',
  SC306: 'the product image {0} failed to load or does not allow cross-origin use (CORS), so the card image is drawn without it; serve it with Access-Control-Allow-Origin or set imageProxy',
  SC307: 'imageProxy "{0}" is not an http(s) URL with {url} in it; ignored',
  SC308: 'cardImage() size {0}×{1} is not whole pixels from 200 to 2400; use e.g. { width: 1200, height: 630 }',
  SC309: 'the card image could not be drawn: {0}',
  SC310: 'the photo {0} could not be used on the server ({1}); the card is drawn without it',
  // Printed as the bare code: without a script URL this text cannot load either (README: Hostile pages).
  SC311: 'no <script src> of its own (a module, bundle or inline script), so its lazy parts are skipped',
  SC312: 'the widget could not be drawn: {0}',
  SC313: 'no font of the server card has {0}, so the PNG leaves them out; pass fontFiles with a font that has them',
  SC314: 'no fonts for the PNG: install @sharecue/og-fonts, or pass fonts or fontFiles',
  SC315: 'the share sheet could not open ({0}); the link is copied instead',
  SC316: 'the shared link {0}… is {1} bytes, too long for a QR code: WeChat offers it to copy, the Story card has no code; name a shorter product URL',
  // Delivery of events (SC5xx)
  SC501: 'localStorage refused the event queue ({0}); events wait in memory for this page only',
  SC502: 'the endpoint answered {0}; that batch is dropped, since sending it again would not help',
  SC503: '{0} event(s) too large for one 64 KiB body were dropped',
  SC504: 'the transport or dataLayer threw: {0}',
  // API use (SC4xx)
  SC401: 'a handler passed to on("{0}") threw: {1}',
  SC402: '"{0}" has no share URL (an action channel)',
  SC403: '{0} has no place for {1}; left out of its share URL',
  SC404: 'purchase() {0} "{1}" is not {2}; the order is not reported',
  SC405: 'purchase() order line {0} {1} is not valid (url http(s), sku text, quantity a whole number from 1, price a number from 0); left out',
} as const

export type ErrorCode = keyof typeof errors

/** Formats a coded warning: `[sharecue] SC101: …`. */
export const formatError = (code: ErrorCode, args: readonly unknown[] = []): string =>
  `[sharecue] ${code}: ` + errors[code].replace(/\{(\d)\}/g, (_, i: string) => String(args[+i]))
