/** The chart's colours, read from the theme's CSS variables. */
export interface TrustChartPalette {
  readonly text: string
  readonly grid: string
  readonly surface: string
  readonly mood: string
  readonly moodDay: string
  readonly trust: string
  readonly trustDay: string
  readonly milestone: string
  readonly setback: string
}

// Canvas cannot read CSS variables, so the theme's colours are read when drawing and the chart is
// drawn again whenever the theme changes.
export function readTrustChartPalette(element: Element): TrustChartPalette {
  const style = getComputedStyle(element)
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  return {
    text: read('--text-muted', '#5f574d'),
    grid: read('--chart-grid', '#ddd5c8'),
    surface: read('--surface', '#fffdf9'),
    mood: read('--chart-mood', '#3f6f5f'),
    moodDay: read('--chart-mood-day', '#3f6f5f66'),
    trust: read('--chart-trust', '#8a4f7d'),
    trustDay: read('--chart-trust-day', '#8a4f7d66'),
    milestone: read('--chart-milestone', '#3f6f5f'),
    setback: read('--chart-setback', '#a35a2c'),
  }
}
