import { describe, expect, it } from 'vitest'
import { assessPassphrase } from '@renderer/crypto/passphraseStrength'

describe('passphrase strength', () => {
  it('accepts four unrelated words and says so plainly', async () => {
    const result = await assessPassphrase('lantern orchard gravel whisper')
    expect(result.meetsMinimum).toBe(true)
    expect(result.score).toBeGreaterThanOrEqual(3)
    expect(result.explanation.length).toBeGreaterThan(10)
  })

  it('refuses a famous password and explains why', async () => {
    const result = await assessPassphrase('password123')
    expect(result.meetsMinimum).toBe(false)
    expect(result.score).toBeLessThan(3)
    expect(result.explanation).toMatch(/password/i)
  })

  it('refuses anything shorter than 10 characters, however random it looks', async () => {
    const result = await assessPassphrase('x7#Qv!p2')
    expect(result.meetsMinimum).toBe(false)
    expect(result.explanation).toMatch(/at least 10 characters/)
  })

  it('counts the journal name, whole or run together, as easy to guess', async () => {
    const alone = await assessPassphrase('Rosalind Okonkwo')
    expect(alone.meetsMinimum).toBe(true)
    const named = await assessPassphrase('Rosalind Okonkwo', ['Rosalind Okonkwo'])
    expect(named.meetsMinimum).toBe(false)
    expect(named.explanation).toMatch(/journal’s name/)
    const runTogether = await assessPassphrase('rosalindokonkwo', ['Rosalind Okonkwo'])
    expect(runTogether.meetsMinimum).toBe(false)
  })
})
