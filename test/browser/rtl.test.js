// Right to left as an Arabic reader sees it: what is mirrored must not cover what is not.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const SCID = 'abcdefghijklmnopqrstu'

for (const [locale, dir] of [['ar', 'rtl'], ['en', 'ltr']]) {
  test(`ask prompt (${locale}, ${dir}) in a narrow column: the close button covers none of the question`, async () => {
    // A 200px column, as a product page's sidebar has.
    const html = productHtml({ channels: 'whatsapp,x,copy', attributes: `data-locale="${locale}" style="width:200px"` })
      .replace('<html lang="en">', `<html lang="${locale}" dir="${dir}">`)
    h.server.page(`/inline/prompt-${locale}.html`, html)
    const s = await h.open(`/inline/prompt-${locale}.html?scid=${SCID}&scask=1`)
    await waitForWidget(s.page, '#share', { session: s })
    await s.page.locator('#share [data-part=ask-prompt] [data-reply]').first().waitFor()
    const { close, lines } = await s.page.evaluate(() => {
      const root = document.getElementById('share').shadowRoot
      const box = ({ left, right, top, bottom }) => ({ left, right, top, bottom })
      const words = document.createRange()
      words.selectNodeContents(root.getElementById('sc-ap'))
      return { close: box(root.querySelector('.ax').getBoundingClientRect()), lines: [...words.getClientRects()].map(box) }
    })
    assert.ok(lines.length > 0)
    const covered = lines.filter((l) => l.left < close.right && l.right > close.left && l.top < close.bottom && l.bottom > close.top)
    assert.deepEqual(covered, [], `the close button ${JSON.stringify(close)} lies over the question's text`)
    s.assertNoPageErrors()
  })
}
