/** Reads a boolean option or attribute: `true`, `"true"`, `""` (a bare attribute) and `"1"` are true. */
export const toBool = (value: unknown): boolean | undefined =>
  value == null ? undefined : value === true || value === '' || value === 'true' || value === '1'
