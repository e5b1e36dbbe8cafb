/**
 * Every warning sharecue prints, in one table keyed by code. The text after the code says
 * what is wrong and how to fix it; `{0}`, `{1}` are filled with the offending values.
 * Foundations: this file imports nothing from the project.
 */
export const errors = {
  // Configuration values (SC1xx)
  SC101: 'unknown channel "{0}" ignored; known channels are listed in ShareCue.channels',
  SC102: '{0} "{1}" is not an http(s) URL and is ignored',
  SC103: '{0} "{1}" is not a number and is ignored; use digits like 19.99',
  SC104: '{0} "{1}" is not a date and is ignored; use ISO 8601 with an offset, e.g. 2026-12-01T23:59:00+01:00',
  SC105: 'currency "{0}" is not an ISO 4217 code and is ignored; use e.g. EUR',
  SC106: '{0} is longer than {1} characters and was shortened',
  SC107: '{0} "{1}" is not one of {2}; the default is used',
  SC108: 'locale "{0}" is not a BCP 47 tag; the page language is used',
  SC109: 'channel "{0}" is listed twice; the second is ignored',
  SC110: 'a JSON-LD block is not valid JSON and is ignored: {0}',
  // Targets (SC2xx)
  SC201: 'mount() needs an Element, got {0}',
  SC202: '<{0}> cannot hold a shadow root; the widget renders in a child element',
  // Channels that lack something (SC3xx)
  SC301: 'pinterest needs an image (data-image, JSON-LD image or og:image); it is hidden',
  SC302: 'messenger needs a Facebook app id (data-facebook-app-id) outside phones; it is hidden',
  SC303: 'mastodon instance "{0}" is not a host name like mastodon.social; the shopper is asked',
  SC304: 'copying to the clipboard failed: {0}',
  SC305: 'a lazily loaded part ({0}) failed to load: {1}',
  // API use (SC4xx)
  SC401: 'a handler passed to on("{0}") threw: {1}',
  SC402: '"{0}" is not a channel with a share URL',
  SC403: 'the card image is not available yet: {0}',
} as const

export type ErrorCode = keyof typeof errors

/** Formats a coded warning: `[sharecue] SC101: …`. */
export const formatError = (code: ErrorCode, args: readonly unknown[] = []): string =>
  `[sharecue] ${code}: ` + errors[code].replace(/\{(\d)\}/g, (_, i: string) => String(args[+i]))
