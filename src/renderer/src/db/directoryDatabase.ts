import Dexie, { type Table } from 'dexie'
import { dexieOptions, type IndexedDbSource } from './indexedDbSource'

/** The lock screen's list: one row per journal, readable before anything is unlocked. */
export interface JournalDirectoryRow {
  /** 32 lowercase hex characters, random; also names the journal's own database. */
  readonly id: string
  /** Plain text by design (docs/FORMAT.md): the person picks their journal by it. */
  readonly name: string
}

export const DIRECTORY_DATABASE_NAME = 'mend-directory'

export class DirectoryDatabase extends Dexie {
  declare journals: Table<JournalDirectoryRow, string>

  constructor(source: IndexedDbSource) {
    super(DIRECTORY_DATABASE_NAME, dexieOptions(source))
    this.version(1).stores({ journals: 'id' })
  }
}
