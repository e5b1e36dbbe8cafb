// @ts-check
// The A/B verdict: share rate per widget view, two-proportion z-test, no verdict below the minimum sample.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { alpha, compareShareRates, minViews, twoSidedP } from '../../collector/ab-test.js'

test('the p-value of the standard normal matches its tables', () => {
  assert.ok(Math.abs(twoSidedP(1.959964) - 0.05) < 1e-6)
  assert.ok(Math.abs(twoSidedP(2.575829) - 0.01) < 1e-6)
  assert.ok(Math.abs(twoSidedP(0) - 1) < 1e-6)
  assert.ok(twoSidedP(-3) === twoSidedP(3))
})

test('counts people, not clicks: 10 views sharing 4 times each do not beat 20 sharing once', () => {
  // Variant a: 100 views, 20 of them shared once. Variant b: 100 views, 10 of them shared 4
  // times each (40 clicks). Counted by clicks b would "win"; by views that shared it cannot.
  const verdict = compareShareRates([{ name: 'a', views: 100, shared: 20 }, { name: 'b', views: 100, shared: 10 }])
  assert.equal(verdict.enough, true)
  assert.notEqual(verdict.winner, 'b')
  assert.equal(verdict.leader, 'a')
  assert.ok(Math.abs(/** @type {number} */ (verdict.difference) - 0.1) < 1e-12)
  // By hand: pooled 0.15, z = 0.1 / sqrt(0.15 * 0.85 * 0.02) = 1.980, p = 0.0477.
  assert.ok(Math.abs(/** @type {number} */ (verdict.z) - 1.98030) < 1e-4)
  assert.ok(Math.abs(/** @type {number} */ (verdict.p) - 0.04767) < 1e-4)
  const [lo, hi] = /** @type {[number, number]} */ (verdict.interval)
  // Wald: 0.1 ± 1.96 × sqrt(0.2 × 0.8 / 100 + 0.1 × 0.9 / 100) = 0.1 ± 0.098
  assert.ok(Math.abs(lo - 0.00200) < 1e-4 && Math.abs(hi - 0.19800) < 1e-4, `${lo} ${hi}`)
})

test('no verdict below the minimum sample, and it says why', () => {
  const few = compareShareRates([{ name: 'a', views: 3, shared: 3 }, { name: 'b', views: 3, shared: 1 }])
  assert.equal(few.enough, false)
  assert.equal(few.winner, undefined)
  assert.match(/** @type {string} */ (few.reason), new RegExp(`"a" has 3 views; a verdict needs ${minViews} per variant`))
  const rare = compareShareRates([{ name: 'a', views: 500, shared: 9 }, { name: 'b', views: 500, shared: 40 }])
  assert.equal(rare.enough, false)
  assert.match(/** @type {string} */ (rare.reason), /"a" has 9 views that shared and 491 that did not; a verdict needs 10 of each/)
  assert.match(few.caveat, /before the test starts/)
})

test('a clear difference is a winner; a small one is not', () => {
  const clear = compareShareRates([{ name: 'plain', views: 2000, shared: 100 }, { name: 'bold', views: 2000, shared: 160 }])
  assert.equal(clear.winner, 'bold')
  assert.ok(/** @type {number} */ (clear.p) < alpha)
  assert.ok(/** @type {[number, number]} */ (clear.interval)[0] > 0)
  const close = compareShareRates([{ name: 'plain', views: 2000, shared: 100 }, { name: 'bold', views: 2000, shared: 110 }])
  assert.equal(close.winner, null)
  assert.equal(close.leader, 'bold')
})

test('with three variants the leader must pass alpha / 2', () => {
  // p ≈ 0.036 for the top two: a winner alone, not with a third variant in the test.
  const arms = [{ name: 'a', views: 1000, shared: 100 }, { name: 'b', views: 1000, shared: 130 }]
  const two = compareShareRates(arms)
  assert.ok(/** @type {number} */ (two.p) < 0.05 && /** @type {number} */ (two.p) > 0.025, String(two.p))
  assert.equal(two.winner, 'b')
  const three = compareShareRates([...arms, { name: 'c', views: 1000, shared: 90 }])
  assert.equal(three.level, alpha / 2)
  assert.equal(three.winner, null)
})

test('one variant is no test', () => {
  assert.equal(compareShareRates([{ name: 'a', views: 1000, shared: 100 }]).enough, false)
})
