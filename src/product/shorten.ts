/** Longest value quoted in a warning, so a huge attribute cannot flood the console. */
const MAX = 80

/**
 * Any value as short text for a warning message: `String(value)`, cut at 80 characters
 * with `…`. Never throws, not even for objects without `toString` (`Object.create(null)`).
 */
export const shorten = (value: unknown, max = MAX): string => {
  let text: string
  try {
    text = String(value)
  } catch {
    text = Object.prototype.toString.call(value)
  }
  return text.length > max ? text.slice(0, max) + '…' : text
}
