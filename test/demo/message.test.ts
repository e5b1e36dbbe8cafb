import { describe, expect, it } from 'vitest'
import type { ChannelId } from '../../src/types'
import { defaults } from '../../demo/playground/settings'
import { targetElement } from '../../demo/playground/target'
import { messagesFor } from '../../demo/playground/message'

const product = { url: 'https://shop.example/p/atr', title: 'Alpine Trail Runner', image: 'https://shop.example/atr.svg' }
const base = defaults('2099-12-01T23:59:00Z')

/** The one text field of a channel's link: the copy and the link as the platform receives them. */
const field = (href: string): string | null => {
  const url = new URL(href)
  return url.searchParams.get('text') ?? url.searchParams.get('body')
}

describe('the message preview', () => {
  it('shows what a one-field channel sends when the copy places the link itself: the link once', () => {
    const settings = { ...base, channels: ['whatsapp', 'sms', 'email', 'bluesky', 'viber'] as ChannelId[], templates: { default: 'See {url} now: {title}' } }
    const messages = messagesFor(targetElement(document, settings, product, true))!
    expect(messages.map((m) => m.id)).toEqual(settings.channels)
    for (const m of messages) {
      const sent = field(m.href!)!
      expect(sent.split(m.link).length - 1, `${m.id}: ${sent}`).toBe(1)
      expect(sent, m.id).toBe(m.text)
    }
  })

  it('shows what a channel with a field of its own for the link sends when the copy places the link: the copy without it', () => {
    const settings = { ...base, channels: ['x', 'threads', 'telegram', 'line'] as ChannelId[], templates: { default: 'See {url} now: {title}' } }
    const messages = messagesFor(targetElement(document, settings, product, true))!
    for (const m of messages) {
      const sent = field(m.href!)!
      expect(sent, m.id).toBe('See now: Alpine Trail Runner')
      expect(m.text, m.id).toBe(sent)
      expect(new URL(m.href!).searchParams.get('url'), m.id).toBe(m.link)
    }
  })
})
