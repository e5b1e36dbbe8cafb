/**
 * A promise that settles once queued events have been sent or have failed. Events reach
 * `on()` subscribers synchronously, so nothing is queued here yet.
 */
export const flush = (): Promise<void> => Promise.resolve()
