// A page that loads dist/sharecue.js with a script tag; sharecue/global declares window.ShareCue.
import type {} from 'sharecue/global'
import type { Finding, ShareClickEvent } from 'sharecue'

// Before the script arrives: the queue snippet's stub.
window.ShareCue = window.ShareCue || ({ q: [] } as unknown as typeof window.ShareCue)
window.ShareCue.q?.push(['consent', [true]])

const widget = ShareCue.mount(document.body, { channels: ['whatsapp', 'copy'] })
const off = window.ShareCue.on('share_click', (event: ShareClickEvent) => event.channel)
ShareCue.consent(true)
const link: string | null = ShareCue.shareUrl('whatsapp', { url: 'https://shop.example/p/1' })
const version: string = ShareCue.version
// check(): findings with a code, a level and the fix.
const errors: Promise<string[]> = ShareCue.check().then((findings: Finding[]) => findings.filter((f) => f.level === 'error').map((f) => `${f.code}: ${f.fix}`))

export { widget, off, link, version, errors }
