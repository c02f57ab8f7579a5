import { describe, expect, it } from 'vitest'
import type { BundleContents } from '@renderer/db/sharingTypes'
import type { Result } from '@shared/result'
import { sampleItems } from '../crypto/bundleTestKit'
import { NOW, TODAY, person } from './shareTestKit'
import { snapshotStorage } from './storageSnapshot'
import { PASSPHRASE } from './vaultTestKit'

const contents = (overrides: Partial<BundleContents> = {}): BundleContents => ({
  senderName: 'Sam',
  items: [{ ...sampleItems(1)[0]!, privateNote: 'Only for me' }, ...sampleItems(3).slice(1)],
  coverNote: '  For Thursday.  ',
  expiresOn: null,
  includeRatings: false,
  includeTags: true,
  includePrivateNotes: false,
  ...overrides,
})

const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code)

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe("a journal's share identity", () => {
  it('is made once, kept across restarts, and never stores the secret key readably', async () => {
    const sam = await person('Sam')
    const again = valueOf(await sam.session.sharing.identity())
    expect(again.shareCode).toBe(sam.shareCode)
    sam.session.close()
    const reopened = valueOf(await sam.vault.reopen().unlock(sam.session.journal.id, PASSPHRASE))
    expect(valueOf(await reopened.sharing.identity()).shareCode).toBe(sam.shareCode)
    const record = await reopened.records.get<Record<string, string>>('share-key', 'own-key-pair')
    expect(record?.status === 'ok' && Object.keys(record.payload).sort()).toEqual([
      'publicKey',
      'sealedSecretKey',
    ])
  })

  it('gives two screens asking at once the same code', async () => {
    const sam = await person('Sam')
    const renewed = valueOf(await sam.session.sharing.renewIdentity())
    expect(renewed.shareCode).not.toBe(sam.shareCode)
    const [first, second] = await Promise.all([
      sam.session.sharing.identity(),
      sam.session.sharing.identity(),
    ])
    expect(valueOf(first).shareCode).toBe(renewed.shareCode)
    expect(valueOf(second).shareCode).toBe(renewed.shareCode)
  })

  it("saves a partner's code, refuses a typo or the journal's own code, and forgets it", async () => {
    const sam = await person('Sam')
    const alex = await person('Alex')
    expect(codeOf(await sam.session.sharing.savePartner(sam.shareCode, 'Me', NOW))).toBe(
      'share-code-is-yours',
    )
    expect(codeOf(await sam.session.sharing.savePartner(`${alex.shareCode}x`, 'Alex', NOW))).toBe(
      'share-code-typo',
    )
    const saved = valueOf(
      await sam.session.sharing.savePartner(alex.shareCode.toUpperCase(), ' Alex ', NOW),
    )
    expect(saved).toMatchObject({
      shareCode: alex.shareCode,
      name: 'Alex',
      savedAt: NOW.toISOString(),
    })
    expect(await sam.session.sharing.partner()).toEqual(saved)
    expect((await sam.session.sharing.forgetPartner()).ok).toBe(true)
    expect(await sam.session.sharing.partner()).toBeNull()
  })
})

describe('sharing a bundle between partners', () => {
  it('lets the partner open and import it, read-only, with who shared it and when', async () => {
    const sam = await person('Sam')
    const alex = await person('Alex')
    valueOf(await alex.session.sharing.savePartner(sam.shareCode, 'Sam', NOW))
    const sealed = valueOf(
      await sam.session.sharing.sealToShareCode(alex.shareCode, contents(), { now: NOW }),
    )
    expect(sealed.suggestedFileName).toMatch(/^mend-share-2026-03-0[12]\.mendshare$/)
    expect(alex.session.sharing.inspectBundle(sealed.bytes)).toEqual({
      ok: true,
      value: { sealedWith: 'share-code' },
    })

    const opened = valueOf(await alex.session.sharing.openBundle(sealed.bytes, { today: TODAY }))
    expect(opened).toMatchObject({
      senderName: 'Sam',
      coverNote: 'For Thursday.',
      senderCheck: 'matches-saved-partner',
    })
    expect(opened.items[0]).not.toHaveProperty('privateNote')
    expect(opened.items[0]).not.toHaveProperty('mood')
    expect(opened.items[0]?.tags).toEqual(['talking'])

    const imported = valueOf(await alex.session.sharing.importBundle(opened, NOW))
    expect(imported).toEqual({ added: 3, alreadyImported: 0 })
    const shared = await alex.session.sharing.listSharedItems()
    expect(shared.damagedIds).toEqual([])
    expect(shared.items.map((item) => item.item.title)).toEqual([
      'Evening 1',
      'Evening 2',
      'Evening 3',
    ])
    expect(shared.items[0]).toMatchObject({
      senderName: 'Sam',
      sender: { shareCode: sam.shareCode },
      sharedAt: NOW.toISOString(),
      importedAt: NOW.toISOString(),
      coverNote: 'For Thursday.',
    })
    for (const item of shared.items) expect(item.id).toMatch(/^[0-9a-f]{32}$/)
  })

  it('does not duplicate anything when the same bundle is imported twice', async () => {
    const sam = await person('Sam')
    const alex = await person('Alex')
    const sealed = valueOf(
      await sam.session.sharing.sealToShareCode(alex.shareCode, contents(), { now: NOW }),
    )
    const opened = valueOf(await alex.session.sharing.openBundle(sealed.bytes, { today: TODAY }))
    valueOf(await alex.session.sharing.importBundle(opened, NOW))
    const before = await snapshotStorage(alex.vault.indexedDB)
    const reopened = valueOf(await alex.session.sharing.openBundle(sealed.bytes, { today: TODAY }))
    expect(valueOf(await alex.session.sharing.importBundle(reopened, new Date()))).toEqual({
      added: 0,
      alreadyImported: 3,
    })
    expect(await snapshotStorage(alex.vault.indexedDB)).toBe(before)
    expect((await alex.session.sharing.listSharedItems()).items).toHaveLength(3)
  })

  it('refuses a bundle sealed for someone else, writing nothing', async () => {
    const sam = await person('Sam')
    const alex = await person('Alex')
    const charlie = await person('Charlie')
    const sealed = valueOf(
      await sam.session.sharing.sealToShareCode(alex.shareCode, contents(), { now: NOW }),
    )
    const before = await snapshotStorage(charlie.vault.indexedDB)
    const opened = await charlie.session.sharing.openBundle(sealed.bytes, { today: TODAY })
    expect(codeOf(opened)).toBe('bundle-for-someone-else')
    expect(!opened.ok && opened.error.message).toMatch(/someone else's share code/)
    expect(await snapshotStorage(charlie.vault.indexedDB)).toBe(before)
  })

  it('refuses to seal to the journal itself or to nothing', async () => {
    const sam = await person('Sam')
    const alex = await person('Alex')
    const toSelf = await sam.session.sharing.sealToShareCode(sam.shareCode, contents(), {
      now: NOW,
    })
    expect(codeOf(toSelf)).toBe('share-code-is-yours')
    const empty = await sam.session.sharing.sealToShareCode(
      alex.shareCode,
      contents({ items: [] }),
      { now: NOW },
    )
    expect(codeOf(empty)).toBe('bundle-empty')
  })

  it('works with a one-time passphrase, refusing a weak one when sealing and a wrong one when opening', async () => {
    const sam = await person('Sam')
    const alex = await person('Alex')
    expect(
      codeOf(await sam.session.sharing.sealWithPassphrase('password1', contents(), { now: NOW })),
    ).toBe('weak-passphrase')
    const passphrase = sam.session.sharing.suggestPassphrase()
    expect(passphrase.split(' ')).toHaveLength(6)
    const sealed = valueOf(
      await sam.session.sharing.sealWithPassphrase(passphrase, contents(), { now: NOW }),
    )
    expect(valueOf(alex.session.sharing.inspectBundle(sealed.bytes)).sealedWith).toBe('passphrase')
    const before = await snapshotStorage(alex.vault.indexedDB)
    const wrong = await alex.session.sharing.openBundle(sealed.bytes, {
      today: TODAY,
      passphrase: 'not it at all',
    })
    expect(codeOf(wrong)).toBe('bundle-wrong-passphrase')
    expect(await snapshotStorage(alex.vault.indexedDB)).toBe(before)
    const opened = valueOf(
      await alex.session.sharing.openBundle(sealed.bytes, { today: TODAY, passphrase }),
    )
    expect(opened.senderCheck).toBe('not-provable')
    expect(valueOf(await alex.session.sharing.importBundle(opened, NOW)).added).toBe(3)
  })

  it('leaves the vault exactly as it was for every damaged file', async () => {
    const sam = await person('Sam')
    const alex = await person('Alex')
    const sealed = valueOf(
      await sam.session.sharing.sealToShareCode(alex.shareCode, contents(), { now: NOW }),
    )
    const before = await snapshotStorage(alex.vault.indexedDB)
    const damaged = [
      sealed.bytes.subarray(0, sealed.bytes.length - 1),
      sealed.bytes.subarray(0, 100),
      new TextEncoder().encode('<html>not a bundle</html>'),
      Uint8Array.from(sealed.bytes, (byte, index) => (index === 250 ? byte ^ 1 : byte)),
    ]
    for (const bytes of damaged) {
      expect((await alex.session.sharing.openBundle(bytes, { today: TODAY })).ok).toBe(false)
    }
    expect(await snapshotStorage(alex.vault.indexedDB)).toBe(before)
  })
})

describe('the share log', () => {
  it('records what was shared, with whom, when and how, newest first', async () => {
    const sam = await person('Sam')
    const first = valueOf(
      await sam.session.sharing.addShareLogEntry({
        sharedAt: new Date('2026-03-01T10:00:00Z'),
        format: 'html',
        recipient: { kind: 'file' },
        itemIds: ['e1'],
        itemTitles: ['Evening 1'],
        bundleId: null,
        note: 'for our counsellor',
      }),
    )
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/)
    await sam.session.sharing.addShareLogEntry({
      sharedAt: new Date('2026-03-02T10:00:00Z'),
      format: 'bundle',
      recipient: {
        kind: 'partner',
        shareCode: sam.shareCode,
        fingerprint: ['a', 'b', 'c', 'd', 'e', 'f'],
      },
      itemIds: ['e1', 'e2'],
      itemTitles: ['Evening 1', 'Evening 2'],
      bundleId: '0123456789abcdef0123456789abcdef',
      note: '',
    })
    const log = await sam.session.sharing.listShareLog()
    expect(log.map((entry) => entry.format)).toEqual(['bundle', 'html'])
    expect(log[1]).toEqual(first)
  })
})
