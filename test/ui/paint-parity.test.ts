// The script tag's first paint (ui/paint.ts) makes the markup of Preact's `Widget` (ui/widget.tsx)
// with plain DOM calls, so that the full widget, when it loads, takes over the painted nodes
// without a flash. That only holds while both make the very same markup: these tests render
// both from one model and compare them character for character, then let Preact render into
// the painted container and check that it kept the nodes it found.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { h, options, render } from 'preact'
import type { Layout, Theme } from '../../src/types'
import type { ControlModel, WidgetCallbacks, WidgetModel } from '../../src/ui/model'
import { Widget } from '../../src/ui/widget'
import { paint } from '../../src/ui/paint'
import { en } from '../../src/i18n/en'
import ar from '../../src/i18n/ar'
import xIcon from '../../src/icons/x'
import whatsappIcon from '../../src/icons/whatsapp'

afterEach(() => {
  document.body.innerHTML = ''
})

// Vitest compiles JSX in development mode, which adds `__self` and `__source` props that
// Preact's classic `h` renders as attributes; the built files have none (see test/fuzz/fuzz.ts).
// They are dropped here, before Preact sees them, so the comparison is of what ships.
const before = options.vnode
beforeAll(() => {
  options.vnode = (vnode) => {
    const props = vnode.props as Record<string, unknown> | null
    if (props) delete props.__self, delete props.__source
    before?.(vnode)
  }
})
afterAll(() => {
  options.vnode = before
})

const callbacks: WidgetCallbacks = { onControl() {}, onCloseDialog() {}, onMastodon() {}, onPause() {} }

/**
 * Every kind of control the first paint draws: links and buttons, with an icon path, with a
 * glyph (the icon could not load), and with neither (still loading), in all three scopes.
 * The hrefs carry `&` and a quote so attribute escaping is compared too.
 */
const controlsFor = (locale: typeof en): ControlModel[] => [
  { id: 'whatsapp', name: 'WhatsApp', label: `${locale.shareOn.replace('{0}', 'WhatsApp')} ${locale.newTab}`, scope: 'private', href: 'https://wa.me/?text=Field%20Lantern&utm=%22a%22', icon: whatsappIcon },
  { id: 'telegram', name: 'Telegram', label: `${locale.shareOn.replace('{0}', 'Telegram')} ${locale.newTab}`, scope: 'private', href: 'https://t.me/share/url?url=https%3A%2F%2Fshop.example&text="quoted" <b>', glyph: true },
  { id: 'copy', name: locale.names?.copy ?? 'Copy link', label: locale.names?.copy ?? 'Copy link', scope: 'private', icon: 'M1 1h22v22H1z' },
  { id: 'wechat', name: 'WeChat', label: locale.shareOn.replace('{0}', 'WeChat'), scope: 'group', glyph: true },
  { id: 'mastodon', name: 'Mastodon', label: locale.shareOn.replace('{0}', 'Mastodon'), scope: 'public' },
  { id: 'x', name: 'X', label: `${locale.shareOn.replace('{0}', 'X')} ${locale.newTab}`, scope: 'public', href: 'https://x.com/intent/post?text=A&url=B', icon: xIcon },
  { id: 'reddit', name: 'Reddit', label: `${locale.shareOn.replace('{0}', 'Reddit')} ${locale.newTab}`, scope: 'public', href: 'https://www.reddit.com/submit?url=C' },
]

type Model = Omit<WidgetModel, 'card' | 'wechat' | 'mastodon'>

const model = (over: Partial<Model> = {}): Model => ({
  locale: en, layout: 'labels', theme: 'light', group: false, controls: controlsFor(en), status: '', ...over,
})

const box = () => document.body.appendChild(document.createElement('div'))

/** The markup of each: Preact's Widget, and the first paint. */
const both = (m: Model) => {
  const preact = box()
  render(h(Widget, { ...m, ...callbacks }), preact)
  const painted = box()
  paint(painted, m)
  return { preact: preact.innerHTML, painted: painted.innerHTML }
}

describe('paint() makes the markup Preact renders for Widget', () => {
  const layouts: Layout[] = ['labels', 'icons', 'pills']
  const themes: Theme[] = ['light', 'dark', 'auto']
  const cases = layouts.flatMap((layout) => themes.flatMap((theme) => [false, true].flatMap((group) =>
    [en, ar].map((locale) => ({ layout, theme, group, locale })))))

  it.each(cases)('$layout, $theme, group $group, $locale.tag', ({ layout, theme, group, locale }) => {
    const { preact, painted } = both(model({ layout, theme, group, locale, controls: controlsFor(locale) }))
    expect(painted).toBe(preact)
    // Not two empty strings: the markup holds the widget, its lists and every control.
    expect(painted).toContain(`class="w ${layout} ${theme[0]}"`)
    expect(painted).toContain(`dir="${locale === ar ? 'rtl' : 'ltr'}"`)
    expect(painted.match(/data-channel=/g)).toHaveLength(7)
    expect(painted.match(/<ul/g)).toHaveLength(group ? 3 : 1)
  })

  it('with a status text in the live region', () => {
    const { preact, painted } = both(model({ status: en.copied }))
    expect(painted).toBe(preact)
    expect(painted).toContain(`<p class="st" role="status">${en.copied}</p>`)
  })

  it('with a status text, grouped, right to left', () => {
    const { preact, painted } = both(model({ status: ar.copied, group: true, locale: ar, controls: controlsFor(ar) }))
    expect(painted).toBe(preact)
    expect(painted).toContain(ar.copied)
  })

  it('when grouping leaves a scope empty (no heading, no list for it)', () => {
    const onlyPublic = controlsFor(en).filter((c) => c.scope !== 'group')
    const { preact, painted } = both(model({ group: true, controls: onlyPublic }))
    expect(painted).toBe(preact)
    expect(painted).not.toContain(en.scopes.group)
    expect(painted.match(/<ul/g)).toHaveLength(2)
  })

  it('with one control of each kind alone: link or button, with a path, a glyph or neither', () => {
    for (const control of controlsFor(en)) {
      const { preact, painted } = both(model({ controls: [control] }))
      expect(painted, control.id).toBe(preact)
      expect(painted, control.id).toContain(control.href ? '<a ' : '<button ')
      expect(painted.includes('<path '), control.id).toBe(!!control.icon)
      expect(painted.includes('<text '), control.id).toBe(!control.icon && !!control.glyph)
    }
  })

  it('draws a glyph from the first letter of a name that starts outside the BMP', () => {
    // `[...name][0]` takes a whole code point: both must, or Preact would rewrite the text node.
    const control: ControlModel = { id: 'line', name: '𝓛ine', label: 'Share on 𝓛ine', scope: 'private', glyph: true }
    const { preact, painted } = both(model({ controls: [control] }))
    expect(painted).toBe(preact)
    expect(painted).toContain('>𝓛</text>')
  })
})

describe('Preact takes over the painted nodes', () => {
  it('keeps the same <a>, <button> and live-region nodes and updates a changed href', () => {
    const container = box()
    const plain = model({ group: true })
    paint(container, plain)
    const before = [...container.querySelectorAll('[data-channel], ul, p, svg')]
    const x = container.querySelector<HTMLAnchorElement>('a[data-channel="x"]')!
    const wechat = container.querySelector<HTMLButtonElement>('button[data-channel="wechat"]')!
    const status = container.querySelector('[role="status"]')!
    expect(x.getAttribute('href')).toBe('https://x.com/intent/post?text=A&url=B')

    // The full widget's first render: the same controls, the X link now with priced copy.
    const priced = plain.controls.map((c) => c.id === 'x' ? { ...c, href: 'https://x.com/intent/post?text=Field%20Lantern%20%E2%80%93%20-18%25&url=B' } : c)
    render(h(Widget, { ...plain, controls: priced, status: 'Link copied', ...callbacks }), container)

    const after = [...container.querySelectorAll('[data-channel], ul, p, svg')]
    expect(after).toHaveLength(before.length)
    after.forEach((node, i) => expect(node, `node ${i} (${node.localName})`).toBe(before[i]))
    expect(container.querySelector('a[data-channel="x"]')).toBe(x)
    expect(container.querySelector('button[data-channel="wechat"]')).toBe(wechat)
    expect(container.querySelector('[role="status"]')).toBe(status)
    expect(x.getAttribute('href')).toBe('https://x.com/intent/post?text=Field%20Lantern%20%E2%80%93%20-18%25&url=B')
    expect(status.textContent).toBe('Link copied')
    // Nothing was left behind or added: the container holds exactly what Preact would render afresh.
    const fresh = box()
    render(h(Widget, { ...plain, controls: priced, status: 'Link copied', ...callbacks }), fresh)
    expect(container.innerHTML).toBe(fresh.innerHTML)
  })

  it('then serves clicks through its own handlers on the nodes it took over', () => {
    const container = box()
    paint(container, model())
    const copy = container.querySelector<HTMLButtonElement>('button[data-channel="copy"]')!
    const clicked: string[] = []
    render(h(Widget, { ...model(), ...callbacks, onControl: (id) => clicked.push(id) }), container)
    expect(container.querySelector('button[data-channel="copy"]')).toBe(copy)
    copy.click()
    expect(clicked).toEqual(['copy'])
  })

  it('keeps the nodes of a right-to-left, icons-only widget too', () => {
    const container = box()
    const m = model({ locale: ar, controls: controlsFor(ar), layout: 'icons', theme: 'dark' })
    paint(container, m)
    const links = [...container.querySelectorAll('a, button')]
    render(h(Widget, { ...m, ...callbacks }), container)
    expect(container.querySelectorAll('a, button')).toHaveLength(7)
    links.forEach((node, i) => expect(container.querySelectorAll('a, button')[i]).toBe(node))
  })
})

describe('paint() again, before the full widget arrives', () => {
  it('keeps the live region node, so the words it then holds are announced', () => {
    // Stage 1 paints again at each draw (an icon arriving, a share id renewed, the status
    // changing). A screen reader speaks a change inside a live region it already knows, not
    // the words of a region inserted with them: the region must stay the same node, as it does
    // when Preact renders the status change.
    const rendered = box()
    render(h(Widget, { ...model(), ...callbacks }), rendered)
    const kept = rendered.querySelector('[role="status"]')
    render(h(Widget, { ...model({ status: en.copied }), ...callbacks }), rendered)
    expect(rendered.querySelector('[role="status"]')).toBe(kept)

    const container = box()
    paint(container, model())
    const region = container.querySelector('[role="status"]')!
    paint(container, model({ status: en.copied }))
    expect(container.querySelector('[role="status"]')!.textContent).toBe(en.copied)
    expect(container.querySelector('[role="status"]')).toBe(region)
  })
})
