import { cleanSettings, type Settings } from './settings'

/**
 * Settings live in the address's hash as `#s=` and base64url JSON of the fields that differ
 * from the defaults: a link to a tuned playground stays short, and nothing reaches the server.
 */
export const encodeSettings = (settings: Settings, base: Settings): string => {
  const diff: Record<string, unknown> = {}
  for (const key of Object.keys(settings) as (keyof Settings)[]) {
    if (JSON.stringify(settings[key]) !== JSON.stringify(base[key])) diff[key] = settings[key]
  }
  if (!Object.keys(diff).length) return ''
  const bytes = new TextEncoder().encode(JSON.stringify(diff))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return '#s=' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Settings from a hash made by `encodeSettings`; `base` for a missing or unreadable one. */
export const decodeSettings = (hash: string, base: Settings): Settings => {
  const match = /^#s=([A-Za-z0-9_-]+)$/.exec(hash)
  if (!match) return base
  try {
    const binary = atob(match[1]!.replace(/-/g, '+').replace(/_/g, '/'))
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
    return cleanSettings(JSON.parse(json), base)
  } catch {
    return base
  }
}
