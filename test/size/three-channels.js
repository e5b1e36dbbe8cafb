// What an app that shows three channels ships: `mount` from the npm module (preact included),
// bundled with code splitting as an app's bundler would; the icons load as their own chunks.
import { mount } from '../../dist/sharecue.mjs'

mount(document.querySelector('#share'), { channels: ['whatsapp', 'x', 'copy'] })
