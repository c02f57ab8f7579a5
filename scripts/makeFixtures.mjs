/**
 * Writes the fixtures the format-spec tests open with libsodium alone, following docs/FORMAT.md:
 *
 *   vaults   tests/fixtures/vaults/*.json: small vaults made by the app's own code (with
 *            test-sized Argon2id costs) in a fake IndexedDB, exported row by row.
 *   share    tests/fixtures/share/: a bundle sealed to a partner's share code, one sealed with a
 *            one-time passphrase, and the recipient's journal rows needed to open the first.
 *   backups  tests/fixtures/backups/: a .mendbackup and what it must contain.
 *
 *   node scripts/makeFixtures.mjs [vaults] [share] [backups]     (no argument: all three)
 *
 * Every run makes new random keys, so the files of a set change completely; commit them together.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { createServer } from 'vite'

const root = resolve(import.meta.dirname, '..')
const outDir = resolve(root, 'tests/fixtures/vaults')
const shareDir = resolve(root, 'tests/fixtures/share')
const backupDir = resolve(root, 'tests/fixtures/backups')
const FIXTURE_KDF = { opsLimit: 2, memLimitBytes: 8 * 1024 * 1024 }
const requested = process.argv.slice(2)
const wants = (set) => requested.length === 0 || requested.includes(set)

/**
 * The vault modules run through Vite's SSR loader in Vitest's mode ('test'), so aliases resolve
 * and their test-only Argon2id costs are accepted.
 */
const vite = await createServer({
  configFile: false,
  mode: 'test',
  root,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  resolve: {
    alias: {
      '@shared': resolve(root, 'src/shared'),
      '@renderer': resolve(root, 'src/renderer/src'),
    },
  },
})

function request(idbRequest) {
  return new Promise((resolvePromise, reject) => {
    idbRequest.onsuccess = () => resolvePromise(idbRequest.result)
    idbRequest.onerror = () => reject(idbRequest.error)
  })
}

/** Bytes become standard base64 (RFC 4648 §4, padded); everything else is copied as is. */
function toJson(value) {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64')
  if (Array.isArray(value)) return value.map(toJson)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item)]))
  }
  return value
}

async function exportDatabase(indexedDB, name) {
  const db = await request(indexedDB.open(name))
  const stores = {}
  for (const storeName of Array.from(db.objectStoreNames)) {
    const store = db.transaction(storeName, 'readonly').objectStore(storeName)
    stores[storeName] = {
      keyPath: store.keyPath,
      indexes: Array.from(store.indexNames),
      rows: toJson(await request(store.getAll())),
    }
  }
  const exported = { indexedDbVersion: db.version, stores }
  db.close()
  return exported
}

async function makeFixture({ file, name, passphrase, records, description }) {
  const { createVaultDirectory } = await vite.ssrLoadModule(
    '/src/renderer/src/db/vaultDirectory.ts',
  )
  const indexedDB = new IDBFactory()
  const directory = createVaultDirectory({
    indexedDB,
    IDBKeyRange,
    dangerousTestOnlyKdfParams: FIXTURE_KDF,
  })
  const created = await directory.create(name, passphrase)
  if (!created.ok) throw new Error(created.error.message)
  const { session, recoveryWords } = created.value
  const written = await session.records.putMany(
    records.map(({ kind, id, payload }) => ({ kind, id, payload })),
  )
  if (!written.ok) throw new Error(written.error.message)
  const journalId = session.journal.id
  session.close()
  const databaseName = `mend-journal-${journalId}`
  for (const record of records.filter((candidate) => candidate.tamper)) {
    await tamperWithRecord(indexedDB, databaseName, [record.kind, record.id])
  }

  const fixture = {
    description,
    passphrase,
    recoveryWords,
    journalId,
    expectedRecords: records
      .filter((record) => !record.tamper)
      .map(({ kind, id, payload }) => ({ kind, id, payload })),
    expectedDamaged: records
      .filter((record) => record.tamper)
      .map(({ kind, id }) => ({ kind, id })),
    databases: {
      'mend-directory': await exportDatabase(indexedDB, 'mend-directory'),
      [databaseName]: await exportDatabase(indexedDB, databaseName),
    },
  }
  await writeFile(resolve(outDir, file), `${JSON.stringify(fixture, null, 2)}\n`)
  console.log(`wrote tests/fixtures/vaults/${file} (journal ${journalId})`)
}

/** Flips one byte of one record's ciphertext, as a failing disk or an attacker might. */
async function tamperWithRecord(indexedDB, databaseName, key) {
  const db = await request(indexedDB.open(databaseName))
  const store = db.transaction('records', 'readwrite').objectStore('records')
  const row = await request(store.get(key))
  row.envelope[30] ^= 0x01
  await request(store.put(row))
  db.close()
}

async function makeVaultFixtures() {
  await makeFixture({
    file: 'basic.json',
    name: 'Sam',
    passphrase: 'lantern orchard gravel whisper',
    description:
      'One journal with two entries and a settings record, made with Argon2id opsLimit 2 / memLimit 8 MiB.',
    records: [
      {
        kind: 'entry',
        id: '5b0c7e3a-1f0e-4c53-9a61-2f7d8f3f6a01',
        payload: { title: 'Day one', body: 'We agreed to talk every evening.', tags: ['talking'] },
      },
      {
        kind: 'entry',
        id: '9e2d4c1b-7a55-4f3e-8b0c-6d1e2f3a4b02',
        payload: { title: 'Day two', body: 'It was hard, and we stayed.', mood: 3 },
      },
      { kind: 'settings', id: 'app-settings', payload: { idleLockMinutes: 5 } },
    ],
  })

  await makeFixture({
    file: 'unicodeAndDamage.json',
    name: 'Carnet de Léa',
    // Written here in NFC; a reader must normalise to NFC before UTF-8 encoding.
    passphrase: 'café crème sous la pluie',
    description:
      'Non-ASCII passphrase and content; the apology record has one ciphertext byte flipped and must fail to open.',
    records: [
      {
        kind: 'entry',
        id: 'c1d2e3f4-0000-4000-8000-000000000001',
        payload: { title: 'Première lettre', body: 'Je suis désolée. 💬 Ça prendra du temps.' },
      },
      {
        kind: 'apology',
        id: 'c1d2e3f4-0000-4000-8000-000000000002',
        payload: { to: 'Marc', body: 'This one was tampered with after writing.' },
        tamper: true,
      },
    ],
  })
}

async function fixtureDirectory() {
  const { createVaultDirectory } = await vite.ssrLoadModule(
    '/src/renderer/src/db/vaultDirectory.ts',
  )
  const indexedDB = new IDBFactory()
  const directory = createVaultDirectory({
    indexedDB,
    IDBKeyRange,
    dangerousTestOnlyKdfParams: FIXTURE_KDF,
  })
  return { indexedDB, directory }
}

function valueOf(result) {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const SHARED_ITEMS = [
  {
    kind: 'entry',
    entryKind: 'free',
    id: 'e-1',
    title: 'Thursday walk',
    date: '2026-02-26',
    bodyMarkdown: 'We walked to the river and **talked** without rushing. Ça fait du bien. 🌿',
    theme: 'communication',
    tags: ['walks'],
    mood: 4,
    trust: 3,
  },
  {
    kind: 'apology',
    id: 'a-1',
    title: 'About the missed call',
    date: '2026-02-27',
    bodyMarkdown: 'I said I would call at eight and I did not. That was my choice, and I am sorry.',
    theme: 'accountability',
  },
]

async function makeShareFixtures() {
  await mkdir(shareDir, { recursive: true })
  const now = new Date('2026-03-01T20:15:00.000Z')
  const sam = await fixtureDirectory()
  const sender = valueOf(await sam.directory.create('Sam', 'lantern orchard gravel whisper'))
  const alex = await fixtureDirectory()
  const recipientPassphrase = 'copper meadow tangle harbour'
  const recipient = valueOf(await alex.directory.create('Alex', recipientPassphrase))
  const senderIdentity = valueOf(await sender.session.sharing.identity())
  const recipientIdentity = valueOf(await recipient.session.sharing.identity())
  const contents = {
    senderName: 'Sam',
    items: SHARED_ITEMS,
    coverNote: 'For our session on Thursday.',
    expiresOn: '2026-04-01',
    includeRatings: true,
    includeTags: true,
    includePrivateNotes: false,
  }
  const toPartner = valueOf(
    await sender.session.sharing.sealToShareCode(recipientIdentity.shareCode, contents, { now }),
  )
  const bundlePassphrase = 'tulip anchor violet meadow river'
  const withPassphrase = valueOf(
    await sender.session.sharing.sealWithPassphrase(bundlePassphrase, contents, { now }),
  )
  const opened = valueOf(
    await recipient.session.sharing.openBundle(toPartner.bytes, { today: '2026-03-02' }),
  )
  const openedWithPassphrase = valueOf(
    await recipient.session.sharing.openBundle(withPassphrase.bytes, {
      today: '2026-03-02',
      passphrase: bundlePassphrase,
    }),
  )
  const payloadOf = ({ bundleId, createdAt, senderName, expiresOn, coverNote, items }) => ({
    bundleId,
    createdAt,
    senderName,
    expiresOn,
    coverNote,
    items,
  })
  const journalId = recipient.session.journal.id
  recipient.session.close()
  sender.session.close()
  await writeFile(resolve(shareDir, 'toPartner.mendshare'), toPartner.bytes)
  await writeFile(resolve(shareDir, 'withPassphrase.mendshare'), withPassphrase.bytes)
  const fixture = {
    description:
      'toPartner.mendshare is sealed by Sam to the share code of journal Alex (rows below); withPassphrase.mendshare holds the same items under a one-time passphrase. Argon2id opsLimit 2 / memLimit 8 MiB.',
    sender: senderIdentity,
    recipient: {
      ...recipientIdentity,
      passphrase: recipientPassphrase,
      journalId,
      databases: {
        [`mend-journal-${journalId}`]: await exportDatabase(
          alex.indexedDB,
          `mend-journal-${journalId}`,
        ),
      },
    },
    bundlePassphrase,
    expectedPayload: payloadOf(opened),
    expectedPassphrasePayload: payloadOf(openedWithPassphrase),
  }
  await writeFile(resolve(shareDir, 'share.json'), `${JSON.stringify(fixture, null, 2)}\n`)
  console.log('wrote tests/fixtures/share/{toPartner,withPassphrase}.mendshare and share.json')
}

async function makeBackupFixtures() {
  await mkdir(backupDir, { recursive: true })
  const { directory } = await fixtureDirectory()
  const passphrase = 'lantern orchard gravel whisper'
  const { session, recoveryWords } = valueOf(await directory.create('Sam', passphrase))
  const records = [
    {
      kind: 'entry',
      id: '5b0c7e3a-1f0e-4c53-9a61-2f7d8f3f6a01',
      payload: {
        title: 'Day one',
        body: 'We agreed to talk every evening.',
        updatedAt: '2026-02-01T10:00:00.000Z',
      },
    },
    {
      kind: 'entry',
      id: '9e2d4c1b-7a55-4f3e-8b0c-6d1e2f3a4b02',
      payload: {
        title: 'Deux',
        body: 'Ça prendra du temps. 💬',
        updatedAt: '2026-02-02T10:00:00.000Z',
      },
    },
    { kind: 'settings', id: 'app-settings', payload: { idleLockMinutes: 5 } },
  ]
  valueOf(await session.records.putMany(records))
  const backup = valueOf(
    await session.backups.create({ now: new Date('2026-03-01T20:15:00.000Z') }),
  )
  session.close()
  await writeFile(resolve(backupDir, 'basic.mendbackup'), backup.bytes)
  const fixture = {
    description:
      'A backup of journal "Sam" with two entries and a settings record, made with Argon2id opsLimit 2 / memLimit 8 MiB.',
    passphrase,
    recoveryWords,
    journalId: session.journal.id,
    journalName: 'Sam',
    createdAt: '2026-03-01T20:15:00.000Z',
    expectedRecords: records,
  }
  await writeFile(resolve(backupDir, 'basic.json'), `${JSON.stringify(fixture, null, 2)}\n`)
  console.log(`wrote tests/fixtures/backups/basic.mendbackup and basic.json (${backup.fileName})`)
}

if (wants('vaults')) await makeVaultFixtures()
if (wants('share')) await makeShareFixtures()
if (wants('backups')) await makeBackupFixtures()
await vite.close()
