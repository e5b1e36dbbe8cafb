/** How long "Link copied" stays: long enough to read, short enough that a second copy is announced again. */
const statusMs = 4000

/**
 * The widget's live region: `say(text)` empties it first, so the same words twice are
 * announced twice, then shows the text for a while. Only the last words count: what an earlier
 * `say` still had due (its words, its end) is dropped, and so is everything at `clear()`
 * (another product came: nothing is said about the one the widget left).
 */
export const createStatus = (later: (fn: () => void, ms?: number) => void, draw: () => void) => {
  let text = ''
  /** Bumped by every `say` and `clear`: a step due for an earlier one is stale. */
  let turn = 0
  const set = (next: string) => { text = next; draw() }
  return {
    text: () => text,
    say(words: string) {
      const mine = ++turn
      set('')
      later(() => { if (mine == turn) set(words), later(() => mine == turn && set(''), statusMs) }, 50)
    },
    clear() {
      turn++
      text = ''
    },
  }
}
