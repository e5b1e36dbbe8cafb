import { readJsonLd } from '../product/read-json-ld'
import { finding, type Finding } from './finding'

const example = 'Add <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"…","image":"https://…","offers":{"@type":"Offer","price":"19.99","priceCurrency":"EUR"}}</script> to the page.'

/**
 * Whether the page describes its product as a schema.org `Product` in JSON-LD, the source the
 * widget reads first after its own attributes (price, deadline, stock for the card), and what
 * search engines show as a rich result.
 *
 * @example checkJsonLd(document).level // 'ok' with a Product in JSON-LD
 */
export const checkJsonLd = (doc: Document): Finding => {
  const broken: string[] = []
  const product = readJsonLd(doc, (_code, error) => broken.push(String(error)))
  if (Object.keys(product).length) {
    const name = typeof product.title == 'string' ? ` "${product.title}"` : ''
    return finding('json-ld', 'ok', `The page describes its product${name} as a schema.org Product in JSON-LD.`)
  }
  if (broken.length) {
    return finding('json-ld', 'error', `A <script type="application/ld+json"> block is not valid JSON (${broken[0]}), and no block holds a Product: the widget and search engines read nothing from it.`,
      'Fix the JSON of that block (a validator such as https://validator.schema.org shows where it breaks).')
  }
  return finding('json-ld', 'warning',
    'The page has no schema.org Product in JSON-LD, so the widget takes the product from Open Graph tags and the document alone: no deadline or stock for the card, and search engines show no product result.', example)
}
