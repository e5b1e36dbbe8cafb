import { builtin } from './node-builtin'

/** The package of the card's fonts, apart from sharecue so that browser-only installs skip its 1.9 MB. */
export const ogFontsPackage = '@sharecue/og-fonts'

/**
 * The folder of `@sharecue/og-fonts` as a `file:` URL, resolved from `from` (the module asking,
 * so an app's own install is found), or undefined when it is not installed.
 *
 * @example findOgFonts(import.meta.url) // URL { href: 'file:///app/node_modules/@sharecue/og-fonts/' }
 */
export const findOgFonts = (from: string): URL | undefined => {
  try {
    const manifest = builtin('node:module').createRequire(from).resolve(`${ogFontsPackage}/package.json`)
    return new URL('./', builtin('node:url').pathToFileURL(manifest))
  } catch {
    return undefined
  }
}
