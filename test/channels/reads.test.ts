// @vitest-environment node
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildShareUrl } from '../../src/share/build-share-url'
import { eventually } from '../env'
import { channelFields, channelFieldsTable, fields } from './channel-fields'

const readme = new URL('../../README.md', import.meta.url)
const start = '<!-- channel-fields:start (made by npm run docs:channels from the channels\' URL builders) -->'
const end = '<!-- channel-fields:end -->'

describe('the fields each channel uses', () => {
  it('every web-intent channel reads the url, and none is left with nothing else to say', () => {
    for (const { id, reads } of channelFields()) expect(reads[0], id).toBe('url')
  })

  it.each(channelFields().map(({ id, reads }) => [id, reads] as const))(
    'shareUrl("%s") warns SC403 for exactly the fields its link has no place for',
    async (id, reads) => {
      const warnings: string[] = []
      const env = { warn: (message: string) => warnings.push(message), mobile: () => false }
      // messenger on a desktop needs an app id that shareUrl cannot pass: its phone form then.
      if (id === 'messenger') env.mobile = () => true
      const href = buildShareUrl(id, { url: 'https://shop.example/p/1', title: 'Trail shoe', text: 'Look', image: 'https://shop.example/p/1.jpg' }, env)
      // mastodon needs the shopper's instance, which shareUrl has no parameter for: no link, nothing dropped.
      expect(href === null).toBe(id === 'mastodon')
      const dropped = href ? fields.filter((field) => !reads.includes(field)) : []
      // A last, known warning marks the moment the texts have loaded and every warning is out.
      buildShareUrl('myspace', { url: 'https://shop.example/' }, env)
      await eventually(() => expect(warnings.at(-1)).toMatch(/SC101/))
      expect(warnings.slice(0, -1).map((message) => message.match(/has no place for (\w+)/)?.[1])).toEqual(dropped)
    },
  )

  it('the README table is the one the builders make', () => {
    const text = readFileSync(readme, 'utf8')
    const [before, rest] = text.split(start)
    expect(rest, 'the README has lost its markers').toBeDefined()
    const made = `${before}${start}\n${channelFieldsTable()}\n${rest!.slice(rest!.indexOf(end))}`
    // npm run docs:channels writes it; every other run only compares.
    if (process.env.SHARECUE_WRITE_DOCS === '1') writeFileSync(readme, made)
    expect(readFileSync(readme, 'utf8')).toBe(made)
  })
})
