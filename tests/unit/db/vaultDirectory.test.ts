import { describe, expect, it } from 'vitest'
import { OTHER_PASSPHRASE, PASSPHRASE, createJournalOrThrow, freshVault } from './vaultTestKit'

describe('the vault directory', () => {
  it('lists a new journal by name and opens it again with its passphrase after a restart', async () => {
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory, '  Sam  ')
    expect(await session.records.put('entry', 'e1', { title: 'First' })).toEqual({
      ok: true,
      value: undefined,
    })
    session.close()

    const restarted = vault.reopen()
    const journals = await restarted.list()
    expect(journals).toEqual([{ id: session.journal.id, name: 'Sam' }])
    const unlocked = await restarted.unlock(session.journal.id, PASSPHRASE)
    if (!unlocked.ok) throw new Error(unlocked.error.message)
    expect(unlocked.value.mustChangePassphrase).toBe(false)
    expect(await unlocked.value.records.get('entry', 'e1')).toEqual({
      status: 'ok',
      id: 'e1',
      kind: 'entry',
      payload: { title: 'First' },
    })
  })

  it('answers a wrong passphrase with the one calm wrong-passphrase message', async () => {
    const vault = freshVault()
    const { session } = await createJournalOrThrow(vault.directory)
    session.close()
    const result = await vault.directory.unlock(session.journal.id, OTHER_PASSPHRASE)
    expect(result).toEqual({
      ok: false,
      error: { code: 'wrong-passphrase', message: 'That passphrase doesn’t open this journal.' },
    })
  })

  it('treats a passphrase typed in another Unicode normal form as the same passphrase', async () => {
    const vault = freshVault()
    const composed = 'caf\u00e9 orchard gravel whisper'
    const { session } = await createJournalOrThrow(vault.directory, 'Sam', composed)
    session.close()
    const decomposed = 'cafe\u0301 orchard gravel whisper'
    expect((await vault.directory.unlock(session.journal.id, decomposed)).ok).toBe(true)
  })

  it('refuses a weak passphrase with an explanation and creates nothing', async () => {
    const vault = freshVault()
    const result = await vault.directory.create('Sam', 'password1')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('weak-passphrase')
    expect(result.error.message).toMatch(/too easy to guess/)
    expect(await vault.directory.list()).toEqual([])
  })

  it('refuses an empty or overlong journal name', async () => {
    const vault = freshVault()
    expect((await vault.directory.create('   ', PASSPHRASE)).ok).toBe(false)
    const long = await vault.directory.create('x'.repeat(61), PASSPHRASE)
    expect(!long.ok && long.error.code).toBe('invalid-name')
  })

  it('reports an unknown journal id as not found rather than as a wrong passphrase', async () => {
    const vault = freshVault()
    const result = await vault.directory.unlock('0123456789abcdef0123456789abcdef', PASSPHRASE)
    expect(!result.ok && result.error.code).toBe('journal-not-found')
  })

  it('keeps two journals on one computer apart: each passphrase opens only its own', async () => {
    const vault = freshVault()
    const sam = await createJournalOrThrow(vault.directory, 'Sam', PASSPHRASE)
    const alex = await createJournalOrThrow(vault.directory, 'Alex', OTHER_PASSPHRASE)
    await sam.session.records.put('entry', 'shared-id', { body: 'Sam wrote this' })
    await alex.session.records.put('entry', 'shared-id', { body: 'Alex wrote this' })
    expect(sam.session.journal.id).not.toBe(alex.session.journal.id)

    const samOpened = await sam.session.records.list('entry')
    expect(samOpened).toEqual([
      { status: 'ok', id: 'shared-id', kind: 'entry', payload: { body: 'Sam wrote this' } },
    ])
    const crossed = await vault.directory.unlock(alex.session.journal.id, PASSPHRASE)
    expect(!crossed.ok && crossed.error.code).toBe('wrong-passphrase')
    expect((await vault.directory.list()).map((journal) => journal.name)).toEqual(['Alex', 'Sam'])
  })

  it('shows 24 recovery words once at creation', async () => {
    const vault = freshVault()
    const created = await createJournalOrThrow(vault.directory)
    expect(created.recoveryWords).toHaveLength(24)
    for (const word of created.recoveryWords) expect(word).toMatch(/^[a-z]{3,8}$/)
  })
})
