/** How long "Link copied" stays: long enough to read, short enough that a second copy is announced again. */
const statusMs = 4000

/**
 * The widget's live region: `say(text)` empties it first, so the same words twice are
 * announced twice, then shows the text for a while.
 */
export const createStatus = (later: (fn: () => void, ms?: number) => void, draw: () => void) => {
  let text = ''
  const set = (next: string) => { text = next; draw() }
  return {
    text: () => text,
    say(words: string) {
      set('')
      later(() => { set(words); later(() => set(''), statusMs) }, 50)
    },
    clear() { text = '' },
  }
}
