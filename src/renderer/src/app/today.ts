import { toLocalDateString } from '../domain/journal/localDate'

/** The person's local calendar day, "YYYY-MM-DD". Domain code receives it as an argument. */
export function today(): string {
  return toLocalDateString(new Date())
}
