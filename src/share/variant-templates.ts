/** Share copy per channel id or `default`. */
type Templates = Partial<Record<string, string>>

/**
 * The share copy a widget shows in an A/B variant: the variant's channel templates win over
 * the widget's, and a variant with copy for every channel (`default`) replaces the widget's
 * templates. An empty variant (the control) leaves the widget's copy as it is.
 *
 * @example variantTemplates({ x: '{title}' }, { default: 'Treat yourself: {title}' }) // { default: 'Treat yourself: {title}' }
 */
export const variantTemplates = (templates: Templates, own: Templates): Templates =>
  own.default ? own : { __proto__: null, ...templates, ...own } as unknown as Templates
