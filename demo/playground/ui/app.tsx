import { h } from 'preact'
import type { ChannelId } from '../../../src/types'
import type { Settings, Templates, Variant } from '../settings'
import type { Message } from '../message'
import type { CardImage } from './message-preview'
import type { Verdict } from '../../../collector/ab-test.js'
import type { ShareEvent } from '../../../src/types'
import { ChannelsField } from './channels-field'
import { LookFields } from './look-fields'
import { ProductFields } from './product-fields'
import { CopyEditor } from './copy-editor'
import { MessagePreview } from './message-preview'
import { VariantsPanel } from './variants-panel'
import { Results, type VariantResult } from './results'
import { SnippetBox } from './snippet-box'
import { EventLog } from './event-log'

export interface AppProps {
  settings: Settings
  field: ChannelId | 'default'
  messages: Message[]
  cardImage: CardImage
  html: string
  npm: string
  results: VariantResult[]
  verdict: Verdict
  /** The simulation page for these settings. */
  simulate: string
  events: ShareEvent[]
  updated?: Date
  error?: string
  announcement: string
  /** `<which>:<what was said>` of the last copy, while it shows. */
  copied: string
  /** What the widget will do with settings it cannot use as given, by field (field-notes.ts). */
  notes: Partial<Record<string, string>>
  /** A Reset can be undone. */
  canUndo: boolean
  dragging?: ChannelId
  onChange(patch: Partial<Settings>, announce?: string): void
  onField(field: ChannelId | 'default'): void
  onTemplates(templates: Templates): void
  onVariants(variants: Variant[], announce?: string): void
  onCopy(which: 'html' | 'npm' | 'link', text: string): void
  onReset(): void
  onUndo(): void
  onDrag(id?: ChannelId): void
}

const Section = ({ id, title, children }: { id: string; title: string; children: unknown }) => (
  <section class="panel-section" id={id} aria-labelledby={`${id}-title`}>
    <h3 id={`${id}-title`}>{title}</h3>
    {children}
  </section>
)

/** The tuning panel: every setting, the previews, the A/B results, the snippet and the event log. */
export const App = (p: AppProps) => {
  const s = p.settings
  const owner = s.variants.find((v) => v.name === s.preview)
  return (
    <div class="panel-inner">
      <div class="panel-head">
        <h2 id="panel-title">Tune the share buttons</h2>
        <div class="row">
          <button type="button" onClick={() => p.onCopy('link', location.href)}>{p.copied.startsWith('link:') ? `✓ ${p.copied.slice(5)}` : 'Copy link to these settings'}</button>
          <button type="button" onClick={p.onReset}>Reset</button>
          {p.canUndo && <button type="button" onClick={(e) => {
            // The button goes once used: the focus goes back to Reset, not to the page's start.
            ;((e.currentTarget as HTMLElement).previousElementSibling as HTMLElement | null)?.focus()
            p.onUndo()
          }}>Undo reset</button>}
        </div>
      </div>
      <p class="v" role="status" aria-live="polite" id="announce">{p.announcement}</p>
      <Section id="sec-channels" title="Channels">
        <ChannelsField channels={s.channels} notes={p.notes} dragging={p.dragging} onDrag={p.onDrag} onChange={(channels, announce) => p.onChange({ channels }, announce)} />
      </Section>
      <Section id="sec-copy" title="Share copy">
        {s.variants.length > 0 && (
          <label>Copy of
            <select value={s.preview} onChange={(e) => p.onChange({ preview: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">The widget (every variant starts from it)</option>
              {s.variants.map((v) => <option value={v.name}>Variant {v.name}</option>)}
            </select>
          </label>
        )}
        {s.variants.length > 0 && <p class="hint">{owner ? `The live widget shows variant ${owner.name}. A channel’s template here wins over the widget’s; a template for every channel replaces all of the widget’s copy.` : 'The live widget shows the variant it assigned you, as a visitor.'}</p>}
        <CopyEditor owner={s.preview} templates={owner ? owner.templates : s.templates} field={p.field} channels={s.channels}
          messages={p.messages} note={p.notes.copy} onField={p.onField} onTemplates={p.onTemplates} />
      </Section>
      <Section id="sec-preview" title="What each channel sends">
        <MessagePreview messages={p.messages} cardImage={p.cardImage} />
      </Section>
      <Section id="sec-look" title="Look and language">
        <LookFields settings={s} onChange={p.onChange} />
      </Section>
      <Section id="sec-product" title="Product and offer">
        <ProductFields settings={s} notes={p.notes} onChange={p.onChange} />
      </Section>
      <Section id="sec-variants" title="A/B copy variants">
        <VariantsPanel variants={s.variants} onVariants={p.onVariants} onEdit={(name) => p.onChange({ preview: name }, `Editing the copy of variant ${name}`)} />
        {s.variants.length > 0 && <Results rows={p.results} verdict={p.verdict} simulate={p.simulate} updated={p.updated} error={p.error} />}
      </Section>
      <Section id="sec-loop" title="Try it as shoppers">
        <p class="row"><a class="button" href={p.simulate.replace('?', '?ask=1&')} target="_blank" rel="noopener">Simulate an ask</a>
          <span class="hint">“Ask my friends” in two tabs: ask in the first, answer as the friend in the second, reload the first to see the answer.</span></p>
      </Section>
      <Section id="sec-snippet" title="Embed it">
        <SnippetBox html={p.html} npm={p.npm} copied={p.copied} onCopy={p.onCopy} />
      </Section>
      <Section id="sec-events" title="Events the collector received">
        <EventLog events={p.events} />
      </Section>
    </div>
  )
}
