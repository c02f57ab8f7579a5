/**
 * The one rule for links that leave Mend, used by main (shell.openExternal) and by the web
 * adapter (window.open): only a well-formed https: address, with no user name or password in it.
 */
import { fail, ok, type Result } from './result'

/** 2048: longer than any address a person would knowingly follow; also the common browser limit. */
export const maxExternalUrlLength = 2048

const refusedMessage =
  'Mend only opens secure web links (addresses starting with https://), so this link was not opened. ' +
  'You can copy the address into your browser yourself if you trust it.'

// Spaces and control characters are silently stripped by the URL parser; refusing them instead
// means the address the person was shown is exactly the one that opens.
const invisibleOrControl =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/

/** Resolves to the normalised href of a safe https: link, or a calm refusal. */
export function parseExternalUrl(candidate: unknown): Result<string> {
  if (typeof candidate !== 'string') return fail('invalid-url', refusedMessage)
  if (candidate.length === 0 || candidate.length > maxExternalUrlLength) {
    return fail('invalid-url', refusedMessage)
  }
  if (invisibleOrControl.test(candidate)) return fail('invalid-url', refusedMessage)
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return fail('invalid-url', refusedMessage)
  }
  if (url.protocol !== 'https:') return fail('invalid-url', refusedMessage)
  // "https://bank.example@evil.example" shows one host and opens another.
  if (url.username !== '' || url.password !== '') return fail('invalid-url', refusedMessage)
  if (url.hostname === '') return fail('invalid-url', refusedMessage)
  return ok(url.href)
}
