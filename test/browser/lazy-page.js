// The product page of the tests of lazy parts that cannot load (lazy-failures.test.js,
// delivery-missing.test.js): a widget with a card, whose every channel has a lazy part.

/** Channels whose parts are lazy: two icons outside the first script, the WeChat dialog and QR code, the card image. */
export const CHANNELS = 'telegram,linkedin,whatsapp,x,copy,wechat,image'

/** The page, its script from `src`, in `locale`, sending events to `endpoint` (none: no delivery). */
export const pageWith = (src, { locale = 'de', endpoint = '/events' } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title>
<script src="${src}" async data-locale="${locale}"${endpoint ? ` data-endpoint="${endpoint}"` : ''}></script></head>
<body><main><h1>Field Lantern</h1>
<div id="share" data-sharecue data-url="https://shop.example/p/field-lantern" data-title="Field Lantern"
     data-price="39" data-currency="EUR" data-card="true" data-channels="${CHANNELS},whatsap"></div>
</main></body></html>`
