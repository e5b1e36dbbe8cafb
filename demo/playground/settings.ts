import type { ChannelId, Layout, Theme } from '../../src/types'
import { isChannelId } from '../../src/widget/index'
import { maxCopy } from './field-notes'

/** Share copy per channel id or `default`, as the widget's `templates` option takes it. */
export type Templates = Partial<Record<ChannelId | 'default', string>>

/** One A/B copy variant: its name (`a-z0-9`, 1–32) and the copy that replaces the widget's. */
export interface Variant {
  name: string
  templates: Templates
}

/** Everything the tuning panel sets; the live widget and the snippet are made from it alone. */
export interface Settings {
  channels: ChannelId[]
  group: boolean
  layout: Layout
  theme: Theme
  /** Custom properties of the target, `--sc-bg` and so on, without the prefix; empty means the widget's default. */
  bg: string
  fg: string
  focus: string
  /** Pixels; the widget's defaults are 8 and 40 (left out of the snippet). */
  radius: number
  size: number
  locale: string
  campaign: string
  card: boolean
  price: string
  currency: string
  originalPrice: string
  /** ISO 8601 with an offset; empty for no deadline. */
  deadline: string
  stock: string
  templates: Templates
  variants: Variant[]
  /** The variant the live widget shows (`data-variant`); empty lets the widget assign one. */
  preview: string
}

/** The panel's starting point: the demo product as its page describes it. `deadline` is filled in from the page. */
export const defaults = (deadline = ''): Settings => ({
  channels: ['whatsapp', 'facebook', 'x', 'email', 'copy'],
  group: false,
  layout: 'labels',
  theme: 'light',
  bg: '',
  fg: '',
  focus: '',
  radius: 8,
  size: 40,
  locale: 'en',
  campaign: 'demo',
  card: true,
  price: '129.00',
  currency: 'EUR',
  originalPrice: '159.00',
  deadline,
  stock: '3',
  templates: {},
  variants: [],
  preview: '',
})

/** Variant names as the widget accepts them. */
export const variantName = /^[a-z0-9]{1,32}$/

const pick = <T>(value: unknown, check: (v: unknown) => boolean, fallback: T): T => (check(value) ? (value as T) : fallback)
const isText = (v: unknown) => typeof v == 'string' && v.length <= 2000
const isTemplates = (v: unknown): v is Templates =>
  !!v && typeof v == 'object' && Object.entries(v).every(([k, t]) => (k === 'default' || isChannelId(k)) && typeof t == 'string')

/** Templates as the widget takes them: copy past its bound of 1000 characters is cut there, not dropped. */
const cutTemplates = (t: Templates): Templates =>
  Object.fromEntries(Object.entries(t).map(([k, text]) => [k, String(text).slice(0, maxCopy)]))

/**
 * Settings from untrusted JSON (a shared link): every field checked, anything else taken from
 * `base`, so an edited or outdated link still opens a working playground.
 */
export const cleanSettings = (input: unknown, base: Settings): Settings => {
  const o = (input && typeof input == 'object' ? input : {}) as Record<string, unknown>
  const variants = Array.isArray(o.variants)
    // A name once: an edited link that repeats one would make the snippet repeat its attributes.
    ? o.variants.filter((v, i, all): v is Variant => !!v && variantName.test(v.name) && isTemplates(v.templates) && all.findIndex((w) => (w as Variant)?.name === v.name) === i).slice(0, 8)
      .map((v) => ({ name: v.name, templates: cutTemplates(v.templates) }))
    : base.variants
  // A widget needs a channel (the panel never removes the last): a link naming none this
  // version knows (a later version's, or edited) keeps the default ones.
  const channels = Array.isArray(o.channels) ? [...new Set(o.channels.filter((id) => isChannelId(String(id))))] as ChannelId[] : []
  return {
    channels: channels.length ? channels : base.channels,
    group: pick(o.group, (v) => typeof v == 'boolean', base.group),
    layout: pick(o.layout, (v) => ['labels', 'icons', 'pills'].includes(v as string), base.layout),
    theme: pick(o.theme, (v) => ['auto', 'light', 'dark'].includes(v as string), base.theme),
    bg: pick(o.bg, isColor, base.bg),
    fg: pick(o.fg, isColor, base.fg),
    focus: pick(o.focus, isColor, base.focus),
    radius: pick(o.radius, (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 32, base.radius),
    size: pick(o.size, (v) => Number.isInteger(v) && (v as number) >= 24 && (v as number) <= 72, base.size),
    locale: pick(o.locale, (v) => typeof v == 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v), base.locale),
    campaign: pick(o.campaign, isText, base.campaign),
    card: pick(o.card, (v) => typeof v == 'boolean', base.card),
    price: pick(o.price, isText, base.price),
    currency: pick(o.currency, (v) => typeof v == 'string' && /^[A-Z]{3}$/.test(v), base.currency),
    originalPrice: pick(o.originalPrice, isText, base.originalPrice),
    deadline: pick(o.deadline, isText, base.deadline),
    stock: pick(o.stock, isText, base.stock),
    templates: isTemplates(o.templates) ? cutTemplates(o.templates) : base.templates,
    variants,
    preview: pick(o.preview, (v) => v === '' || variants.some((variant) => variant.name === v), base.preview),
  }
}

/** `#rrggbb`, what `<input type="color">` gives; empty for the default. */
const isColor = (v: unknown) => v === '' || (typeof v == 'string' && /^#[0-9a-f]{6}$/i.test(v))
