import { h } from 'preact'

/** A 24×24 icon; an empty one of the same size while its path loads, so nothing moves. */
export const Icon = ({ path }: { path?: string }) => (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    {path && <path d={path} fill-rule="evenodd" />}
  </svg>
)
