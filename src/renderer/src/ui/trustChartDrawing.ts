import type uPlot from 'uplot'
import type { TrustChartPalette } from './trustChartPalette'

export interface TrustChartMarker {
  readonly x: number
  readonly kind: 'milestone' | 'setback'
}

/** Milestones as solid lines with a dot, setbacks dashed with a square: more than colour apart. */
export function drawMarkers(
  chart: uPlot,
  markers: readonly TrustChartMarker[],
  palette: TrustChartPalette,
): void {
  const { ctx, bbox } = chart
  const ratio = window.devicePixelRatio || 1
  ctx.save()
  for (const marker of markers) {
    const x = Math.round(chart.valToPos(marker.x, 'x', true))
    if (x < bbox.left || x > bbox.left + bbox.width) continue
    const milestone = marker.kind === 'milestone'
    ctx.strokeStyle = milestone ? palette.milestone : palette.setback
    ctx.fillStyle = ctx.strokeStyle
    ctx.lineWidth = 1.5 * ratio
    ctx.setLineDash(milestone ? [] : [4 * ratio, 3 * ratio])
    ctx.beginPath()
    ctx.moveTo(x, bbox.top)
    ctx.lineTo(x, bbox.top + bbox.height)
    ctx.stroke()
    ctx.beginPath()
    if (milestone) ctx.arc(x, bbox.top + 4 * ratio, 4 * ratio, 0, 2 * Math.PI)
    else ctx.rect(x - 4 * ratio, bbox.top, 8 * ratio, 8 * ratio)
    ctx.fill()
  }
  ctx.restore()
}

/**
 * Up to a month of rated days gets large marks (radius 6 px) so a single day stands out on its
 * own; a longer history gets smaller ones (4 px) so neighbouring days do not merge.
 */
const fewDays = 31

/**
 * Each day's rating: mood as circles, trust as diamonds, so the two differ by shape as well as
 * colour, each with a solid outline that stays visible on both themes' cards.
 */
export function drawDailyPoints(chart: uPlot, palette: TrustChartPalette): void {
  const { ctx, bbox, data } = chart
  const ratio = window.devicePixelRatio || 1
  const xs = data[0]
  const mood = data[1] ?? []
  const trust = data[3] ?? []
  const rated = mood.filter((value) => value != null).length + trust.filter((v) => v != null).length
  const radius = (rated <= fewDays * 2 ? 6 : 4) * ratio
  ctx.save()
  ctx.beginPath()
  ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height)
  ctx.clip()
  ctx.lineWidth = 1.5 * ratio
  ctx.setLineDash([])
  for (const [index, seconds] of xs.entries()) {
    const x = chart.valToPos(seconds, 'x', true)
    const moodValue = mood[index]
    const trustValue = trust[index]
    const moodY = moodValue == null ? null : chart.valToPos(moodValue, 'y', true)
    const trustY = trustValue == null ? null : chart.valToPos(trustValue, 'y', true)
    // Mood and trust often get the same rating on a day; side by side, neither hides the other.
    const apart = moodY !== null && trustY !== null && Math.abs(moodY - trustY) < 2 * radius
    const nudge = apart ? radius : 0
    if (moodY !== null) {
      ctx.beginPath()
      ctx.arc(x - nudge, moodY, radius, 0, 2 * Math.PI)
      paint(ctx, palette.moodDay, palette.mood, palette.surface)
    }
    if (trustY !== null) {
      const reach = radius * 1.25
      const trustX = x + nudge
      ctx.beginPath()
      ctx.moveTo(trustX, trustY - reach)
      ctx.lineTo(trustX + reach, trustY)
      ctx.lineTo(trustX, trustY + reach)
      ctx.lineTo(trustX - reach, trustY)
      ctx.closePath()
      paint(ctx, palette.trustDay, palette.trust, palette.surface)
    }
  }
  ctx.restore()
}

/** The card colour first, so a mark covers the grid and any mark under it instead of mixing. */
function paint(ctx: CanvasRenderingContext2D, fill: string, stroke: string, surface: string) {
  ctx.fillStyle = surface
  ctx.fill()
  ctx.fillStyle = fill
  ctx.fill()
  ctx.strokeStyle = stroke
  ctx.stroke()
}
