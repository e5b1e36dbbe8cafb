/** Values a share-copy template may name, as display strings. */
export type CopyValues = Partial<Record<string, string>>

const placeholder = /\{(\w+)\}/g

/**
 * Fills `{name}` placeholders. A template that names a value the product does not have falls
 * back to `plain`, so copy never reads "Only {stock} left". Unknown names count as missing.
 * Example: `renderCopy('{title} – {price}', '{title}', { title: 'Trail shoe' })` → `'Trail shoe'`.
 */
export const renderCopy = (template: string, plain: string, values: CopyValues): string => {
  // Own values only: names every object inherits (`{constructor}`, or `{title}` on a page that
  // polluted Object.prototype) are missing data, not `function Object() {…}` or the pollution.
  const own: CopyValues = Object.assign(Object.create(null), values)
  const fill = (t: string): string | undefined => {
    let ok = true
    const out = t.replace(placeholder, (_, name: string) => own[name] ?? ((ok = false), ''))
    return ok ? out.trim() : undefined
  }
  return fill(template) ?? fill(plain) ?? values.title ?? ''
}
