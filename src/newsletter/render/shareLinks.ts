import type { NewsletterItem } from '../types.ts'

export type ShareNetwork = 'facebook' | 'linkedin' | 'x'

export type ShareLink = { label: string; network: ShareNetwork; url: string }

/** The item's suggested post for a network, or its title. */
const shareTextFor = (item: NewsletterItem, network: ShareNetwork): string =>
  item.shareTexts.find((entry) => entry.network === network && entry.text.trim())?.text.trim() ?? item.title.trim()

/**
 * Share buttons, built on fixed bases with every value percent-encoded: LinkedIn with the suggested text and
 * the link prefilled, X with its text and the link, Facebook with the link (it takes no text). `href` is the
 * item's link already checked (null when it has none or it is not http(s)): without it, LinkedIn and X share
 * the text alone and Facebook is left out.
 */
export const shareLinksOf = (item: NewsletterItem, href: null | string): ShareLink[] => {
  const linkedinText = shareTextFor(item, 'linkedin')
  const xText = shareTextFor(item, 'x')
  const links: ShareLink[] = [
    {
      label: 'LinkedIn',
      network: 'linkedin',
      url: `https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(href ? `${linkedinText} ${href}` : linkedinText)}`,
    },
    {
      label: 'X',
      network: 'x',
      url: `https://x.com/intent/post?text=${encodeURIComponent(xText)}${href ? `&url=${encodeURIComponent(href)}` : ''}`,
    },
  ]
  if (href) {
    links.push({
      label: 'Facebook',
      network: 'facebook',
      url: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(href)}`,
    })
  }
  return links
}
