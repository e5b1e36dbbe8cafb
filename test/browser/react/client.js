// The browser side of the React test app: `window.app` renders the page in StrictMode, changes
// its props, unmounts it, or hydrates server-rendered markup. What React reports as a
// recoverable error (a hydration mismatch among them) lands in `window.recoverable`.
import { StrictMode, createElement as h, createRef, useState } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { flushSync } from 'react-dom'
import { on } from 'sharecue'
import { ProductPage } from './product-page.js'

window.events = []
on('*', (event) => window.events.push(event))
window.recoverable = []
window.handle = createRef()
window.seenByProp = []

/** The page, with its props held in state so the test can change them as a parent would. */
const App = ({ initial }) => {
  const [state, set] = useState(initial)
  window.setState = (next) => flushSync(() => set(next))
  const share = { ...state.share, onEvent: (event) => window.seenByProp.push(event) }
  return h(ProductPage, { share, show: state.show, handle: window.handle })
}

const app = (initial) => h(StrictMode, null, h(App, { initial }))
const container = () => document.getElementById('root')
const onRecoverableError = (error) => window.recoverable.push(String(error?.message ?? error))

let root
window.app = {
  render(initial) {
    root = createRoot(container(), { onRecoverableError })
    flushSync(() => root.render(app(initial)))
  },
  hydrate(initial) {
    root = hydrateRoot(container(), app(initial), { onRecoverableError })
  },
  unmount() {
    root.unmount()
  },
}
window.dispatchEvent(new Event('app-ready'))
