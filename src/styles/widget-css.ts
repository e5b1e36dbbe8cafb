/**
 * The widget's styles, adopted by every shadow root (no inline style attributes, so a page
 * with a strict `style-src` CSP works). Theme through custom properties on the target:
 * `--sc-size` (control height, 40px), `--sc-radius` (8px), `--sc-gap` (8px),
 * `--sc-bg` / `--sc-fg` (neutral controls), `--sc-focus` (focus ring), `--sc-font`.
 * Brand colours arrive as `--b` (background) and `--f` (text on it) per `[data-channel]`.
 */
export const widgetCss = `
:host{display:block;min-height:var(--sc-size,40px);color-scheme:light dark}
*{box-sizing:border-box}
.w{--s:var(--sc-size,40px);--r:var(--sc-radius,8px);--g:var(--sc-gap,8px);--n:var(--sc-bg,#f1f3f4);--t:var(--sc-fg,#1f2328);--o:var(--sc-focus,#0b57d0);font:400 15px/1.2 var(--sc-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--t);text-align:start;letter-spacing:normal}
.w.dk{--n:var(--sc-bg,#2d2f33);--t:var(--sc-fg,#f1f3f4);--o:var(--sc-focus,#a8c7fa)}
@media (prefers-color-scheme:dark){.w.au{--n:var(--sc-bg,#2d2f33);--t:var(--sc-fg,#f1f3f4);--o:var(--sc-focus,#a8c7fa)}}
.l{display:flex;flex-wrap:wrap;gap:var(--g);margin:0;padding:0;list-style:none;align-items:center}
.h{margin:var(--g) 0 4px;font-size:13px;font-weight:600;opacity:.85}
.c{display:inline-flex;align-items:center;justify-content:center;gap:6px;height:var(--s);min-width:var(--s);margin:0;padding:0 12px;border:0;border-radius:var(--r);background:var(--n);color:var(--t);font:inherit;font-weight:600;text-decoration:none;cursor:pointer;white-space:nowrap;transition:filter .15s,transform .15s}
.c:hover{filter:brightness(.93)}
.c:active{transform:scale(.96)}
.c:focus-visible{outline:3px solid var(--o);outline-offset:2px}
.c svg{width:calc(var(--s)*.5);height:calc(var(--s)*.5);flex:none;fill:currentColor}
.labels .c svg{color:var(--b)}
.dk .labels .c svg,.c svg.m{color:inherit}
@media (prefers-color-scheme:dark){.au .labels .c svg{color:inherit}}
.icons .c{padding:0;width:var(--s);background:var(--b);color:var(--f)}
.pills .c{border-radius:calc(var(--s)/2);background:var(--b);color:var(--f)}
.icons .x,.v{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.st:empty{display:none}
.st{margin:6px 0 0;font-size:13px}
.f{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin-top:var(--g)}
.f input{height:var(--s);padding:0 10px;border:1px solid #767676;border-radius:var(--r);font:inherit;color:var(--t);background:transparent;min-width:12em}
.f input:focus-visible{outline:3px solid var(--o);outline-offset:1px}
dialog{border:0;border-radius:12px;padding:20px;max-width:min(92vw,340px);background:#fff;color:#1f2328;text-align:center;font:inherit}
dialog::backdrop{background:rgba(0,0,0,.5)}
dialog h2{margin:0 0 12px;font-size:18px}
dialog p{margin:12px 0;font-size:14px}
dialog svg{display:block;width:220px;height:220px;margin:0 auto;background:#fff}
dialog .c{margin-top:4px}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
@media (forced-colors:active){.c{border:1px solid ButtonText}.c svg{fill:ButtonText}}
`
