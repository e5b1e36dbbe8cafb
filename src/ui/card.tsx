import { h } from 'preact'
import type { Locale } from '../i18n/locale'
import type { CardModel } from '../card/card-model'


/** `Ends in {0}` around an element: the words before and after the placeholder. */
const around = (template: string, inner: preact.ComponentChild) => {
  const [before, after] = template.split('{0}')
  return [before, inner, after]
}

/**
 * A photo that does not load (a 404, hotlink protection, a page's `Cross-Origin-Embedder-Policy:
 * require-corp` refusing a CDN's photo without `Cross-Origin-Resource-Policy`) is taken out of the
 * card, not left as the browser's broken-image box. Keyed by its URL: a new photo gets a new element.
 */
const hide = (event: Event) => { (event.currentTarget as HTMLElement).hidden = true }

/**
 * The preview card (contract §5): photo, title, price, the original price and discount while
 * the offer runs, a countdown to a real deadline, real low stock. A part without data is absent;
 * after the deadline the card says so and shows no urgency at all.
 */
export const Card = ({ card, locale, onPause }: { card: CardModel; locale: Locale; onPause(): void }) => (
  <div class="card" data-part="card" data-state={card.ended ? 'ended' : undefined}>
    {card.image && <img key={card.image} class="ci" src={card.image} alt="" onError={hide} />}
    <div class="cb">
      <p class="ct">{card.title}</p>
      {card.price && (
        <p class="cp">
          <span data-part="price">{card.price}</span>
          {card.originalPrice && [<span class="v">{locale.originalPrice}</span>, <s data-part="original-price">{card.originalPrice}</s>]}
          {card.discount && <span class="cx" data-part="discount">{card.discount}</span>}
        </p>
      )}
      {card.ended
        ? <p class="ce">{locale.ended}</p>
        : card.deadline && (
          <p class="cd">
            {around(card.paused ? locale.ends : locale.endsIn, <time data-part="countdown" role="timer" aria-live="off" dateTime={card.deadline}>{card.time}</time>)}
            {card.ticking && <button class="cq" type="button" onClick={onPause}>{card.paused ? locale.resume : locale.pause}</button>}
          </p>
        )}
      {card.stock && <p class="cs" data-part="stock">{card.stock}</p>}
      {card.sold && <p class="cd" data-part="sold">{card.sold}</p>}
    </div>
  </div>
)
