const has = Object.prototype.hasOwnProperty

/**
 * An object's own property, never one inherited: a page that polluted `Object.prototype`
 * (`Object.prototype.url = …`) must not add a field to our records.
 *
 * @example own({ a: 1 }, 'a') // 1
 */
export const own = <T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined =>
  has.call(object, key) ? object[key] : undefined
