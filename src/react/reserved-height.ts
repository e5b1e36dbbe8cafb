import type { MountOptions } from 'sharecue'

/** A control's height: the widget's own default for `--sc-size`. */
const row = 'var(--sc-size, 40px)'
/** Heading of a scope group: `.h` has 13px text at line-height 1.2, `--sc-gap` above and 4px below. */
const heading = 'var(--sc-gap, 8px) + 15.6px + 4px'
/** The card: an 88px photo in 12px padding, then `--sc-gap` before the controls. */
const card = '112px + var(--sc-gap, 8px)'

/** `true`, `'true'`, `''` or `'1'`, as the widget reads a boolean option. */
const yes = (value: unknown) => value === true || value === '' || value === 'true' || value === '1'

/**
 * The height the host reserves before the widget draws (on the server, before hydration), so
 * that nothing below it moves when it arrives: one row of controls; with `group`, three headed
 * rows (the most scopes a widget shows); with `card`, the card above them. Controls that wrap
 * to more rows, or a card whose text is taller than its photo, need the page's own
 * `min-height` (the `style` prop wins over this one).
 */
export const reservedHeight = ({ card: withCard, group }: Pick<MountOptions, 'card' | 'group'>): string => {
  const rows = yes(group) ? `3 * (${row} + ${heading})` : row
  return yes(withCard) ? `calc(${rows} + ${card})` : yes(group) ? `calc(${rows})` : row
}
