import type { h as H, VNode } from 'preact'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any element's vnode
type Node = VNode<any>
import type { Locale } from '../i18n/locale'
import type { MastodonModel, WechatModel, WidgetCallbacks } from './model'

/**
 * The parts only some shoppers open: the WeChat dialog and the Mastodon server field. They load
 * lazily, on the first click that needs them, and get Preact's `h` from the widget, so the
 * lazy file carries no second copy of Preact.
 */
export interface Extras {
  /** Their styles, adopted beside the widget's when they load. */
  css: string
  wechatDialog(wechat: WechatModel, locale: Locale, callbacks: WidgetCallbacks): Node
  mastodonForm(mastodon: MastodonModel, locale: Locale, callbacks: WidgetCallbacks): Node
}

/** Opens the native dialog modally once it is in the document: focus is trapped, Escape cancels. */
const showModal = (dialog: HTMLDialogElement | null) => {
  if (dialog && !dialog.open) dialog.showModal?.()
}

/** Focus moves into the field when it appears (a stable function, so only then). */
const focus = (input: HTMLInputElement | null) => input?.focus()

/** The whole link is selected when its field is focused, ready to copy by hand. */
const select = (event: Event) => (event.currentTarget as HTMLInputElement).select()

export const extras = (h: typeof H): Extras => ({
  // The error sits on the widget's own background, as the group headings do: with the default
  // theme (auto) the widget follows the shopper's colour scheme, the page around it may not.
  // The last rule: "Share" and "Close" are words, not channel icons, so the icons and pills
  // layouts' square, brand-coloured shape (which has no brand colour here) does not apply.
  css: `form{display:flex;flex-wrap:wrap;gap:6px;margin-top:var(--g);align-items:end}
input{height:var(--s);padding:0 10px;border:1px solid #767676;border-radius:var(--r);font:inherit;color:var(--t);background:var(--n)}
dialog{border:0;border-radius:12px;padding:20px;max-width:min(92vw,340px);background:#fff;color:#1f2328;text-align:center}
dialog::backdrop{background:#0008}
h2{margin:0 0 12px;font-size:18px}
dialog svg{display:block;width:220px;height:220px;margin:auto}
dialog form{justify-content:center}
.mi{flex-basis:100%;margin:0;padding:2px 6px;border-radius:4px;background:var(--n);font-size:13px}
dialog input{flex:1;min-width:0}
dialog [role=status]{flex-basis:100%;margin:0}
.w form .c{width:auto;padding:0 12px;background:var(--n);color:var(--t)}`,

  // WeChat has no web share URL: a QR code of the link to scan, or, inside WeChat, a hint to its
  // menu. A link no QR code can hold (or any link, where the QR code's part could not load) is
  // shown to copy, in a field that stays selectable where the clipboard refuses ("select the link
  // and copy it", and a copy from it by hand completes the share); what copying said is said
  // here, above the page.
  wechatDialog: ({ inApp, qr, link }, locale, { onCloseDialog }) =>
    h('dialog', { ref: showModal, 'aria-labelledby': 'sc-wt', onClose: onCloseDialog },
      h('h2', { id: 'sc-wt' }, locale.wechatTitle),
      inApp
        ? h('p', null, locale.wechatInApp)
        : link
          ? [
              h('p', { id: 'sc-wl' }, link.note),
              h('form', { onSubmit: (event: Event) => { event.preventDefault(); link.copy() } },
                h('input', { readOnly: true, value: link.url, 'aria-labelledby': 'sc-wl', onFocus: select, onCopy: link.copied }),
                h('button', { class: 'c', type: 'submit' }, link.name),
                h('p', { role: 'status' }, link.said)),
            ]
          : [
              h('svg', { role: 'img', 'aria-label': locale.wechatQr, viewBox: qr ? `-2 -2 ${qr.size + 4} ${qr.size + 4}` : '0 0 1 1' },
                qr && h('path', { d: qr.path, fill: '#000', 'shape-rendering': 'crispEdges' })),
              h('p', null, locale.wechatScan),
            ],
      h('form', { method: 'dialog' }, h('button', { class: 'c', type: 'submit', autofocus: true }, locale.close))),

  // Mastodon has no central share page: the shopper names their server, then shares there. Its
  // label stays written above the field, as a group heading is (the placeholder goes with the first letter).
  mastodonForm: ({ invalid }, locale, { onMastodon }) =>
    h('form', { onSubmit: onMastodon },
      h('label', null,
        h('span', { class: 'h' }, locale.mastodonServer),
        h('input', {
          name: 'host', type: 'text', inputMode: 'url', autocomplete: 'off', spellcheck: false, placeholder: 'mastodon.social',
          ref: focus, 'aria-invalid': invalid ? 'true' : undefined, 'aria-describedby': invalid ? 'sc-mi' : undefined,
        })),
      h('button', { class: 'c', type: 'submit' }, locale.mastodonGo),
      // An alert: focus stays in the field, so the error is spoken as it appears, not only when the field is focused again.
      invalid && h('p', { id: 'sc-mi', class: 'mi', role: 'alert' }, locale.mastodonInvalid)),
})
