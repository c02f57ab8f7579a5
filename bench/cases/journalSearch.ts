import { createJournalSearchIndex } from '../../src/renderer/src/domain/search/journalSearchIndex'
import type { SearchableEntry } from '../../src/renderer/src/domain/search/types'
import type { BenchCase, BenchRow } from '../types'

/** Deterministic 32-bit PRNG (mulberry32): the same seed gives the same journal every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const commonWords = (
  'i the and to a we was it of that my in he she me for with but so is about what not ' +
  'this felt it was after had our at be did just when then they have you how today'
).split(' ')

const journalWordList =
  'morning evening night weekend monday tuesday wednesday thursday friday saturday sunday ' +
  'talk talked conversation listen listened listening quiet calm tired hopeful worried ' +
  'anxious grateful thankful proud sorry apology apologised honest honesty trust trusted ' +
  'promise promised kept agreement boundary routine check-in counsellor counselling session ' +
  'therapy mentor friend sister brother mother father children kids school work office ' +
  'meeting deadline commute walk walked park river garden kitchen dinner lunch breakfast ' +
  'coffee tea cooked cooking recipe film music song book reading read wrote writing letter ' +
  'message phone call texted late early home away trip holiday holidays plans planning ' +
  'money budget bills argument disagreement misunderstanding repair repaired apologising ' +
  'forgive forgiveness patience patient setback progress small steps step again slowly ' +
  'together closer distance space needed need needs feelings feeling felt hurt angry sad ' +
  'happy relieved lonely safe safer unsafe reassurance reassured transparent transparency ' +
  'openness open closed guarded defensive blame understand understood heard seen kind ' +
  'kindness gentle gentler gently warm warmth cold hug hugged held hand laughed laughing ' +
  'smiled cried tears sleep slept rest resting exercise run running gym yoga breathe breathing ' +
  'pause paused heated shouting raised voice sorry regret owning responsibility commitment ' +
  'commitments consistent consistency reliable showed showing effort efforts noticed notice ' +
  'appreciated appreciate appreciation thanks small win wins celebrate celebrated milestone ' +
  'anniversary birthday memory memories photo photos old new first last week month year ' +
  'future past present hope hoping wish wished try tried trying learn learned learning ' +
  'bedroom sofa balcony window rain sunshine snow autumn spring summer winter bicycle car train ' +
  'bus station airport hotel beach mountain forest lake sea harbour village city market shop ' +
  'groceries laundry dishes cleaning tidied repairs appointment doctor dentist pharmacy headache ' +
  'illness recovery energy exhausted restless overwhelmed steady grounded centred content ' +
  'peaceful frustrated irritated ashamed embarrassed guilty jealous insecure vulnerable brave ' +
  'courage fear afraid scared nervous excited curious surprised moved touched tender playful ' +
  'silly serious thoughtful distracted focused present mindful journal journaling notebook ' +
  'prompt question answer reflection insight pattern habit habits ritual rituals schedule ' +
  'calendar reminder agreed agreements expectations clarified clarify misunderstood assumed ' +
  'assumption interrupted interrupting apologies excuse excuses accountable accountability ' +
  'owned admitted confessed secret secrets lies lying truth truthful disclosure password phone ' +
  'location sharing shared share privacy jealousy suspicion doubt doubts certainty reassure ' +
  'rebuilding rebuild healing heal wound wounds scar trigger triggered flashback nightmare ' +
  'couples workshop podcast article chapter exercise homework worksheet assignment practice ' +
  'practised boundaries limits respect respected disrespected valued ignored neglected ' +
  'attention affection intimacy closeness tenderness romance date night flowers gift surprise ' +
  'dinner reservation restaurant picnic concert museum gallery theatre cinema board game ' +
  'puzzle crossword garden planting weeding watering tomatoes roses dog cat vet neighbour ' +
  'colleague manager boss team project presentation interview salary savings debt loan rent ' +
  'mortgage insurance taxes paperwork email inbox screen scrolling offline unplugged'

const journalWords = [...new Set(journalWordList.split(' '))]

const tagWords = [
  'check-in',
  'conversation',
  'setback',
  'progress',
  'counselling',
  'walks',
  'money',
  'family',
  'work',
  'apology',
]

// 50 queries a person might type: whole words, two words, half-typed words, typos, a miss.
const queries = [
  'apology',
  'trust',
  'counsellor',
  'garden',
  'river',
  'holiday',
  'budget',
  'reassurance',
  'anniversary',
  'birthday',
  'forgiveness',
  'transparency',
  'defensive',
  'breathing',
  'recipe',
  'honest talk',
  'kitchen dinner',
  'weekend plans',
  'phone call',
  'small wins',
  'raised voice',
  'check-in',
  'hand held',
  'slept early',
  'old photos',
  'conv',
  'apol',
  'patien',
  'reass',
  'celebr',
  'consist',
  'misund',
  'forgiv',
  'transp',
  'gent',
  'apolgy',
  'counseller',
  'convresation',
  'reasurance',
  'forgivness',
  'anniversery',
  'patiense',
  'bounday',
  'relieved',
  'lonely evening',
  'walked park',
  'letter wrote',
  'tea morning',
  'quiet sunday',
  'xylophone',
]

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T
}

/**
 * Content words follow Zipf's law (the r-th most frequent has weight 1/r), as in real prose, so
 * a rare word is in a few hundred entries and a frequent one in most. Which word is frequent is
 * decided by a fixed shuffle, not by the order of the list above.
 */
function zipfSampler(words: readonly string[], random: () => number): () => string {
  const ranked = [...words]
  for (let i = ranked.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1))
    ;[ranked[i], ranked[j]] = [ranked[j] as string, ranked[i] as string]
  }
  const cumulative: number[] = []
  let total = 0
  for (let rank = 1; rank <= ranked.length; rank += 1) cumulative.push((total += 1 / rank))
  return () => {
    const target = random() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cumulative[middle] as number) < target) low = middle + 1
      else high = middle
    }
    return ranked[low] as string
  }
}

/** Common words about half the time, like real prose. */
function wordSource(random: () => number): () => string {
  const contentWord = zipfSampler(journalWords, random)
  return () => (random() < 0.45 ? pick(commonWords, random) : contentWord())
}

function sentence(random: () => number, nextWord: () => string): string {
  const length = 8 + Math.floor(random() * 9)
  const words = Array.from({ length }, nextWord)
  const first = words[0] as string
  words[0] = first.charAt(0).toUpperCase() + first.slice(1)
  return `${words.join(' ')}.`
}

/** `count` entries of 270–330 words, about five a day going back from mid-2026. */
export function generateJournalCorpus(count: number, seed: number): SearchableEntry[] {
  const random = seededRandom(seed)
  const nextWord = wordSource(random)
  const start = Date.UTC(2026, 5, 30)
  return Array.from({ length: count }, (_, i) => {
    const target = 270 + Math.floor(random() * 61)
    const paragraphs: string[] = []
    let words = 0
    let paragraph: string[] = []
    while (words < target) {
      const next = sentence(random, nextWord)
      paragraph.push(next)
      words += next.split(' ').length
      if (paragraph.length >= 4 || words >= target) {
        paragraphs.push(paragraph.join(' '))
        paragraph = []
      }
    }
    const titleLength = 2 + Math.floor(random() * 4)
    const title = Array.from({ length: titleLength }, nextWord).join(' ')
    const tags = Array.from({ length: Math.floor(random() * 3) }, () => pick(tagWords, random))
    const day = new Date(start - Math.floor(i / 5) * 86_400_000).toISOString()
    return {
      id: `bench-${i}`,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      body: paragraphs.join('\n\n'),
      tags: [...new Set(tags)],
      date: day.slice(0, 10),
      updatedAt: day,
    }
  })
}

function percentile(sortedMs: readonly number[], fraction: number): number {
  const index = Math.min(sortedMs.length - 1, Math.ceil(fraction * sortedMs.length) - 1)
  return sortedMs[Math.max(0, index)] as number
}

interface ChromiumMemory {
  readonly usedJSHeapSize: number
}

function usedHeapBytes(): number | null {
  // Chromium only; rounded unless launched with --enable-precise-memory-info.
  const memory = (performance as Performance & { memory?: ChromiumMemory }).memory
  ;(globalThis as { gc?: () => void }).gc?.()
  return memory ? memory.usedJSHeapSize : null
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits))

export const journalSearchBench: BenchCase = {
  name: 'Journal search (10,000 entries of ~300 words)',
  async run(): Promise<readonly BenchRow[]> {
    const entries = generateJournalCorpus(10_000, 20_260_601)
    const heapBefore = usedHeapBytes()

    const buildStart = performance.now()
    const index = createJournalSearchIndex(entries)
    const buildMs = performance.now() - buildStart
    const heapAfter = usedHeapBytes()

    for (const query of queries) index.search(query) // warm-up: JIT and caches
    const timesMs: number[] = []
    let hits = 0
    for (const query of queries) {
      const queryStart = performance.now()
      hits += index.search(query, { limit: 50 }).length
      timesMs.push(performance.now() - queryStart)
    }
    timesMs.sort((a, b) => a - b)
    index.dispose()

    const heapMb =
      heapBefore !== null && heapAfter !== null
        ? round((heapAfter - heapBefore) / 1_048_576)
        : 'n/a (performance.memory unavailable)'
    return [
      { name: 'search: index build', value: round(buildMs, 0), unit: 'ms' },
      {
        name: 'search: query median (50 queries, top 50 with snippets)',
        value: round(percentile(timesMs, 0.5), 2),
        unit: 'ms',
        goal: '< 30 ms',
      },
      { name: 'search: query p95', value: round(percentile(timesMs, 0.95), 2), unit: 'ms' },
      { name: 'search: index heap', value: heapMb, unit: typeof heapMb === 'number' ? 'MB' : '' },
      { name: 'search: hits returned', value: hits, unit: '' },
    ]
  },
}

export default journalSearchBench
