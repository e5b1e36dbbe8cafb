import { h } from 'preact'
import type { Verdict } from '../significance'
import { alpha, minExpected, minViews } from '../significance'

/** Share counts as the collector's `/stats` gives them. */
export interface ShareCounts {
  share_click: number
  share_complete: number
  share_landing: number
}

/** One variant's row: its views, its share counts, and the same per channel. */
export interface VariantResult extends ShareCounts {
  name: string
  views: number
  channels: [channel: string, counts: ShareCounts][]
}

export interface ResultsProps {
  rows: VariantResult[]
  verdict: Verdict
  /** When `/stats` last answered, or the error it gave. */
  updated?: Date
  error?: string
}

const percent = (n: number, of: number) => (of ? `${((Math.min(n, of) / of) * 100).toFixed(1)} %` : '–')

/** Click rate per variant as horizontal bars: a glance, the table holds the numbers. */
const Chart = ({ rows }: { rows: VariantResult[] }) => {
  const rates = rows.map((r) => (r.views ? Math.min(r.share_click, r.views) / r.views : 0))
  const top = Math.max(...rates, 0.01)
  const barHeight = 22
  return (
    <svg class="chart" viewBox={`0 0 320 ${rows.length * (barHeight + 8)}`} role="img"
      aria-label={`Share clicks per view: ${rows.map((r, i) => `${r.name} ${(rates[i]! * 100).toFixed(1)} %`).join(', ')}`}>
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

/** Views, clicks, completed shares and landings per variant and channel, with the test's verdict. */
export const Results = ({ rows, verdict, updated, error }: ResultsProps) => (
  <div class="results" aria-live="off">
    <table class="stats-table">
      <caption>Per variant, from the collector’s <a href="/stats">/stats</a></caption>
      <thead><tr><th scope="col">Variant</th><th scope="col">Views</th><th scope="col">Share clicks</th><th scope="col">Completed</th><th scope="col">Landings</th><th scope="col">Clicks per view</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr data-variant={r.name}>
            <th scope="row">{r.name}</th>
            <td data-stat="views">{r.views}</td>
            <td data-stat="share_click">{r.share_click}</td>
            <td data-stat="share_complete">{r.share_complete}</td>
            <td data-stat="share_landing">{r.share_landing}</td>
            <td>{percent(r.share_click, r.views)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    {rows.length > 0 && <Chart rows={rows} />}
    <table class="stats-table by-channel">
      <caption>Per variant and channel: clicks / completed / landings</caption>
      <tbody>
        {rows.map((r) => (
          <tr data-variant={r.name}>
            <th scope="row">{r.name}</th>
            <td>{r.channels.length ? r.channels.map(([channel, c]) => (
              <span class="pill" data-channel={channel}>{channel} {c.share_click} / {c.share_complete} / {c.share_landing}</span>
            )) : 'no shares yet'}</td>
          </tr>
        ))}
      </tbody>
    </table>
    <p class={`verdict ${verdict.winner ? 'win' : ''}`} data-enough={String(verdict.enough)}>
      {!verdict.enough ? verdict.reason
        : verdict.winner ? `Variant ${verdict.winner} gets more share clicks per view (p = ${verdict.p!.toFixed(3)}).`
          : `No difference yet that chance would not explain (p = ${verdict.p!.toFixed(2)}); keep it running.`}
    </p>
    <p class="hint">The test: Pearson’s chi-square on views with and without a share click (for two variants the same as a two-proportion z-test), at the {alpha * 100} % level. No verdict until every variant has {minViews} views and every cell is expected at least {minExpected} times. Decide the sample size before you look: checking until it says “winner” finds winners that are not there.</p>
    <p class="hint updated">{error ? `The collector did not answer: ${error}` : updated ? `Updated ${updated.toLocaleTimeString()}; refreshed every 2 s while this page is visible.` : 'Loading…'}</p>
  </div>
)
