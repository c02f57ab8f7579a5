/** The export stylesheet targets a whole document; inside a shadow root the host stands in for it. */
export function toShadowStylesheet(documentCss: string): string {
  return documentCss
    .replace(/:root/g, ':host')
    .replace(/(^|\n|\})\s*html\s*\{/g, '$1 :host {')
    .replace(/(^|\n|\})\s*body\s*\{/g, '$1 :host {')
}
