import { h } from 'preact'
import type { Verdict } from '../../../collector/ab-test.js'
import { alpha, minCount, minViews } from '../../../collector/ab-test.js'

/** Orders and revenue per currency, as the collector's `/stats` gives them. */
export interface Sales {
  orders: number
  revenue: Record<string, number>
}

/** A channel's shares, landings and orders for one variant. */
export interface ChannelResult extends Sales {
  share_click: number
  share_landing: number
}

/**
 * One variant's row, its unit the widget view: views, views that shared at least once (one
 * visitor sharing four times is one), shares, landings, orders and revenue; the same per channel.
 */
export interface VariantResult extends Sales {
  name: string
  views: number
  viewsShared: number
  shares: number
  landings: number
  channels: [channel: string, result: ChannelResult][]
}

export interface ResultsProps {
  rows: VariantResult[]
  verdict: Verdict
  /** The simulation page for these settings (share, land, order in a second tab). */
  simulate: string
  /** When `/stats` last answered, or the error it gave. */
  updated?: Date
  error?: string
}

const percent = (n: number, of: number) => (of ? `${((Math.min(n, of) / of) * 100).toFixed(1)} %` : '–')
const money = (revenue: Record<string, number>) =>
  Object.entries(revenue).map(([currency, n]) => `${n.toFixed(2)} ${currency}`).join(' + ') || '–'

/** Share rate per variant (views that shared / views) as horizontal bars: a glance, the table holds the numbers. */
const Chart = ({ rows }: { rows: VariantResult[] }) => {
  const rates = rows.map((r) => (r.views ? Math.min(r.viewsShared, r.views) / r.views : 0))
  const top = Math.max(...rates, 0.01)
  const barHeight = 22
  return (
    <svg class="chart" viewBox={`0 0 320 ${rows.length * (barHeight + 8)}`} role="img"
      aria-label={`Views that shared: ${rows.map((r, i) => `${r.name} ${(rates[i]! * 100).toFixed(1)} %`).join(', ')}`}>
      {rows.map((r, i) => (
        <g transform={`translate(0 ${i * (barHeight + 8)})`}>
          <text x={0} y={barHeight - 6} class="chart-label">{r.name}</text>
          <rect x={48} y={0} width={Math.max(1, (rates[i]! / top) * 200)} height={barHeight} rx={4} class="chart-bar" />
          <text x={56 + Math.max(1, (rates[i]! / top) * 200)} y={barHeight - 6} class="chart-value">{(rates[i]! * 100).toFixed(1)} %</text>
        </g>
      ))}
    </svg>
  )
}

/** The verdict in words: no verdict below the minimum sample, a winner only past the test. */
const say = (v: Verdict) => {
  if (!v.enough) return `Too few to call. ${v.reason}`
  const [lo, hi] = v.interval!
  const range = `${(lo * 100).toFixed(1)} to ${(hi * 100).toFixed(1)} points`
  return v.winner
    ? `Variant ${v.winner} is shared by more of its viewers than ${v.runnerUp} (p = ${v.p!.toFixed(3)}; the difference is ${range}, 95 % confidence).`
    : `No difference yet that chance would not explain (p = ${v.p!.toFixed(2)}; ${v.leader} minus ${v.runnerUp}: ${range}); keep it running.`
}

/** Per variant: views, views that shared, shares, landings, orders and revenue; per channel; the test's verdict. */
export const Results = ({ rows, verdict, simulate, updated, error }: ResultsProps) => (
  <div class="results" aria-live="off">
    <table class="stats-table">
      <caption>Per variant, from the collector’s <a href="/stats">/stats</a> (your own previews are not counted)</caption>
      <thead><tr>
        <th scope="col">Variant</th><th scope="col">Views</th><th scope="col">Views that shared</th><th scope="col">Share rate</th>
        <th scope="col">Shares</th><th scope="col">Landings</th><th scope="col">Orders</th><th scope="col">Revenue</th>
      </tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr data-variant={r.name}>
            <th scope="row">{r.name}</th>
            <td data-stat="views">{r.views}</td>
            <td data-stat="views_shared">{r.viewsShared}</td>
            <td data-stat="share_rate">{percent(r.viewsShared, r.views)}</td>
            <td data-stat="share_click">{r.shares}</td>
            <td data-stat="share_landing">{r.landings}</td>
            <td data-stat="orders">{r.orders}</td>
            <td data-stat="revenue">{money(r.revenue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    {rows.length > 0 && <Chart rows={rows} />}
    <table class="stats-table by-channel">
      <caption>Per variant and channel: shares / landings / orders (revenue)</caption>
      <tbody>
        {rows.map((r) => (
          <tr data-variant={r.name}>
            <th scope="row">{r.name}</th>
            <td>{r.channels.length ? r.channels.map(([channel, c]) => (
              <span class="pill" data-channel={channel}>{channel} {c.share_click} / {c.share_landing} / {c.orders}{c.orders ? ` (${money(c.revenue)})` : ''}</span>
            )) : 'no shares yet'}</td>
          </tr>
        ))}
      </tbody>
    </table>
    <p class={`verdict ${verdict.winner ? 'win' : ''}`} data-enough={String(verdict.enough)}>{say(verdict)}</p>
    <p class="hint">The unit is the widget view: a variant’s share rate is the views in which someone shared at least once, over its views, so one visitor sharing four times counts once. The test: a two-proportion z-test at the {alpha * 100} % level, with a 95 % confidence interval on the difference (with more than two variants, the leader against the runner-up at {alpha * 100} % divided by the comparisons). No verdict until every variant has {minViews} views, {minCount} that shared and {minCount} that did not. {verdict.caveat}</p>
    <p class="row"><a class="button" href={simulate} target="_blank" rel="noopener">Simulate an order</a>
      <span class="hint">Opens a shop page in a new tab: share from it, open the shared link as the friend, buy. The order then shows here, credited to the variant and channel.</span></p>
    <p class="hint updated">{error ? `The collector did not answer: ${error}` : updated ? `Updated ${updated.toLocaleTimeString()}; refreshed every 2 s while this page is visible.` : 'Loading…'}</p>
  </div>
)
