// Sabotaged built-ins: a page whose Array.prototype.includes lies or throws (the widget uses
// indexOf, so it survives), and an Object.prototype polluted with keys the widget could read as
// its own. `href` and `dangerouslySetInnerHTML` it does not survive yet (Preact reads them as
// props): those run as todo tests, so that a fix shows.
import { test } from 'node:test'
import { useBrowser } from './harness.js'
import { pollute, script, shareThrough } from './pages/hostile-kit.js'

const h = useBrowser()

test('a page whose Array.prototype.includes always answers false: renders, links right, events arrive', async (t) => {
  const head = script(`Object.defineProperty(Array.prototype, 'includes', { value: function () { return false }, writable: true, configurable: true })`)
  const { s } = await shareThrough(h, t, { head })
  s.assertNoPageErrors()
})

test('a page whose Array.prototype.includes throws: renders, links right, events arrive', async (t) => {
  const head = script(`Array.prototype.includes = function () { throw new Error('includes is banned here') }`)
  const { s } = await shareThrough(h, t, { head })
  s.assertNoPageErrors()
})

// An inherited `image` is not taken for the product's; an inherited `href` turns the copy button
// into a link, and `dangerouslySetInnerHTML` reaches Preact's props (as it reaches any Preact or
// React app on such a page).
for (const key of ['image', 'href', 'dangerouslySetInnerHTML']) {
  // Preact reads every enumerable property of its props, inherited ones too.
  const todo = key === 'image' ? undefined : `Preact reads an inherited ${key} as a prop`
  test(`a polluted Object.prototype.${key} changes nothing`, { todo }, async (t) => {
    const value = key === 'dangerouslySetInnerHTML' ? { __html: '<b>evil</b>' } : 'javascript:alert("evil")'
    const { s } = await shareThrough(h, t, { head: pollute({ [key]: value }) })
    s.assertNoPageErrors()
  })
}

