import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ShareEvent } from '../../src/types'
import { eventually, mount, scratch, testEnv } from '../env'

const happy = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM
const scid = 'V1StGXR8_Z5jdHi6B-myT'
const lantern = { url: 'https://shop.example/p/lantern', title: 'Field Lantern' }
const tent = { url: 'https://shop.example/p/tent', title: 'Trail Tent' }
const part = (target: Element, name: string) => target.shadowRoot?.querySelector<HTMLElement>(`[data-part="${name}"]`) ?? null

beforeEach(() => localStorage.clear())
afterEach(() => {
  document.body.innerHTML = ''
  happy.setURL('http://localhost:3000/')
})

describe('Ask my friends: the friend', () => {
  it('does not ask for an opinion on another product once the widget shows one (update())', async () => {
    happy.setURL(`https://shop.example/p/lantern?utm_source=whatsapp&utm_medium=social&scid=${scid}&scask=1`)
    const { env, runtime } = testEnv()
    const events: ShareEvent[] = []
    runtime.on('*', (event) => events.push(event))
    const target = scratch()
    const widget = mount(target, { ...lantern, channels: 'telegram' }, env)
    await eventually(() => expect(part(target, 'ask-prompt')).not.toBeNull())
    // A single-page shop moves on to another product: the widget follows it.
    happy.setURL('https://shop.example/p/tent')
    widget.update({ ...tent, channels: 'telegram' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const prompt = part(target, 'ask-prompt')
    // Were it still there, an answer about the tent would be counted for the friend's lantern.
    prompt?.querySelector<HTMLElement>('[data-reply="no"]')?.click()
    expect(events.filter((e) => e.type === 'ask_reply')).toEqual([])
    expect(prompt).toBeNull()
  })
  it('announces the thanks after an answer, not the prompt again', async () => {
    happy.setURL(`https://shop.example/p/lantern?utm_source=whatsapp&utm_medium=social&scid=${scid}&scask=1`)
    const { env } = testEnv()
    const target = scratch()
    mount(target, { ...lantern, channels: 'telegram' }, env)
    const live = () => target.shadowRoot!.querySelector('[role=status]')!.textContent
    await eventually(() => expect(live()).toBe('Your friend wants your opinion'))
    part(target, 'ask-prompt')!.querySelector<HTMLElement>('[data-reply="yes"]')!.click()
    await eventually(() => expect(live()).toBe('Thanks! Your friend will see your answer.'))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(live()).toBe('Thanks! Your friend will see your answer.')
  })
  it('shows the prompt when the widget is mounted, destroyed and mounted again at once (React StrictMode)', async () => {
    happy.setURL(`https://shop.example/p/lantern?utm_source=whatsapp&utm_medium=social&scid=${scid}&scask=1`)
    const { env } = testEnv()
    const target = scratch()
    // StrictMode's development double mount: both happen before the ask's code has loaded.
    mount(target, { ...lantern, channels: 'telegram' }, env).destroy()
    mount(target, { ...lantern, channels: 'telegram' }, env)
    await eventually(() => expect(part(target, 'ask-prompt')).not.toBeNull())
  })
})

describe('Ask my friends: the asker opens their own ask', () => {
  /** This browser asked about the lantern through `scid`; the collector has one answer for it. */
  const ownAsk = () => {
    localStorage.setItem('sharecue:asks', JSON.stringify([{ i: scid, u: lantern.url, t: Date.now() - 60_000 }]))
    happy.setURL(`https://shop.example/p/lantern?utm_source=whatsapp&utm_medium=social&scid=${scid}&scask=1`)
    const fetch = async () => new Response(JSON.stringify({ replies: { [scid]: { yes: 1, maybe: 0, no: 0 } } }), { status: 200 })
    const test = testEnv({ fetch: fetch as never })
    test.runtime.configure({ endpoint: 'https://collector.example/events' })
    const events: ShareEvent[] = []
    test.runtime.on('*', (event) => events.push(event))
    return { ...test, events }
  }

  it('sees the answers to it, not the friend\'s prompt, and sends no answer', async () => {
    const { env, events } = ownAsk()
    const target = scratch()
    mount(target, { ...lantern, channels: 'telegram', ask: true }, env)
    await eventually(() => expect(part(target, 'answers')?.textContent).toBe('Your friends said: 1 Get it'))
    expect(part(target, 'ask-prompt')).toBeNull()
    expect(events.filter((e) => e.type === 'ask_reply')).toEqual([])
  })
  it('sees nothing of it in a widget without the ask button', async () => {
    const { env } = ownAsk()
    const target = scratch()
    mount(target, { ...lantern, channels: 'telegram' }, env)
    // A widget with the button, mounted after it, as the control: once it shows the answers, the
    // ask part has loaded and the answers have arrived, for the first widget too.
    const control = scratch()
    mount(control, { ...lantern, channels: 'x', ask: true }, env)
    await eventually(() => expect(part(control, 'answers')?.textContent).toBe('Your friends said: 1 Get it'))
    expect(target.shadowRoot!.querySelector('.ap, .aa')).toBeNull()
    expect(target.shadowRoot!.textContent).not.toMatch(/friends/)
  })
  it('gets the friend\'s prompt in a widget that plays the friend (askAsFriend: a demo of both sides in one browser)', async () => {
    const { env, events } = ownAsk()
    const target = scratch()
    mount(target, { ...lantern, channels: 'telegram', ask: true, askAsFriend: true }, env)
    await eventually(() => expect(part(target, 'ask-prompt')).not.toBeNull())
    part(target, 'ask-prompt')!.querySelector<HTMLElement>('[data-reply="maybe"]')!.click()
    expect(events.filter((e) => e.type === 'ask_reply').map((e) => e.shareId)).toEqual([scid])
  })
  it('gets the friend\'s prompt where this browser keeps no asks (no consent yet): it cannot know the ask is its own', async () => {
    const { env, runtime } = ownAsk()
    runtime.configure({ consent: 'pending' })
    const target = scratch()
    mount(target, { ...lantern, channels: 'telegram', ask: true }, env)
    await eventually(() => expect(part(target, 'ask-prompt')).not.toBeNull())
  })
  it('sends no answer when consent comes after the prompt showed (a consent banner that answers late)', async () => {
    const { env, runtime, events } = ownAsk()
    runtime.configure({ consent: 'pending' })
    const target = scratch()
    mount(target, { ...lantern, channels: 'telegram', ask: true }, env)
    await eventually(() => expect(part(target, 'ask-prompt')).not.toBeNull())
    // The shopper's earlier consent, given back once the banner's code has loaded.
    runtime.consent(true)
    part(target, 'ask-prompt')!.querySelector<HTMLElement>('[data-reply="yes"]')!.click()
    await eventually(() => expect(part(target, 'answers')?.textContent).toBe('Your friends said: 1 Get it'))
    expect(part(target, 'ask-prompt')).toBeNull()
    expect(events.filter((e) => e.type === 'ask_reply')).toEqual([])
    expect(localStorage.getItem('sharecue:replied')).toBeNull()
  })
})

describe('Ask my friends: the asker', () => {
  const ask = 'Ug0-wW5DtfNlbuSFaa0Rj'
  /** A browser that asked about the lantern, and a collector whose /replies has two answers for it. */
  const asker = (consent: 'granted' | 'pending') => {
    localStorage.setItem('sharecue:asks', JSON.stringify([{ i: ask, u: lantern.url, t: Date.now() - 864e5 }]))
    const requests: string[] = []
    const fetch = async (url: string) => {
      requests.push(url)
      return new Response(JSON.stringify({ replies: { [ask]: { yes: 2, maybe: 0, no: 0 } } }), { status: 200 })
    }
    const test = testEnv({ fetch: fetch as never })
    test.runtime.configure({ endpoint: 'https://collector.example/events', consent })
    return { ...test, requests }
  }
  const answers = (target: Element) => part(target, 'answers')?.textContent

  it('shows the answers when consent arrives after the widget first drew', async () => {
    const { env, runtime } = asker('pending')
    const target = scratch()
    mount(target, { ...lantern, channels: 'telegram', ask: true }, env)
    await eventually(() => expect(part(target, 'ask')).not.toBeNull())
    // The consent banner (CMP) answers a moment after the page drew its widgets.
    runtime.consent(true)
    // The shopper opens the panel: the widget draws again.
    part(target, 'ask')!.click()
    await eventually(() => expect(answers(target)).toBe('Your friends said: 2 Get it'))
  })

  it('two ask widgets of one product announce the answers once', async () => {
    const { env } = asker('granted')
    const first = scratch()
    const second = scratch()
    mount(first, { ...lantern, channels: 'telegram', ask: true }, env)
    mount(second, { ...lantern, channels: 'x', ask: true }, env)
    await eventually(() => expect([answers(first), answers(second)]).toEqual(['Your friends said: 2 Get it', 'Your friends said: 2 Get it']))
    await new Promise((resolve) => setTimeout(resolve, 150))
    const live = [first, second].map((t) => t.shadowRoot!.querySelector('[role=status]')!.textContent)
    expect(live.filter((text) => text === 'Your friends said: 2 Get it')).toHaveLength(1)
  })
})

describe('Ask my friends: the asker', () => {
  it('copies the question with its link once, also where the template places {url} itself', async () => {
    const { env } = testEnv()
    const target = scratch()
    mount(target, { ...lantern, channels: 'copy,telegram', ask: true, templates: { ask: 'Get this? {url} {title}' } }, env)
    await eventually(() => expect(part(target, 'ask')).not.toBeNull())
    part(target, 'ask')!.click()
    await eventually(() => expect(target.shadowRoot!.querySelector('[data-ask-channel="copy"]')).not.toBeNull())
    target.shadowRoot!.querySelector<HTMLElement>('[data-ask-channel="copy"]')!.click()
    await eventually(() => expect(target.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Link copied'))
    const copied = await window.navigator.clipboard.readText()
    expect(copied.split('https://shop.example/p/lantern?').length - 1, copied).toBe(1)
    expect(copied).toMatch(/^Get this\? https:\/\/shop\.example\/p\/lantern\?\S+ Field Lantern$/)
  })
})
