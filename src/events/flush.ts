import { deliveryLoading } from './report'

/**
 * A promise that settles once queued events have been sent or have failed (it never rejects).
 *
 * @example
 * await ShareCue.flush() // before a navigation the page makes itself
 */
export const flush = (): Promise<void> => (deliveryLoading() ?? Promise.resolve(undefined)).then((delivery) => delivery?.flush())
