/**
 * Where the main window reopens. Saved bounds are trusted only as far as today's displays allow:
 * a window last seen on a monitor that is now unplugged comes back onto a visible one.
 */
import { z } from 'zod'

export interface Rectangle {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface WindowState {
  /** Normal (not maximised) bounds, so un-maximising returns to a sensible size. */
  readonly bounds: Rectangle
  readonly isMaximized: boolean
}

/** 1100×760: two comfortable columns of writing at 100 % zoom on a 1366×768 laptop. */
export const defaultWindowSize = { width: 1100, height: 760 } as const
/** 640×480: the smallest size at which the journal editor stays usable. */
export const minimumWindowSize = { width: 640, height: 480 } as const

const coordinate = z.number().int().min(-100_000).max(100_000)
const length = z.number().int().min(1).max(100_000)

const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  isMaximized: z.boolean(),
})

/** Reads what windowStateStore saved; anything malformed counts as "nothing saved". */
export function parseWindowState(json: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

function centredIn(area: Rectangle, width: number, height: number): Rectangle {
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  }
}

/**
 * The bounds to open with, fully inside one display's work area (the screen minus task bars).
 * workAreas[0] is the primary display. The window keeps the display it overlapped most; with no
 * overlap at all it is centred on the primary display.
 */
export function restoreWindowState(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): WindowState {
  const primary = workAreas[0]
  const wanted = saved?.bounds ?? { x: 0, y: 0, ...defaultWindowSize }
  if (primary === undefined) {
    return { bounds: wanted, isMaximized: saved?.isMaximized ?? false }
  }

  let home = primary
  let bestOverlap = 0
  for (const area of workAreas) {
    const overlap = saved === null ? 0 : overlapArea(wanted, area)
    if (overlap > bestOverlap) {
      bestOverlap = overlap
      home = area
    }
  }

  const width = clamp(wanted.width, Math.min(minimumWindowSize.width, home.width), home.width)
  const height = clamp(wanted.height, Math.min(minimumWindowSize.height, home.height), home.height)
  if (bestOverlap === 0) {
    return { bounds: centredIn(home, width, height), isMaximized: saved?.isMaximized ?? false }
  }
  return {
    bounds: {
      x: clamp(wanted.x, home.x, home.x + home.width - width),
      y: clamp(wanted.y, home.y, home.y + home.height - height),
      width,
      height,
    },
    isMaximized: saved?.isMaximized ?? false,
  }
}
