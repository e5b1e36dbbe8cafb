/**
 * A stable text for a set of options, so that a parent re-rendering with equal props (a new
 * array or object literal with the same contents) does not call `update()`: object keys are
 * sorted, dates become ISO text (their `toJSON` runs first), `undefined` is left out as
 * `update()` leaves it out. Non-finite numbers keep their name instead of JSON's `null`.
 */
export const optionsKey = (options: object): string =>
  JSON.stringify(options, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) return `#${value}`
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key]
    return sorted
  })
