import type { IntentContext } from '../../src/channels/channel'
import { registry } from '../../src/channels/registry'
import type { ShareData } from '../../src/types'

export type ShareField = keyof ShareData
export const fields: readonly ShareField[] = ['url', 'title', 'text', 'image']

/** A value per field that can be found again in any link, encoded or not. */
const markers: Record<ShareField, string> = {
  url: 'https://marker.example/url-marker',
  title: 'TitleMarker',
  text: 'TextMarker',
  image: 'https://marker.example/image-marker.png',
}

/** Every context a builder behaves differently in: phone and desktop, with what each needs. */
const contexts: IntentContext[] = [
  { mobile: false, facebookAppId: '1234567890', mastodon: 'mastodon.example' },
  { mobile: true, facebookAppId: '1234567890', mastodon: 'mastodon.example' },
]

type Build = NonNullable<(typeof registry)[keyof typeof registry]['url']>

/**
 * The fields a channel's URL builder puts in its link, found by building it with a marker in
 * each field and seeing which markers the link carries: what the builder does, whatever any
 * comment says.
 */
export const probeReads = (build: Build): ShareField[] => {
  const seen = new Set<ShareField>()
  for (const ctx of contexts) {
    const decoded = decodeURIComponent(build({ ...markers }, ctx))
    for (const field of fields) if (decoded.includes(markers[field])) seen.add(field)
  }
  return fields.filter((field) => seen.has(field))
}

/** Every web-intent channel with the fields it reads, in the registry's order. */
export const channelFields = () =>
  Object.values(registry).flatMap((channel) => (channel.url ? [{ id: channel.id, reads: probeReads(channel.url) }] : []))

/** The README's table of which fields each web-intent channel uses. */
export const channelFieldsTable = (): string => [
  `| channel | ${fields.map((field) => `\`${field}\``).join(' | ')} |`,
  `|---|${fields.map(() => ':-:').join('|')}|`,
  ...channelFields().map(({ id, reads }) => `| \`${id}\` | ${fields.map((field) => (reads.includes(field) ? '✓' : '')).join(' | ')} |`),
].join('\n')
