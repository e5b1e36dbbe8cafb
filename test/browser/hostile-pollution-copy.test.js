// Prototype pollution of the widget's copy, variants and ids: each name, set on Object.prototype
// before the script loads, changes nothing the page, the shopper or the collector sees
// (pages/pollution-kit.js).
import { useBrowser } from './harness.js'
import { pollutionTests } from './pages/pollution-kit.js'

pollutionTests(useBrowser(), 'copy')
