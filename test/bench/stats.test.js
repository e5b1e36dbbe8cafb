// @ts-check
// The statistics `npm run bench` reports: quantiles and CLS session windows.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { cumulativeShift, quantile, tasksRunning } from '../../bench/stats.js'

test('the median of an odd count is the middle value, of an even count the mean of the two', () => {
  assert.equal(quantile([5, 1, 3], 0.5), 3)
  assert.equal(quantile([4, 1, 3, 2], 0.5), 2.5)
})

test('p90 interpolates between the neighbouring values', () => {
  // 10 values 1..10: position 0.9 × 9 = 8.1, between 9 and 10
  assert.ok(Math.abs(quantile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.9) - 9.1) < 1e-9)
  assert.equal(quantile([7], 0.9), 7)
})

test('CLS is 0 without shifts and the sum of shifts within one session window', () => {
  assert.equal(cumulativeShift([]), 0)
  assert.ok(Math.abs(cumulativeShift([[100, 0.1], [600, 0.05], [1400, 0.02]]) - 0.17) < 1e-9)
})

test('CLS is the largest window: a gap over 1 s starts a new one', () => {
  assert.ok(Math.abs(cumulativeShift([[0, 0.1], [500, 0.1], [2000, 0.05], [2500, 0.05]]) - 0.2) < 1e-9)
  assert.ok(Math.abs(cumulativeShift([[0, 0.01], [1500, 0.3]]) - 0.3) < 1e-9)
})

test('CLS windows end at 5 s even without a gap', () => {
  // shifts every 900 ms: the window starting at 0 holds 0, 900, …, 4500 (6 shifts)
  const shifts = Array.from({ length: 10 }, (_, i) => /** @type {[number, number]} */ ([i * 900, 0.01]))
  assert.ok(Math.abs(cumulativeShift(shifts) - 0.06) < 1e-9)
})

test('tasksRunning: the long tasks in which the library\'s scripts ran, with their length and the time of its scripts in them', () => {
  const own = (url) => url.includes('/dist/')
  const tasks = [[0, 80], [100, 70], [200, 60]]
  const scripts = [
    ['http://localhost/dist/sharecue.js', 10, 30], // in the first task
    ['http://localhost/dist/sc-app.js', 70, 20], // half in the first task: 10 ms of it
    ['http://localhost/other.js', 100, 60], // another script's task
    ['http://localhost/dist/sharecue.js', 300, 20], // in no long task
  ]
  assert.deepEqual(tasksRunning(tasks, scripts, own), [[80, 40, 'script 30 ms, script 10 ms']])
  assert.deepEqual(tasksRunning([], scripts, own), [])
  // With the invoker the Long Animation Frames API names: what of the library made the task long.
  const named = [['http://localhost/dist/sharecue.js', 10, 30, 'classic-script'], ['http://localhost/dist/sharecue.js', 45, 20, 'TimerHandler:setTimeout']]
  assert.deepEqual(tasksRunning([[0, 80]], named, own), [[80, 50, 'classic-script 30 ms, TimerHandler:setTimeout 20 ms']])
})
