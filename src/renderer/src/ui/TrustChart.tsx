import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { drawDailyPoints, drawMarkers, type TrustChartMarker } from './trustChartDrawing'
import { readTrustChartPalette, type TrustChartPalette } from './trustChartPalette'
import { monthShortNames as monthShort } from './monthShortNames'

export type { TrustChartMarker } from './trustChartDrawing'

/** Days on uPlot's time axis: seconds since 1970 at UTC midnight of each calendar day. */
export interface TrustChartData {
  readonly x: readonly number[]
  readonly moodDaily: readonly (number | null)[]
  readonly moodWeekly: readonly (number | null)[]
  readonly trustDaily: readonly (number | null)[]
  readonly trustWeekly: readonly (number | null)[]
  /** The window shown, in the same seconds. */
  readonly from: number
  readonly to: number
}

export interface TrustChartProps {
  readonly data: TrustChartData
  readonly markers: readonly TrustChartMarker[]
  /** Names the picture; the caller shows the sentences that describe it. */
  readonly label: string
}

const height = 260
const day = 86_400
const noPath = () => null
/** "5 Jan" for ticks days or weeks apart, "Jan 2026" once they are a month or more apart. */
function dayLabels(
  _chart: uPlot,
  splits: number[],
  _axis: number,
  _space: number,
  increment: number,
) {
  return splits.map((seconds) => {
    const date = new Date(seconds * 1000)
    const month = monthShort[date.getUTCMonth()] ?? ''
    return increment >= 28 * day
      ? `${month} ${date.getUTCFullYear()}`
      : `${date.getUTCDate()} ${month}`
  })
}

function options(
  width: number,
  palette: TrustChartPalette,
  data: TrustChartData,
  markers: readonly TrustChartMarker[],
): uPlot.Options {
  const axis = {
    stroke: palette.text,
    grid: { stroke: palette.grid, width: 1 },
    ticks: { stroke: palette.grid, width: 1 },
    font: '12px system-ui, sans-serif',
  }
  // Each day's marks are drawn by drawDailyPoints, which can give trust its own shape.
  const daily = (stroke: string): uPlot.Series => ({
    stroke,
    paths: noPath,
    points: { show: false },
  })
  return {
    width,
    height,
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: true, range: () => [data.from - day / 2, data.to + day / 2] },
      y: { range: [0.6, 5.4] },
    },
    axes: [
      { ...axis, values: dayLabels },
      { ...axis, size: 32, splits: () => [1, 2, 3, 4, 5] },
    ],
    series: [
      {},
      daily(palette.moodDay),
      { stroke: palette.mood, width: 2.5, spanGaps: true, points: { show: false } },
      daily(palette.trustDay),
      { stroke: palette.trust, width: 2.5, dash: [7, 4], spanGaps: true, points: { show: false } },
    ],
    hooks: {
      draw: [
        (chart) => {
          drawMarkers(chart, markers, palette)
          drawDailyPoints(chart, palette)
        },
      ],
    },
  }
}

/** Mood and trust, each day and as a weekly average, with milestones and setbacks marked. */
export function TrustChart({ data, markers, label }: TrustChartProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const aligned: uPlot.AlignedData = [
      [...data.x],
      [...data.moodDaily],
      [...data.moodWeekly],
      [...data.trustDaily],
      [...data.trustWeekly],
    ]
    let chart: uPlot | null = null
    const draw = () => {
      chart?.destroy()
      const width = element.clientWidth || 640
      chart = new uPlot(
        options(width, readTrustChartPalette(element), data, markers),
        aligned,
        element,
      )
    }
    draw()
    const themeWatch = new MutationObserver(draw)
    themeWatch.observe(document.documentElement, { attributeFilter: ['data-theme'] })
    const resizeWatch = new ResizeObserver(() => {
      const width = element.clientWidth
      if (chart && width > 0 && width !== chart.width) chart.setSize({ width, height })
    })
    resizeWatch.observe(element)
    return () => {
      themeWatch.disconnect()
      resizeWatch.disconnect()
      chart?.destroy()
    }
  }, [data, markers])
  return <div ref={ref} className="trust-chart" role="img" aria-label={label} />
}
