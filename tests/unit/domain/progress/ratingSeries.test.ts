import { describe, expect, it } from 'vitest'
import { ratingSentence } from '@renderer/domain/progress/ratingSentence'
import { moodAndTrustSeries } from '@renderer/domain/progress/ratingSeries'
import { entry } from './entryFixtures'

describe('mood and trust over time', () => {
  it('averages each day, then each Monday-to-Sunday week by its days', () => {
    const series = moodAndTrustSeries([
      entry('2026-03-03', { trust: 2 }),
      entry('2026-03-03', { trust: 4, id: 'b' }),
      entry('2026-03-03', { trust: 3, id: 'c' }),
      entry('2026-03-08', { trust: 5 }),
      entry('2026-03-09', { trust: 1 }),
      entry('2026-03-10', { mood: 5 }),
      entry('not a date', { trust: 5 }),
    ]).trust
    expect(series.points).toEqual([
      { date: '2026-03-03', value: 3, ratings: 3 },
      { date: '2026-03-08', value: 5, ratings: 1 },
      { date: '2026-03-09', value: 1, ratings: 1 },
    ])
    // One busy Tuesday (three ratings) weighs the same as the Sunday.
    expect(series.weekly).toEqual([
      { weekStart: '2026-03-02', average: 4, days: 2 },
      { weekStart: '2026-03-09', average: 1, days: 1 },
    ])
  })

  it('keeps a daylight-saving week and a leap-day week whole', () => {
    const series = moodAndTrustSeries([
      entry('2026-03-23', { trust: 2 }),
      entry('2026-03-29', { trust: 4 }),
      entry('2028-02-28', { trust: 3 }),
      entry('2028-02-29', { trust: 5 }),
    ]).trust
    expect(series.weekly.map((w) => [w.weekStart, w.average])).toEqual([
      ['2026-03-23', 3],
      ['2028-02-28', 4],
    ])
  })

  it('describes this week against the week before in plain sentences', () => {
    const series = moodAndTrustSeries([
      entry('2026-03-02', { trust: 3 }),
      entry('2026-03-04', { trust: 3 }),
      entry('2026-03-06', { trust: 2 }),
      entry('2026-03-06', { trust: 3, id: 'b' }),
      entry('2026-03-09', { trust: 3 }),
      entry('2026-03-10', { trust: 4 }),
      entry('2026-03-11', { trust: 3 }),
    ]).trust
    // Last week: (3 + 3 + 2.5) / 3 = 2.83; this week: 10 / 3 = 3.33.
    expect(ratingSentence(series, 'trust', '2026-03-11')).toBe(
      'Your trust rating averaged 3.3 this week, up from 2.8 the week before. The chart shows 6 rated days, from 2 March 2026 to 11 March 2026.',
    )
    expect(ratingSentence(series, 'trust', '2026-03-16')).toMatch(
      /^No trust ratings yet this week; last week they averaged 3.3\./,
    )
    expect(ratingSentence(series, 'trust', '2026-04-20')).toMatch(
      /^No trust ratings in the last two weeks\./,
    )
    expect(ratingSentence(moodAndTrustSeries([]).mood, 'mood', '2026-03-11')).toBe(
      'No mood ratings yet. They will appear here when you add them to an entry.',
    )
  })

  it('says "down from" and "about the same" as plainly as "up from"', () => {
    const down = moodAndTrustSeries([
      entry('2026-03-03', { mood: 4 }),
      entry('2026-03-10', { mood: 2 }),
    ]).mood
    expect(ratingSentence(down, 'mood', '2026-03-10')).toMatch(
      /^Your mood rating averaged 2\.0 this week, down from 4\.0 the week before\./,
    )
    const same = moodAndTrustSeries([
      entry('2026-03-03', { mood: 3 }),
      entry('2026-03-10', { mood: 3 }),
    ]).mood
    expect(ratingSentence(same, 'mood', '2026-03-10')).toMatch(
      /about the same as the week before\./,
    )
  })
})
