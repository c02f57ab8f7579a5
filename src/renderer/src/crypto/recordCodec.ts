/**
 * A record's payload ⇄ its envelope: JSON → UTF-8 → padding → envelope under the records key,
 * with associated data binding journal, kind, record id and version (docs/FORMAT.md, "Records").
 */
import { recordAssociatedData } from './associatedData'
import type { CryptoProvider } from './cryptoProvider'
import { ENVELOPE_VERSION, openEnvelope, sealEnvelope } from './envelope'
import { EnvelopeOpenError } from './envelopeOpenError'
import { padPayload, unpadPayload } from './payloadPadding'

export interface RecordAddress {
  readonly journalId: string
  readonly kind: string
  readonly recordId: string
}

const encoder = new TextEncoder()
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Throws TypeError for a payload JSON cannot represent (undefined, a function): a caller bug. */
export function sealRecord(
  provider: CryptoProvider,
  recordsKey: Uint8Array,
  address: RecordAddress,
  payload: unknown,
): Uint8Array {
  const json = JSON.stringify(payload) as string | undefined
  if (json === undefined) throw new TypeError('a record payload must be JSON-serialisable')
  const padded = padPayload(encoder.encode(json))
  const associatedData = recordAssociatedData(
    ENVELOPE_VERSION,
    address.journalId,
    address.kind,
    address.recordId,
  )
  try {
    return sealEnvelope(provider, padded, recordsKey, associatedData)
  } finally {
    padded.fill(0)
  }
}

/** The payload, or EnvelopeOpenError whatever went wrong. */
export function openRecord(
  provider: CryptoProvider,
  recordsKey: Uint8Array,
  address: RecordAddress,
  envelope: Uint8Array,
): unknown {
  const padded = openEnvelope(provider, envelope, recordsKey, (version) =>
    recordAssociatedData(version, address.journalId, address.kind, address.recordId),
  )
  try {
    return JSON.parse(strictDecoder.decode(unpadPayload(padded))) as unknown
  } catch {
    throw new EnvelopeOpenError()
  } finally {
    padded.fill(0)
  }
}
