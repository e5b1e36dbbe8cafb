import { urlAlphabet } from 'nanoid'

/** Random bytes drawn 48 ids at a time: a page of 200 widgets makes 1,200 ids on load. */
let pool = new Uint8Array(0)
let used = 0

/**
 * A new id: 21 characters of `A-Za-z0-9_-` from the platform's secure random source, nanoid's
 * alphabet and length (contract §6: share ids; §7: event ids).
 */
export const shareId = (): string => {
  if (used + 21 > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(21 * 48))
    used = 0
  }
  let id = ''
  // 64 characters: six bits of each byte pick one, without bias.
  for (let i = 0; i < 21; i++) id += urlAlphabet[pool[used++]! & 63]
  return id
}
