/**
 * A lazily loaded module per key, loaded once per page: `get(key)` is its value once it has
 * arrived, `load(key)` starts loading it (or returns the load under way). A failed load is
 * forgotten, so a later call may succeed (a flaky network).
 */
export const loadOnce = <T>(load: (key: string) => Promise<T>, preset: [string, T][] = []) => {
  const done = new Map(preset)
  const pending = new Map<string, Promise<T>>()
  return {
    get: (key: string) => done.get(key),
    load(key: string): Promise<T> {
      if (done.has(key)) return Promise.resolve(done.get(key)!)
      let promise = pending.get(key)
      if (!promise) {
        pending.set(key, (promise = load(key).then((value) => (done.set(key, value), value))))
        promise.catch(() => pending.delete(key))
      }
      return promise
    },
  }
}
