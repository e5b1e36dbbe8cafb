import { h } from 'preact'

/**
 * A 24×24 icon; an empty one of the same size while its path loads, so nothing moves; the first
 * letter of the channel's name where the path could not load, so no control is ever blank.
 */
export const Icon = ({ path, glyph }: { path?: string; glyph?: string }) => (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    {path ? <path d={path} fill-rule="evenodd" /> : glyph && <text x="12" y="17" text-anchor="middle" font-size="15" font-weight="700" fill="currentColor">{[...glyph][0]}</text>}
  </svg>
)
