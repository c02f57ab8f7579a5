/** The person's IANA time zone, e.g. "Europe/Berlin"; UTC if the runtime cannot say. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
