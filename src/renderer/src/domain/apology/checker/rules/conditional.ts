import type { AnalysedSentence, Token } from '../analysedSentence'
import { apologyHeads } from '../apologyHeads'
import { clauseEnd } from '../clauses'
import { pattern } from '../nlpEngine'
import { fillInWordings } from '../fillInWordings'
import { asSentence, tokenText } from '../rewriting'
import { suggest, type RewriteSuggestion } from '../rewriteSuggestion'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'
import { conditionOpenerEnd } from './conditionOpeners'

/** Words that make an if-clause a frame (honesty, permission, wishes), not a doubt about harm. */
const framingIfClause = wordSet(`
  honest could would want wants willing let ready helps help like ever need needs may
  allowed reading possible okay ok
`)

const forgiveMeIf = pattern('(forgive|pardon|excuse) me if')

/** "even if", "as if", "only if" and "what if" do not make the apology hang on the harm. */
const notConditionalBefore = wordSet(`
  even as only what
`)
/** Between the apology and a trailing "if", these start a new clause the "if" belongs to. */
const newClause = wordSet(`
  and but so because when while though although
`)
const modals = wordSet(`
  will would can could shall should might
`)

function isFraming(ifClause: readonly Token[]): boolean {
  return ifClause.some(
    (t, k) =>
      framingIfClause.has(t.normal) && (t.normal !== 'let' || ifClause[k + 1]?.normal === 'me'),
  )
}

/**
 * "I'm sorry for the comments, if they stung": an if-clause after the apology's object still
 * hangs the apology on the harm. Returns the index of that "if", or -1.
 */
function trailingIf(tokens: readonly Token[], h: number): number {
  for (let j = h + 2; j < tokens.length; j++) {
    const token = tokens[j]
    if (!token) break
    if (newClause.has(token.normal)) return -1
    // "…; I'd love to make it up to you if you'll let me": the "if" belongs to a new promise.
    if (token.normal === 'i' && modals.has(tokens[j + 1]?.normal ?? '')) return -1
    const opener = conditionOpenerEnd(tokens, j)
    if (opener < 0 || notConditionalBefore.has(tokens[j - 1]?.normal ?? '')) continue
    const ifClause = tokens.slice(opener + 1, clauseEnd(tokens, opener + 1) + 1)
    return isFraming(ifClause) ? -1 : j
  }
  return -1
}

const template = suggest('Drop the “if” and say what you did:', fillInWordings.conditional)

function rewriteAfterHead(
  sentence: AnalysedSentence,
  marker: number,
  markerEnd: number,
): RewriteSuggestion {
  const next = sentence.tokens[markerEnd + 1]
  if (next?.normal !== 'i') return template
  const before = tokenText(sentence, 0, marker - 1)
  const after = tokenText(sentence, markerEnd + 1, sentence.tokens.length - 1)
  return suggest('Try:', asSentence(`${before.replace(/,\s*$/, '')} that ${after}`))
}

/** "to the extent", "to whatever extent", "to any extent": degree that hangs on the harm. */
const degreeOpeners = wordSet(`
  the whatever what any
`)

/** "I'm sorry if …", "sorry in case …", "to the extent that …", "If I hurt you, I'm sorry". */
export const conditional: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  for (const h of apologyHeads(sentence)) {
    let marker = h + 1
    if (tokens[marker]?.normal === 'it' && tokens[marker + 1]?.normal === 'if') marker += 1
    const word = tokens[marker]?.normal
    const opener = conditionOpenerEnd(tokens, marker)
    if (opener >= 0) {
      findings.push({
        category: 'conditional',
        first: h,
        last: opener,
        suggestion: rewriteAfterHead(sentence, marker, opener),
      })
      continue
    }
    // "I'm sorry should anything I said have hurt you": an inverted if.
    const inverted = word === 'should' && !tokens[marker + 1]?.tags.has('Verb')
    if (inverted) {
      findings.push({ category: 'conditional', first: h, last: marker, suggestion: template })
      continue
    }
    if (word === 'in' && tokens[marker + 1]?.normal === 'case') {
      findings.push({
        category: 'conditional',
        first: h,
        last: marker + 1,
        suggestion: rewriteAfterHead(sentence, marker, marker + 1),
      })
      continue
    }
    const extent = tokens.findIndex(
      (t, i) =>
        t.normal === 'extent' &&
        degreeOpeners.has(tokens[i - 1]?.normal ?? '') &&
        tokens[i - 2]?.normal === 'to',
    )
    if (extent >= 2) {
      const [first, last] = extent < h ? [extent - 2, h] : [h, extent]
      findings.push({ category: 'conditional', first, last, suggestion: template })
      continue
    }
    // "Should I have upset you, I apologise": an inverted if at the start.
    if (tokens[0]?.normal === 'should' && h > 1 && !tokens[1]?.tags.has('Verb')) {
      findings.push({ category: 'conditional', first: 0, last: h, suggestion: template })
      continue
    }
    const after = trailingIf(tokens, h)
    if (after >= 0) {
      findings.push({ category: 'conditional', first: after, last: after, suggestion: template })
      continue
    }
    // A condition before the apology: "If I hurt you", "Assuming it hurt you", "Where I …".
    const ifIndex = tokens.findIndex(
      (_, i) => i < h && conditionOpenerEnd(tokens, i) >= 0 && tokens[i - 1]?.normal !== 'even',
    )
    if (ifIndex < 0) continue
    const openerEnd = conditionOpenerEnd(tokens, ifIndex)
    const ifClause = tokens.slice(openerEnd + 1, Math.min(clauseEnd(tokens, openerEnd + 1), h) + 1)
    // "If I'm honest, …" or "If you'll let me, …" set a frame; they do not doubt the harm.
    if (isFraming(ifClause)) continue
    const subjectIsMe = ifClause[0]?.normal === 'i'
    const ifText = tokenText(sentence, openerEnd + 1, openerEnd + ifClause.length)
    findings.push({
      category: 'conditional',
      first: ifIndex,
      last: h,
      suggestion: subjectIsMe ? suggest('Try:', asSentence(`I'm sorry that ${ifText}`)) : template,
    })
  }
  for (const span of sentence.find(forgiveMeIf)) {
    findings.push({ category: 'conditional', ...span, suggestion: template })
  }
  return findings
}
