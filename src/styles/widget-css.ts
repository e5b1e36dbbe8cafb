import { colors } from '../channels/colors'
import { brandColors } from './brand-colors'

/**
 * The widget's styles, adopted by every shadow root (no inline style attributes, so a page
 * with a strict `style-src` CSP works). Theme through custom properties on the target:
 * `--sc-size` (control height, 40px), `--sc-radius` (8px), `--sc-gap` (8px),
 * `--sc-bg` / `--sc-fg` (neutral controls), `--sc-focus` (focus ring), `--sc-font`.
 * Brand colours arrive as `--b` (background) and `--f` (text on it) per `[data-channel]`.
 * Dark colours apply with `theme: 'dark'` (`.d`), or `auto` (`.a`) under a dark scheme.
 * The card's rules are `cardCss`, adopted by widgets that show one.
 * One focus ring for everything focusable (controls, the pause button, the extras' field), in one
 * colour for every theme: `auto` follows the shopper's scheme, not the page's, so a dark widget
 * sits on a light page and a light one on a dark page. #4285f4 has 3.2:1 or more on white, on
 * #f1f3f4 and on dark pages (#202124: 4.5:1), where WCAG 1.4.11 asks 3:1.
 * Forced colours replace the brand backgrounds, so controls get a border there; Chromium keeps
 * an SVG's own `color`, so icons take the control's (system) text colour instead of the brand's.
 * `.w` starts from initial values, so the page's inherited text styles (letter-spacing,
 * text-transform, line-height, `* { all: unset }`) stop at the widget; visibility still
 * inherits, so a page can still hide a target.
 * Every element here is painted once per widget, two hundred times on a category page, often
 * while the shopper scrolls: round icons drop their hidden names (each control has its
 * `aria-label`), the empty status line is not positioned, and an icon does not clip its
 * overflow (it has none), so none of them is a clipped or positioned box of its own.
 */
const dark = '{--n:var(--sc-bg,#2d2f33);--t:var(--sc-fg,#f1f3f4)}'
/**
 * Black brand icons (X, Threads) would vanish on a dark control: there they take the text colour
 * (these rules come after `.labels svg`, which they override, in `dark` and in `auto` alike).
 */
const darkIcons = '{color:inherit}'

const base = `:host{display:block;min-height:var(--sc-size,40px)}
*{box-sizing:border-box}
.w{all:initial;display:block;position:relative;visibility:inherit;--s:var(--sc-size,40px);--r:var(--sc-radius,8px);--g:var(--sc-gap,8px);--n:var(--sc-bg,#f1f3f4);--t:var(--sc-fg,#1f2328);--o:var(--sc-focus,#4285f4);font:15px/1.2 var(--sc-font,system-ui,sans-serif);color:var(--t)}
.d${dark}
.labels svg{color:var(--b)}
@media (prefers-color-scheme:dark){.a${dark}.a svg${darkIcons}}
ul{display:flex;flex-wrap:wrap;gap:var(--g);margin:0;padding:0;list-style:none}
.h{display:table;margin:var(--g) 0 4px;padding:0 6px;border-radius:4px;background:var(--n);font-size:13px;font-weight:600}
.c{display:inline-flex;align-items:center;justify-content:center;gap:6px;height:var(--s);min-width:var(--s);margin:0;padding:0 12px;border:0;border-radius:var(--r);background:var(--n);color:var(--t);font:inherit;font-weight:600;text-decoration:none;cursor:pointer;white-space:nowrap}
.c:hover{filter:brightness(.9)}
:focus-visible{outline:3px solid var(--o);outline-offset:2px}
svg{width:calc(var(--s)/2);height:calc(var(--s)/2);flex:none;fill:currentColor;overflow:visible}
.icons .c{padding:0;width:var(--s)}
.icons .c,.pills .c{background:var(--b);color:var(--f)}
.pills .c{border-radius:calc(var(--s)/2)}
.d svg${darkIcons}
.icons .x{display:none}
.v{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.st:not(:empty){position:absolute;top:100%;inset-inline-start:0;z-index:1;margin:4px 0 0;padding:4px 10px;border-radius:6px;background:var(--t);color:var(--n);font-size:13px}
.st{margin:0}
@media (forced-colors:active){.c{border:1px solid ButtonText}.c svg{color:inherit}}`

/** The widget's stylesheet: the rules above and one brand-colour rule per channel. */
export const widgetCss = (): string => {
  let css = base
  for (const [id, color] of Object.entries(colors)) {
    const [background, text] = brandColors(color)
    css += `[data-channel=${id}]{--b:${background};--f:${text}}`
  }
  return css
}
