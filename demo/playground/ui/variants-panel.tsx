import { h } from 'preact'
import type { Variant } from '../settings'
import { variantName } from '../settings'

export interface VariantsPanelProps {
  variants: Variant[]
  onVariants(variants: Variant[], announce?: string): void
  /** Edit (and show in the live widget) this variant's copy. */
  onEdit(name: string): void
}

/** The first unused single letter (a, b, c…), the default name of a new variant. */
const nextName = (variants: Variant[]) => 'abcdefghijklmnopqrstuvwxyz'.split('').find((c) => !variants.some((v) => v.name === c)) ?? ''

/** A/B copy variants: add, rename-free (a name is its identity in the stats), remove, edit copy. */
export const VariantsPanel = ({ variants, onVariants, onEdit }: VariantsPanelProps) => {
  const onAdd = (event: Event) => {
    event.preventDefault()
    const field = (event.currentTarget as HTMLFormElement).elements.namedItem('variant') as HTMLInputElement
    const name = field.value.trim().toLowerCase()
    if (!variantName.test(name) || variants.some((v) => v.name === name)) {
      field.setCustomValidity(variants.some((v) => v.name === name) ? 'That variant exists already.' : 'Use 1 to 32 letters a–z and digits.')
      field.reportValidity()
      return
    }
    field.setCustomValidity('')
    onVariants([...variants, { name, templates: {} }], `Variant ${name} added`)
    field.value = ''
  }
  return (
    <div class="fields variants">
      <p class="hint">Each visitor is assigned one variant for good (a random id kept in the browser where consent allows, else one per page view), and every event carries it. A variant without copy of its own is the control: it sends the widget’s copy.</p>
      {variants.length > 0 && (
        <ul class="variant-list">
          {variants.map((v) => (
            <li data-variant={v.name} key={v.name}>
              <code>{v.name}</code>
              <span>{Object.keys(v.templates).length ? `${Object.keys(v.templates).length} template(s)` : 'control (widget’s copy)'}</span>
              <button type="button" onClick={() => onEdit(v.name)}>Edit copy of {v.name}</button>
              <button type="button" class="icon-button" aria-label={`Remove variant ${v.name}`}
                onClick={(e) => {
                  // Its button goes with it: the focus goes to the variant after it, else to the
                  // name field, not to the page's start (keyed items, so it stays on that one).
                  const next = (e.currentTarget as HTMLElement).closest('li')!.nextElementSibling?.querySelector('button')
                  ;(next ?? document.getElementById('variant-name'))?.focus()
                  onVariants(variants.filter((w) => w !== v), `Variant ${v.name} removed`)
                }}>✕</button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={onAdd}>
        <label for="variant-name">New variant</label>
        <input id="variant-name" name="variant" type="text" pattern="[a-z0-9]{1,32}" maxLength={32} placeholder={nextName(variants)} size={10}
          onInput={(e) => (e.currentTarget as HTMLInputElement).setCustomValidity('')} />
        <button type="submit" onClick={(e) => {
          const field = (e.currentTarget as HTMLButtonElement).form?.elements.namedItem('variant') as HTMLInputElement | null
          if (field && !field.value) field.value = nextName(variants)
        }}>Add variant</button>
      </form>
    </div>
  )
}
