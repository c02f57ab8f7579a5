/**
 * The only URLs Mend lets through into rendered notes and exports: https: and mailto: links, and
 * raster images embedded as data: URIs. Anything else (javascript:, vbscript:, data:text/html,
 * http:, relative and protocol-relative URLs, SVG images) is refused.
 */

// A link checked here is followed by the app only after asking the person; plain http: is refused
// because a page reached over it can be altered on the way.
const allowedLinkPattern = /^(?:https:\/\/[^/?#\s]|mailto:[^\s]+@)/i

// SVG is excluded: it is a document that can carry script, not just pixels.
const rasterDataImagePattern = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/]+=*$/i

// C0 controls, DEL and every kind of whitespace: browsers drop some of these inside URLs, which is
// how "java\tscript:" smuggles a scheme past a naive check. A real link needs none of them.
/* eslint-disable no-control-regex -- finding control characters is the point */
const invisibleCharacters =
  /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060\u3000\ufeff]/
/* eslint-enable no-control-regex */

/** Returns the URL when it is an https: or mailto: link, otherwise null. */
export function checkedLinkUrl(url: string): string | null {
  if (invisibleCharacters.test(url)) return null
  return allowedLinkPattern.test(url) ? url : null
}

/** Returns the source when it is a base64 data: URI of a raster image, otherwise null. */
export function checkedImageSource(source: string): string | null {
  if (invisibleCharacters.test(source)) return null
  return rasterDataImagePattern.test(source) ? source : null
}

const namedReferences: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  sol: '/',
  period: '.',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
}

/**
 * CommonMark resolves character references in link destinations, so "jav&#x61;script:" is a
 * javascript: link. Decoding before the check means we judge the URL a browser would follow.
 * A named reference we do not know returns null: it could be hiding any character.
 */
export function decodeUrlReferences(url: string): string | null {
  let unknownReference = false
  const decoded = url.replace(
    /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]*);/gi,
    (whole, body: string) => {
      if (body.startsWith('#')) {
        const codePoint =
          body[1] === 'x' || body[1] === 'X'
            ? parseInt(body.slice(2), 16)
            : parseInt(body.slice(1), 10)
        const valid =
          codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff)
        return valid ? String.fromCodePoint(codePoint) : '\ufffd'
      }
      const known = namedReferences[body.toLowerCase()]
      if (known === undefined) unknownReference = true
      return known ?? whole
    },
  )
  return unknownReference ? null : decoded
}
