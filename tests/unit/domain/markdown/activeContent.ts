import { Parser, type Node as CommonMarkNode } from 'commonmark'

const forbiddenElements = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'base',
  'link',
  'noscript',
  'template',
  'video',
  'audio',
  'source',
  'track',
  'portal',
  'foreignobject',
  'use',
])
const urlAttributes = [
  'srcset',
  'action',
  'formaction',
  'background',
  'poster',
  'xlink:href',
  'ping',
  'data',
  'codebase',
  'lowsrc',
  'dynsrc',
  'style',
]
const rasterDataImage = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/]+=*$/i

export interface ActiveContentRules {
  /** https: and mailto: links in <a href> (the preview); never in exported files. */
  readonly httpsAnchors: boolean
  /** Links to sibling "*.md" files (the folder export's README). */
  readonly relativeMarkdownAnchors?: boolean
  /** A whole exported document: its own head (CSP meta, style) is allowed. */
  readonly wholeDocument?: boolean
}

/** Everything in the HTML that could run, navigate or load from outside. Empty means safe. */
export function activeContentProblems(html: string, rules: ActiveContentRules): string[] {
  const problems: string[] = []
  // Needs a DOM: test files using this run in the jsdom environment.
  const doc = new DOMParser().parseFromString(html, 'text/html')
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const tag = element.localName.toLowerCase()
    const inHead = rules.wholeDocument === true && element.closest('head') !== null
    if (forbiddenElements.has(tag)) problems.push(`<${tag}> element`)
    if ((tag === 'meta' || tag === 'style') && !inHead) problems.push(`<${tag}> outside the head`)
    if (tag === 'meta' && inHead && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh')
      problems.push('meta refresh')
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase()
      const value = attribute.value
      if (name.startsWith('on')) problems.push(`${name} handler on <${tag}>`)
      if (urlAttributes.includes(name)) problems.push(`${name} attribute on <${tag}>`)
      if (name === 'target') problems.push(`target on <${tag}>`)
      if (name === 'href') {
        const httpsOk = rules.httpsAnchors && tag === 'a' && /^(?:https:\/\/|mailto:)/i.test(value)
        const relativeOk =
          rules.relativeMarkdownAnchors === true && tag === 'a' && /^[a-z0-9-]+\.md$/.test(value)
        if (!httpsOk && !relativeOk) problems.push(`href ${JSON.stringify(value)} on <${tag}>`)
        if (httpsOk && element.getAttribute('rel') !== 'noopener noreferrer')
          problems.push('link without rel="noopener noreferrer"')
      }
      if (name === 'src' && !(tag === 'img' && rasterDataImage.test(value)))
        problems.push(`src ${JSON.stringify(value)} on <${tag}>`)
    }
  }
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    if (/url\s*\(|@import|expression\s*\(/i.test(style.textContent ?? ''))
      problems.push('style loads or evaluates something')
  }
  return problems
}

export interface MarkdownProblems {
  readonly rawHtml: readonly string[]
  readonly links: readonly string[]
  readonly images: readonly string[]
}

/** Raw HTML nodes and link or image destinations a CommonMark reader finds in the Markdown. */
export function commonMarkFindings(markdown: string): MarkdownProblems {
  const rawHtml: string[] = []
  const links: string[] = []
  const images: string[] = []
  const walker = new Parser().parse(markdown).walker()
  for (let step = walker.next(); step; step = walker.next()) {
    if (!step.entering) continue
    const node: CommonMarkNode = step.node
    if (node.type === 'html_block' || node.type === 'html_inline') rawHtml.push(node.literal ?? '')
    if (node.type === 'link') links.push(node.destination ?? '')
    if (node.type === 'image') images.push(node.destination ?? '')
  }
  return { rawHtml, links, images }
}

export { rasterDataImage }
