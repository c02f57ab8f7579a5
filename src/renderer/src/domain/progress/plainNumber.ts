/** "3.2": one decimal, as the summaries speak of averages. */
export function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1)
}

/** "10,000": grouped without depending on the runtime's locale data. */
export function wholeNumber(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** "1 setback", "3 setbacks". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${wholeNumber(count)} ${count === 1 ? singular : plural}`
}
