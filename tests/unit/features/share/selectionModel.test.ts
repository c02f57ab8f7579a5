import { describe, expect, it } from 'vitest'
import {
  emptySelection,
  extendTo,
  retainExisting,
  selectAll,
  toggle,
} from '../../../../src/renderer/src/features/share/selectionModel'

const order = ['a', 'b', 'c', 'd', 'e']

describe('selection model', () => {
  it('a click toggles one item and becomes the anchor', () => {
    const once = toggle(emptySelection, 'b')
    expect([...once.ids]).toEqual(['b'])
    expect(once.anchor).toBe('b')
    expect(toggle(once, 'b').ids.size).toBe(0)
  })

  it('shift-click selects the whole range from the anchor, in either direction', () => {
    const anchored = toggle(emptySelection, 'b')
    expect([...extendTo(anchored, order, 'd').ids].sort()).toEqual(['b', 'c', 'd'])
    const fromEnd = toggle(emptySelection, 'e')
    expect([...extendTo(fromEnd, order, 'c').ids].sort()).toEqual(['c', 'd', 'e'])
  })

  it('shift-click on a selected item clears the range instead', () => {
    const all = selectAll(emptySelection, order)
    const anchored = toggle(all, 'a')
    expect([...extendTo(anchored, order, 'c').ids].sort()).toEqual(['d', 'e'])
  })

  it('shift-click without an anchor is a plain toggle', () => {
    expect([...extendTo(emptySelection, order, 'c').ids]).toEqual(['c'])
  })

  it('items that no longer exist drop out of the selection', () => {
    const chosen = selectAll(emptySelection, ['a', 'b'])
    expect([...retainExisting(chosen, new Set(['b'])).ids]).toEqual(['b'])
  })
})
