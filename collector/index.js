// @ts-check
// The collector's face: re-exports only.
export { createCollector } from './create-collector.js'
export { startCollector } from './start-collector.js'
export { openStore } from './store.js'
export { stats } from './stats.js'
export { validateEvent } from './validate-event.js'
