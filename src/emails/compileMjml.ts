type Mjml2Html = typeof import('mjml')

let mjmlLoading: Promise<Mjml2Html> | undefined

// Importing mjml takes about 0.6 s, so it happens on the first render rather than when the plugin loads.
// A failed import is forgotten so that the next render tries again.
const loadMjml = (): Promise<Mjml2Html> => {
  mjmlLoading ??= import('mjml').then(
    (module) => module.default,
    (error: unknown) => {
      mjmlLoading = undefined
      throw error
    },
  )
  return mjmlLoading
}

/** MJML's indentation and blank lines: a fifth of its output, and Gmail clips an email past 102 KB of HTML. */
const compact = (html: string) => html.replace(/^[ \t]+/gm, '').replace(/\n{2,}/g, '\n')

/**
 * Compiles MJML to HTML, without its indentation and blank lines. Validation is strict, so a template mistake fails the render instead of sending a
 * half-broken email. Web fonts are switched off: the layout uses system fonts and must not make the reader's
 * mail client call a font CDN (MJML would add Google Fonts for a family such as Roboto).
 */
export const compileMjml = async (mjml: string): Promise<string> => {
  const mjml2html = await loadMjml()
  try {
    const result = await mjml2html(mjml, { fonts: {}, keepComments: false, validationLevel: 'strict' })
    if (result.errors.length > 0) {
      throw new Error(result.errors.map((error) => error.formattedMessage).join('\n'))
    }
    return compact(result.html)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`MJML compilation failed: ${message}`, { cause: error })
  }
}
