// Random and malicious pages through the real `mount`: attributes on the target, JSON-LD, Open
// Graph, the document. Nothing throws, nothing outside the widget's vocabulary appears in its
// shadow root, no URL other than the contract's reaches an href or src, every warning is coded.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { testEnv, mount } from '../env'
import { arb, badWarnings, inspect, params, settle, watchConsole, writeHead, type PageInput } from './fuzz'

afterEach(() => {
  document.body.replaceChildren()
  document.head.replaceChildren()
})

/** Mounts a widget on a page built from `input`, as the script tag would (attributes, no options). */
const mountPage = async (input: PageInput, mobile: boolean, options = {}) => {
  writeHead(document, input)
  const target = document.body.appendChild(document.createElement('div'))
  for (const [key, value] of Object.entries(input.attributes)) target.setAttribute(arb.attributeName(key), value)
  const { env, warnings } = testEnv({ mobile: () => mobile, open: () => {} })
  const widget = mount(target, options, env)
  await settle()
  return { target, widget, warnings, root: target.shadowRoot! }
}

describe('mount, fuzzed', () => {
  it('renders any page safely: only its own elements, only contract URLs, only coded warnings', async () => {
    await fc.assert(fc.asyncProperty(arb.page(), fc.boolean(), async (input, mobile) => {
      const logged = watchConsole()
      const { target, widget, warnings, root } = await mountPage(input, mobile)
      expect(root).not.toBeNull()
      expect(inspect(root)).toEqual([])
      // Every control the page shows is a channel it asked for (or the locale's set).
      for (const control of root.querySelectorAll('[data-channel]')) expect(arb.CHANNEL_IDS).toContain(control.getAttribute('data-channel'))
      expect(badWarnings(warnings)).toEqual([])
      expect(logged()).toEqual([])
      widget.destroy()
      expect(root.querySelectorAll('[data-channel]')).toHaveLength(0)
      target.remove()
    }), params(200))
  }, 60_000)

  it('takes any options through mount() and update(), then destroys cleanly', async () => {
    const options = arb.attributes().map((attributes) => {
      // Options carry the same fields, some of them not as strings: arrays, numbers, objects.
      const out: Record<string, unknown> = { ...attributes }
      if (attributes.template !== undefined) out.templates = { default: attributes.template, x: attributes.templateX, __proto__: attributes.templateEmail }
      return out
    })
    const odd = fc.constantFrom<unknown>(null, 0, -1, NaN, Infinity, true, [], {}, ['x', 'copy'], Object.create(null), new Date(NaN), Symbol.iterator)
    const values = fc.dictionary(fc.constantFrom('channels', 'url', 'title', 'price', 'deadline', 'stock', 'card', 'locale', 'templates', 'layout', 'group', 'now', 'sold'), odd)
    await fc.assert(fc.asyncProperty(arb.page(), options, values, fc.boolean(), async (input, first, second, mobile) => {
      const logged = watchConsole()
      const { target, widget, warnings, root } = await mountPage({ ...input, attributes: {} }, mobile, first)
      expect(inspect(root)).toEqual([])
      widget.update(second as never)
      await settle()
      expect(inspect(root)).toEqual([])
      widget.destroy()
      widget.destroy()
      expect(badWarnings(warnings)).toEqual([])
      expect(logged()).toEqual([])
      target.remove()
    }), params(150))
  }, 60_000)

  it('keeps page-supplied text as text: a marker in every field shows up only as text, never as an element', async () => {
    const marker = '<img src=x onerror=alert(1) data-fuzz>'
    await fc.assert(fc.asyncProperty(arb.page(), async (input) => {
      const attributes = { ...input.attributes, title: marker + (input.attributes.title ?? ''), card: 'true', template: marker + '{title}' }
      const { widget, root } = await mountPage({ ...input, attributes }, false)
      expect(root.querySelector('[data-fuzz], [onerror]')).toBeNull()
      expect(inspect(root)).toEqual([])
      widget.destroy()
    }), params(60))
  }, 60_000)
})
