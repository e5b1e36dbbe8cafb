// The same from CommonJS (`module: node16` resolves `require` to dist/react.d.cts).
import { createElement } from 'react'
import { ShareButtons } from 'sharecue/react'

export const element = createElement(ShareButtons, { channels: ['line', 'copy'], product: { url: 'https://shop.example/p/1', price: undefined } })
