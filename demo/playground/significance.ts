/**
 * Is one copy variant shared more often than another, or is it chance? Pearson's chi-square
 * test of independence on share clicks per widget view (for two variants it is the
 * two-proportion z-test, squared). The table has a row per variant: views with a click and
 * views without; since one view can bring several clicks, clicks are capped at views.
 */

/** A variant's counts, from the collector's `/stats`. */
export interface Arm {
  name: string
  views: number
  clicks: number
}

export interface Verdict {
  /** Enough data for the test to mean something (see `enough`). */
  enough: boolean
  /** Why not, in words, when not. */
  reason?: string
  chi2?: number
  df?: number
  /** Probability of a difference at least this large if the copy made none. */
  p?: number
  /** The variant with the highest click rate, when p < 0.05. */
  winner?: string
}

/** The fewest views per variant before a verdict: below it one visitor's clicks swing the rate. */
export const minViews = 100
/** The smallest expected count in any cell for the chi-square approximation to hold (Cochran's rule). */
export const minExpected = 5
/** The significance level. */
export const alpha = 0.05

/** ln Γ(z), Lanczos approximation (g = 7, 9 terms), accurate to about 15 digits for z > 0. */
const lanczos = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7]
const lnGamma = (z: number): number => {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z)
  z -= 1
  let x = lanczos[0]!
  for (let i = 1; i < 9; i++) x += lanczos[i]! / (z + i)
  const t = z + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(x)
}

/** The regularised upper incomplete gamma function Q(a, x): a series below a + 1, else a continued fraction. */
const gammaQ = (a: number, x: number): number => {
  if (x <= 0) return 1
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a))
  if (x < a + 1) {
    let term = 1 / a
    let sum = term
    for (let n = 1; n < 500 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) sum += (term *= x / (a + n))
    return Math.max(0, 1 - sum * front)
  }
  const tiny = 1e-300
  let b = x + 1 - a
  let c = 1 / tiny
  let d = 1 / b
  let h = d
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < tiny) d = tiny
    c = b + an / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const step = d * c
    h *= step
    if (Math.abs(step - 1) < 1e-15) break
  }
  return Math.min(1, front * h)
}

/** P(χ² ≥ x) with `df` degrees of freedom. */
export const chiSquareP = (x: number, df: number): number => gammaQ(df / 2, x / 2)

/** The verdict for two or more variants. */
export const compareVariants = (arms: Arm[]): Verdict => {
  if (arms.length < 2) return { enough: false, reason: 'Define at least two variants.' }
  const rows = arms.map(({ views, clicks }) => [Math.min(clicks, views), Math.max(views - clicks, 0)] as const)
  const few = arms.filter((arm) => arm.views < minViews)
  if (few.length) return { enough: false, reason: `Too few to call: every variant needs ${minViews} views (${few.map((a) => `${a.name} has ${a.views}`).join(', ')}).` }
  const total = rows.reduce((n, [a, b]) => n + a + b, 0)
  const cols = [rows.reduce((n, [a]) => n + a, 0), rows.reduce((n, [, b]) => n + b, 0)]
  let chi2 = 0
  let smallest = Infinity
  rows.forEach((row) => {
    const rowTotal = row[0] + row[1]
    row.forEach((observed, j) => {
      const expected = (rowTotal * cols[j]!) / total
      smallest = Math.min(smallest, expected)
      if (expected > 0) chi2 += (observed - expected) ** 2 / expected
    })
  })
  if (smallest < minExpected) return { enough: false, reason: `Too few to call: too few clicks (or views without one) for the test; each needs to be expected at least ${minExpected} times per variant.` }
  const df = arms.length - 1
  const p = chiSquareP(chi2, df)
  const rate = (arm: Arm) => Math.min(arm.clicks, arm.views) / arm.views
  const best = arms.reduce((a, b) => (rate(b) > rate(a) ? b : a))
  return { enough: true, chi2, df, p, winner: p < alpha ? best.name : undefined }
}
