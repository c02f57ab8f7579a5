// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import {
  acceptAttribute,
  pickFiles,
  readPickedFiles,
} from '../../../src/renderer/src/platform/webFileOpen'

/** jsdom's File cannot be read; this stand-in has what the adapter uses. */
function fakeFile(name: string, bytes: readonly number[]): File {
  const data = new Uint8Array(bytes)
  return { name, size: data.byteLength, arrayBuffer: async () => data.buffer } as unknown as File
}

const originalClick = HTMLInputElement.prototype.click

afterEach(() => {
  HTMLInputElement.prototype.click = originalClick
})

/** Makes the next file-input click behave as if the person picked these files (or cancelled). */
function personPicks(files: readonly File[] | 'cancel') {
  const seen: HTMLInputElement[] = []
  HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
    seen.push(this)
    if (files === 'cancel') {
      this.dispatchEvent(new Event('cancel'))
      return
    }
    Object.defineProperty(this, 'files', { configurable: true, value: files })
    this.dispatchEvent(new Event('change'))
  }
  return seen
}

const request = {
  filters: [{ name: 'Backup', extensions: ['mendbackup', 'json'] }],
  multiple: true,
  maxBytes: 1024,
}

describe('acceptAttribute', () => {
  it('lists the extensions, or nothing when any file is allowed', () => {
    expect(acceptAttribute(request.filters)).toBe('.mendbackup,.json')
    expect(acceptAttribute([{ name: 'All', extensions: ['*'] }])).toBe('')
  })
})

describe('readPickedFiles', () => {
  it('refuses a file over the limit before reading anything', async () => {
    const result = await readPickedFiles([fakeFile('huge.json', [1, 2, 3])], 2)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('too-large')
      expect(result.error.message).toMatch(/^This file is larger than Mend can open \(limit 0 MB\)/)
    }
  })

  it('treats picking nothing as cancelling', async () => {
    expect(await readPickedFiles([], 10)).toEqual({ ok: true, value: null })
  })
})

describe('pickFiles', () => {
  it('reads the picked files through a hidden input that it removes afterwards', async () => {
    const inputs = personPicks([fakeFile('a.json', [123, 125])])
    const result = await pickFiles(document, request)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value?.map((file) => file.fileName)).toEqual(['a.json'])
      expect([...(result.value?.[0]?.bytes ?? [])]).toEqual([123, 125])
    }
    expect(inputs[0]?.type).toBe('file')
    expect(inputs[0]?.multiple).toBe(true)
    expect(inputs[0]?.accept).toBe('.mendbackup,.json')
    expect(inputs[0]?.hidden).toBe(true)
    expect(document.querySelectorAll('input').length).toBe(0)
  })

  it('resolves to null when the person cancels', async () => {
    personPicks('cancel')
    expect(await pickFiles(document, request)).toEqual({ ok: true, value: null })
    expect(document.querySelectorAll('input').length).toBe(0)
  })
})
