import fc from 'fast-check'
import { vi } from 'vitest'
import { errors } from '../../src/lib/errors'
// @ts-expect-error -- plain JavaScript, shared with the Chromium sample
import * as arbitraries from './arbitraries.js'
// @ts-expect-error -- plain JavaScript, run inside Chromium too
import { inspectWidget, CODED_WARNING } from './inspect-widget.js'
// @ts-expect-error -- plain JavaScript with JSDoc: the contract's tables
import { ENDPOINTS } from '../browser/contract.js'

/** One page's input, as `arbitraries.page()` makes it. */
export interface PageInput {
  attributes: Record<string, string>
  jsonLd: string[]
  openGraph: [string, string][]
  documentTitle: string
  canonical?: string
}

export const arb = arbitraries as {
  page(): fc.Arbitrary<PageInput>
  attributes(): fc.Arbitrary<Record<string, string>>
  jsonLd(): fc.Arbitrary<string>
  openGraph(): fc.Arbitrary<[string, string][]>
  url(): fc.Arbitrary<string>
  text(): fc.Arbitrary<string>
  template(): fc.Arbitrary<string>
  channels(): fc.Arbitrary<string>
  attributeName(key: string): string
  CHANNEL_IDS: string[]
}

/**
 * `inspectWidget` on a shadow root in happy-dom. Vitest compiles JSX in development mode, which
 * adds `__self` and `__source` props that Preact's classic `h` renders as attributes; the built
 * files have none (the Chromium sample checks them without this exception).
 */
export const inspect = (root: ShadowRoot): string[] =>
  (inspectWidget(root, ENDPOINTS) as string[]).filter((problem) => !/ __(self|source)> is not/.test(problem))

/**
 * One fixed seed, so a failure is reproducible from its log line (fast-check prints the seed
 * and the path of the shrunk case); `FUZZ_SEED=random` explores anew.
 */
const seed = process.env.FUZZ_SEED === 'random' ? Date.now() ^ (Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20260601)
export const params = (numRuns: number): fc.Parameters<unknown> => ({ seed, numRuns, endOnFailure: false })

/** Problems with the warnings a run printed: each one coded, with a code of the table. */
export const badWarnings = (warnings: string[]): string[] =>
  warnings.filter((line) => !CODED_WARNING.test(line) || !(line.slice(11, 16) in errors))

/** Builds the page's head from one input: JSON-LD blocks, Open Graph tags, canonical link and title. */
export const writeHead = (doc: Document, input: PageInput): void => {
  doc.head.replaceChildren()
  for (const text of input.jsonLd) {
    const script = doc.createElement('script')
    script.type = 'application/ld+json'
    script.textContent = text
    doc.head.append(script)
  }
  for (const [property, content] of input.openGraph) {
    const meta = doc.createElement('meta')
    meta.setAttribute(property.startsWith('og:') || property.startsWith('product:') ? 'property' : 'name', property)
    meta.setAttribute('content', content)
    doc.head.append(meta)
  }
  if (input.canonical !== undefined) {
    const link = doc.createElement('link')
    link.rel = 'canonical'
    link.setAttribute('href', input.canonical)
    doc.head.append(link)
  }
  doc.title = input.documentTitle
}

/** Lets lazily loaded parts (icons, locales, warning texts) arrive and the widget redraw. */
export const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done, 0))
}

/** Fails on anything the page's console received outside the widget's own warning channel. */
export const watchConsole = () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  return () => [...error.mock.calls, ...warn.mock.calls].map((args) => args.map(String).join(' '))
}
