import { describe, expect, it } from 'vitest'
import {
  defaultWindowSize,
  parseWindowState,
  restoreWindowState,
} from '../../../../src/main/windows/windowBounds'

const laptop = { x: 0, y: 0, width: 1440, height: 860 }
const leftMonitor = { x: -1920, y: 0, width: 1920, height: 1040 }

describe('restoreWindowState', () => {
  it('opens at the default size, centred on the primary display, the first time', () => {
    expect(restoreWindowState(null, [laptop])).toEqual({
      bounds: { x: 170, y: 50, ...defaultWindowSize },
      isMaximized: false,
    })
  })

  it('keeps saved bounds that are fully visible, including on a monitor left of the primary', () => {
    const saved = { bounds: { x: -1500, y: 100, width: 1200, height: 800 }, isMaximized: true }
    expect(restoreWindowState(saved, [laptop, leftMonitor])).toEqual(saved)
  })

  it('brings a window from an unplugged monitor back to the centre of the primary display', () => {
    const saved = { bounds: { x: 3000, y: 200, width: 1000, height: 700 }, isMaximized: false }
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({
      x: 220,
      y: 80,
      width: 1000,
      height: 700,
    })
  })

  it('pulls a window hanging off the edge fully onto the display it mostly covers', () => {
    const saved = { bounds: { x: 1000, y: -50, width: 800, height: 600 }, isMaximized: false }
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({
      x: 640,
      y: 0,
      width: 800,
      height: 600,
    })
  })

  it('shrinks a window larger than the display, but never below the usable minimum', () => {
    const huge = { bounds: { x: 0, y: 0, width: 5000, height: 3000 }, isMaximized: false }
    expect(restoreWindowState(huge, [laptop]).bounds).toEqual(laptop)
    const tiny = { bounds: { x: 10, y: 10, width: 100, height: 50 }, isMaximized: false }
    expect(restoreWindowState(tiny, [laptop]).bounds).toEqual({
      x: 10,
      y: 10,
      width: 640,
      height: 480,
    })
  })

  it('fits a display smaller than the minimum size', () => {
    const small = { x: 0, y: 0, width: 600, height: 400 }
    const saved = { bounds: { x: 0, y: 0, width: 1000, height: 800 }, isMaximized: false }
    expect(restoreWindowState(saved, [small]).bounds).toEqual(small)
  })
})

describe('parseWindowState', () => {
  it('reads what was saved', () => {
    const state = { bounds: { x: 1, y: 2, width: 800, height: 600 }, isMaximized: false }
    expect(parseWindowState(state)).toEqual(state)
  })

  it.each([
    null,
    'text',
    { bounds: { x: 0, y: 0, width: 0, height: 600 }, isMaximized: false },
    { bounds: { x: 0.5, y: 0, width: 800, height: 600 }, isMaximized: false },
    { bounds: { x: 0, y: 0, width: 800, height: 600 } },
    { bounds: { x: 1e9, y: 0, width: 800, height: 600 }, isMaximized: false },
  ])('treats %j as nothing saved', (value) => {
    expect(parseWindowState(value)).toBeNull()
  })
})
