/**
 * The preview card's rules, beside the widget's stylesheet (widget-css.ts, whose custom
 * properties they use): adopted only by widgets that show a card, so the script tag's first
 * paint carries none of them.
 */
export const cardCss = `.card{display:flex;gap:12px;align-items:center;margin:0 0 var(--g);padding:12px;border-radius:calc(var(--r) + 4px);background:var(--n)}
.ci{width:88px;height:88px;flex:none;border-radius:var(--r);object-fit:cover;background:#fff}
.cb{min-width:0}
.cb p{margin:2px 0}
.ct{font-weight:700;overflow-wrap:anywhere}
.cp{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline;font-size:18px;font-weight:700}
.cp s{font-size:14px;font-weight:400;opacity:.8}
.cx{padding:1px 6px;border-radius:4px;background:#b3261e;color:#fff;font-size:13px}
.cd,.cs,.ce{font-size:13px}
.cd time{font-variant-numeric:tabular-nums;font-weight:700}
.cq{margin-inline-start:8px;padding:2px 8px;border:1px solid;border-radius:4px;background:none;color:inherit;font:inherit;font-size:12px;cursor:pointer}`
