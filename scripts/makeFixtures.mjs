/**
 * Writes tests/fixtures/vaults/*.json: small vaults made by the app's own code (with test-sized
 * Argon2id costs) in a fake IndexedDB, exported row by row with the raw IndexedDB API. The
 * format-spec test decrypts them with libsodium alone, following docs/FORMAT.md.
 *
 *   node scripts/makeFixtures.mjs
 *
 * Every run makes new random keys, so the files change completely; commit them together.
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { createServer } from 'vite'

const root = resolve(import.meta.dirname, '..')
const outDir = resolve(root, 'tests/fixtures/vaults')
const FIXTURE_KDF = { opsLimit: 2, memLimitBytes: 8 * 1024 * 1024 }

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

await vite.close()
