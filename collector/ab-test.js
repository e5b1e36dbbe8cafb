// @ts-check
/**
 * Does one copy variant get shared by more people than another, or is it chance? The unit is
 * the widget view (one page view of one widget): a variant's share rate is the views that
 * shared at least once over its views, so a visitor who shares four times counts once, as a
 * visitor who shares once does. Two variants are compared with the two-proportion z-test
 * (pooled standard error) and a 95% confidence interval on the difference of their rates
 * (unpooled, Wald). With more than two, the leader is compared with the runner-up at
 * alpha / (k - 1), Bonferroni's correction for the k - 1 comparisons with the leader.
 *
 * No verdict below the minimum sample (`minViews` views per variant, and at least
 * `minCount` views that shared and `minCount` that did not: below that the normal
 * approximation does not hold and one visitor swings the rate).
 */

/** The fewest views per variant before a verdict. */
export const minViews = 100
/** The fewest views that shared, and that did not, per variant (the normal approximation's rule of thumb). */
export const minCount = 10
/** The significance level, and 1 - the confidence of the interval. */
export const alpha = 0.05

/** What every verdict says about reading it. */
export const caveat =
  'Decide how many views each variant needs before the test starts and read the verdict once they are reached. ' +
  'Looking again and again and stopping at the first significant answer names a winner by chance far more often than 5% of the time.'

/**
 * erfc(x), the complementary error function, by a Chebyshev fit (fractional error below
 * 1.2e-7 everywhere): enough for p-values printed to three places.
 * @param {number} x
 */
const erfc = (x) => {
  const z = Math.abs(x)
  const t = 1 / (1 + z / 2)
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
  return x >= 0 ? r : 2 - r
}

/** P(|Z| ≥ |z|) for a standard normal Z. @param {number} z */
export const twoSidedP = (z) => erfc(Math.abs(z) / Math.SQRT2)

/**
 * The z for a two-sided confidence of 1 - a, by bisection on `twoSidedP` (1.96 for 0.05).
 * @param {number} a
 */
const zFor = (a) => {
  let lo = 0
  let hi = 10
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (twoSidedP(mid) > a) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

/** @param {number} n @param {string} noun */
const plural = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`

/** @typedef {{ name: string, views: number, shared: number }} Arm */
/**
 * @typedef {object} Verdict
 * @property {boolean} enough whether the sample allows a verdict
 * @property {string} [reason] why not, in words
 * @property {string} [leader] the variant with the highest share rate
 * @property {string} [runnerUp] the one it is compared with
 * @property {number} [difference] leader's rate minus runner-up's
 * @property {[number, number]} [interval] the confidence interval of the difference
 * @property {number} [z]
 * @property {number} [p] the probability of a difference at least this large if the copy made none
 * @property {number} [level] the significance level the p-value is held to (alpha, corrected)
 * @property {string | null} [winner] the leader when p < level, else null
 * @property {string} caveat
 */

/**
 * @example compareShareRates([{ name: 'a', views: 100, shared: 20 }, { name: 'b', views: 100, shared: 10 }])
 * @param {Arm[]} arms
 * @returns {Verdict}
 */
export const compareShareRates = (arms) => {
  if (arms.length < 2) return { enough: false, reason: 'An A/B test needs two variants or more.', caveat }
  for (const arm of arms) {
    if (arm.views < minViews) {
      return { enough: false, reason: `Variant "${arm.name}" has ${plural(arm.views, 'view')}; a verdict needs ${minViews} per variant.`, caveat }
    }
    const shared = Math.min(arm.shared, arm.views)
    if (shared < minCount || arm.views - shared < minCount) {
      return {
        enough: false,
        reason: `Variant "${arm.name}" has ${plural(shared, 'view')} that shared and ${arm.views - shared} that did not; a verdict needs ${minCount} of each.`,
        caveat,
      }
    }
  }
  const rated = arms
    .map((arm) => ({ ...arm, rate: Math.min(arm.shared, arm.views) / arm.views }))
    .sort((a, b) => b.rate - a.rate || (a.name < b.name ? -1 : 1))
  const [a, b] = /** @type {[typeof rated[0], typeof rated[0]]} */ (rated)
  const level = alpha / (arms.length - 1)
  const difference = a.rate - b.rate
  const pooled = (a.rate * a.views + b.rate * b.views) / (a.views + b.views)
  const z = difference / Math.sqrt(pooled * (1 - pooled) * (1 / a.views + 1 / b.views))
  const p = twoSidedP(z)
  const half = zFor(level) * Math.sqrt((a.rate * (1 - a.rate)) / a.views + (b.rate * (1 - b.rate)) / b.views)
  return {
    enough: true,
    leader: a.name,
    runnerUp: b.name,
    difference,
    interval: [difference - half, difference + half],
    z,
    p,
    level,
    winner: p < level && difference - half > 0 ? a.name : null,
    caveat,
  }
}
