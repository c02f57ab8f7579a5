import type { Config, DOMPurify } from 'dompurify'
import { escapeHtml } from './escapeHtml'
import { checkedImageSource, checkedLinkUrl } from './safeUrl'

/**
 * Everything a rendered note may contain. An allow-list, so a tag or attribute nobody thought of
 * is removed rather than kept: no script, style, svg, math, iframe, object, embed, form, input,
 * meta, base or link elements; no event handler, style, class, id or srcset attributes.
 */
const allowedTags = [
  'a',
  'b',
  'blockquote',
  'br',
  'code',
  'dd',
  'del',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  's',
  'small',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
]
const allowedAttributes = ['href', 'src', 'alt', 'title', 'align', 'colspan', 'rowspan', 'start']

const purifyConfig: Config = {
  ALLOWED_TAGS: allowedTags,
  ALLOWED_ATTR: allowedAttributes,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // A first filter only; the hook below applies the exact rule per attribute.
  ALLOWED_URI_REGEXP: /^(?:https:|mailto:|data:image\/)/i,
  RETURN_TRUSTED_TYPE: false,
}

export type LinkPolicy = 'anchor' | 'text'

function enforceUrlRules(node: Element, links: LinkPolicy): void {
  if (node.nodeName === 'A') {
    const href = node.getAttribute('href')
    node.removeAttribute('target')
    if (links === 'text' || href === null || checkedLinkUrl(href) === null) {
      node.removeAttribute('href')
      node.removeAttribute('rel')
    } else {
      // The app's click handler asks before opening; these keep the opened page from reaching
      // back into Mend or learning where the link was clicked.
      node.setAttribute('rel', 'noopener noreferrer')
    }
  } else if (node.nodeName === 'IMG') {
    const source = node.getAttribute('src')
    if (source === null || checkedImageSource(source) === null) {
      // Keep the words the image stood for; never load anything from outside.
      const altText = node.getAttribute('alt') ?? ''
      node.replaceWith(node.ownerDocument.createTextNode(altText))
    }
  }
}

/**
 * Sanitises HTML with Mend's policy using the given DOMPurify instance (the page's own in the app,
 * one bound to a jsdom window in tests). The hook is added for this call only, so other users of
 * the same instance are not affected.
 */
export function sanitizeHtml(untrustedHtml: string, purify: DOMPurify, links: LinkPolicy): string {
  // Without a DOM DOMPurify returns its input unchanged; showing the text escaped is the safe
  // fallback for that programming mistake.
  if (!purify.isSupported) return `<p>${escapeHtml(untrustedHtml)}</p>`
  const hook = (node: Element): void => enforceUrlRules(node, links)
  purify.addHook('afterSanitizeAttributes', hook)
  try {
    return purify.sanitize(untrustedHtml, purifyConfig)
  } finally {
    purify.removeHook('afterSanitizeAttributes', hook)
  }
}
