// A product page of a React app with sharecue/react: rendered to a string in Node by the test
// and, bundled with client.js, rendered or hydrated in Chromium. `sharecue/react` resolves to
// the built dist/react.mjs through the package's own exports.
import { createElement as h } from 'react'
import { ShareButtons } from 'sharecue/react'

/** The page: a heading, the share buttons (in `#slot`) and a paragraph below them that must not move. */
export const ProductPage = ({ share, handle, show = true }) => h('main', null,
  h('h1', null, share.product?.title ?? 'A product'),
  h('div', { id: 'slot' }, show && h(ShareButtons, { ...share, ref: handle })),
  h('p', { id: 'below' }, 'Free returns within 30 days. Ships in two working days.'))
