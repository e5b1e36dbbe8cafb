import { describe, expect, it } from 'vitest'
import { chiSquareP, compareVariants } from '../../demo/playground/significance'

describe('chiSquareP', () => {
  // Critical values from any chi-square table: P(χ² ≥ x) for df = 1, 2, 3, 10.
  it.each([
    [3.841, 1, 0.05], [6.635, 1, 0.01], [10.828, 1, 0.001],
    [5.991, 2, 0.05], [7.815, 3, 0.05], [18.307, 10, 0.05], [2.706, 1, 0.1],
  ])('P(χ² ≥ %f | df %i) is %f', (x, df, p) => {
    expect(chiSquareP(x, df)).toBeCloseTo(p, 3)
  })

  it('is 1 at zero and falls towards 0', () => {
    expect(chiSquareP(0, 1)).toBe(1)
    expect(chiSquareP(50, 1)).toBeLessThan(1e-10)
  })
})

describe('compareVariants', () => {
  it('calls no winner below 100 views a variant, naming who is short', () => {
    const verdict = compareVariants([{ name: 'a', views: 99, clicks: 50 }, { name: 'b', views: 500, clicks: 5 }])
    expect(verdict.enough).toBe(false)
    expect(verdict.reason).toMatch(/Too few to call.*a has 99/)
  })

  it('calls no winner when a cell is expected fewer than 5 times', () => {
    expect(compareVariants([{ name: 'a', views: 200, clicks: 2 }, { name: 'b', views: 200, clicks: 3 }]).enough).toBe(false)
  })

  it('matches the two-proportion z-test for two variants', () => {
    // 60/1000 against 90/1000: pooled p = 0.075, z = 0.03 / sqrt(0.075 · 0.925 · 2/1000) = 2.54686,
    // two-sided p = erfc(z / √2) = 0.010870.
    const verdict = compareVariants([{ name: 'a', views: 1000, clicks: 60 }, { name: 'b', views: 1000, clicks: 90 }])
    expect(verdict.chi2).toBeCloseTo(2.54686 ** 2, 3)
    expect(verdict.p).toBeCloseTo(0.01087, 4)
    expect(verdict.winner).toBe('b')
  })

  it('names no winner when the difference is what chance gives', () => {
    const verdict = compareVariants([{ name: 'a', views: 1000, clicks: 60 }, { name: 'b', views: 1000, clicks: 66 }])
    expect(verdict.enough).toBe(true)
    expect(verdict.p).toBeGreaterThan(0.05)
    expect(verdict.winner).toBeUndefined()
  })

  it('tests three variants with two degrees of freedom', () => {
    const verdict = compareVariants([
      { name: 'a', views: 500, clicks: 25 }, { name: 'b', views: 500, clicks: 25 }, { name: 'c', views: 500, clicks: 50 },
    ])
    // Expected 33.33 clicks and 466.67 without each: clicks 2 · 8.33²/33.33 + 16.67²/33.33 = 12.5,
    // without 2 · 8.33²/466.67 + 16.67²/466.67 = 0.893; χ² = 13.39.
    expect(verdict.df).toBe(2)
    expect(verdict.chi2).toBeCloseTo(13.393, 2)
    expect(verdict.winner).toBe('c')
  })
})
