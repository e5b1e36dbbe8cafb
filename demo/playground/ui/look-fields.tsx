import { h } from 'preact'
import type { Settings } from '../settings'

export interface FieldsProps {
  settings: Settings
  /** Notes by field (field-notes.ts). */
  notes?: Partial<Record<string, string>>
  onChange(patch: Partial<Settings>): void
}

/** The widget's defaults, shown by the colour inputs while no colour is set (src/styles/widget-css.ts). */
const defaultColors = { bg: '#f1f3f4', fg: '#1f2328', focus: '#4285f4' }

export const locales: [tag: string, label: string][] = [
  ['en', 'English'], ['de', 'Deutsch (prices and dates; English labels)'], ['fr', 'Français (prices and dates; English labels)'],
  ['ja', '日本語 (prices and dates; English labels)'], ['zh-CN', '简体中文'], ['ar', 'العربية'],
]

/** Layout, grouping, theme, colours, radius, size, locale, campaign, card. */
export const LookFields = ({ settings: s, onChange }: FieldsProps) => (
  <div class="fields">
    <fieldset class="choices">
      <legend>Layout</legend>
      {(['labels', 'icons', 'pills'] as const).map((layout) => (
        <label><input type="radio" name="layout" value={layout} checked={s.layout === layout} onChange={() => onChange({ layout })} /> {layout === 'labels' ? 'Icons and labels' : layout === 'icons' ? 'Icons only' : 'Brand pills'}</label>
      ))}
    </fieldset>
    <fieldset class="choices">
      <legend>Colour scheme</legend>
      {(['light', 'dark', 'auto'] as const).map((theme) => (
        <label><input type="radio" name="theme" value={theme} checked={s.theme === theme} onChange={() => onChange({ theme })} /> {theme === 'auto' ? 'Follow the shopper' : theme[0]!.toUpperCase() + theme.slice(1)}</label>
      ))}
    </fieldset>
    <label class="check"><input type="checkbox" checked={s.group} onChange={(e) => onChange({ group: (e.currentTarget as HTMLInputElement).checked })} /> Group by audience (friend, group, public)</label>
    <label class="check"><input type="checkbox" checked={s.card} onChange={(e) => onChange({ card: (e.currentTarget as HTMLInputElement).checked })} /> Show the preview card</label>
    <div class="colors">
      {(['bg', 'fg', 'focus'] as const).map((key) => (
        <label>
          <input type="color" value={s[key] || defaultColors[key]} onInput={(e) => onChange({ [key]: (e.currentTarget as HTMLInputElement).value })} />
          {key === 'bg' ? 'Button colour' : key === 'fg' ? 'Text colour' : 'Focus ring'}
        </label>
      ))}
      <button type="button" onClick={() => onChange({ bg: '', fg: '', focus: '' })} disabled={!s.bg && !s.fg && !s.focus}>Default colours</button>
    </div>
    <label class="range">Corner radius <output>{s.radius} px</output>
      <input type="range" min={0} max={32} value={s.radius} aria-label="Corner radius" aria-valuetext={`${s.radius} pixels`} onInput={(e) => onChange({ radius: Number((e.currentTarget as HTMLInputElement).value) })} />
    </label>
    <label class="range">Button height <output>{s.size} px</output>
      <input type="range" min={24} max={72} value={s.size} aria-label="Button height" aria-valuetext={`${s.size} pixels`} onInput={(e) => onChange({ size: Number((e.currentTarget as HTMLInputElement).value) })} />
    </label>
    <label>Language
      <select value={s.locale} onChange={(e) => onChange({ locale: (e.currentTarget as HTMLSelectElement).value })}>
        {locales.map(([tag, label]) => <option value={tag} lang={tag}>{label}</option>)}
      </select>
    </label>
    <label>Campaign (<code>utm_campaign</code>)
      <input type="text" value={s.campaign} maxLength={100} onInput={(e) => onChange({ campaign: (e.currentTarget as HTMLInputElement).value })} />
    </label>
  </div>
)
