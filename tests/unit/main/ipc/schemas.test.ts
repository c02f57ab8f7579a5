import { describe, expect, it } from 'vitest'
import { ipcInvokeChannels, type IpcInvokeChannel } from '../../../../src/shared/ipc'
import { invokeArgSchemas, maxSaveBytes } from '../../../../src/main/ipc/schemas'

function accepts(channel: IpcInvokeChannel, args: readonly unknown[]): boolean {
  return invokeArgSchemas[channel].safeParse(args).success
}

const filters = [{ name: 'Mend backup', extensions: ['mendbackup'] }]

describe('invokeArgSchemas', () => {
  it('has a schema for every channel of the contract', () => {
    expect(Object.keys(invokeArgSchemas).sort()).toEqual([...ipcInvokeChannels].sort())
  })

  it('accepts well-formed calls on every channel', () => {
    expect(accepts('app:info', [])).toBe(true)
    expect(accepts('shell:open-external', ['https://example.org/'])).toBe(true)
    expect(
      accepts('file:save', [{ suggestedName: 'mend.mendbackup', filters, contents: 'text' }]),
    ).toBe(true)
    expect(
      accepts('file:save', [
        { suggestedName: 'mend.mendbackup', filters, contents: new Uint8Array([1, 2]) },
      ]),
    ).toBe(true)
    expect(accepts('file:open', [{ filters, multiple: false, maxBytes: 1_000_000 }])).toBe(true)
    expect(accepts('export:pdf', [{ safeHtml: '<p>Hi</p>', suggestedName: 'mend.pdf' }])).toBe(true)
    expect(accepts('window:set-privacy-screen', [true])).toBe(true)
    expect(accepts('window:hold-close', ['recovery-words'])).toBe(true)
    expect(accepts('window:hold-close', [null])).toBe(true)
    expect(accepts('reminder:set', [{ time: '20:30' }])).toBe(true)
    expect(accepts('reminder:set', [null])).toBe(true)
  })

  it('refuses missing, extra or wrongly typed arguments', () => {
    expect(accepts('app:info', ['surprise'])).toBe(false)
    expect(accepts('shell:open-external', [])).toBe(false)
    expect(accepts('shell:open-external', [42])).toBe(false)
    expect(accepts('window:set-privacy-screen', ['yes'])).toBe(false)
    expect(accepts('window:set-privacy-screen', [true, true])).toBe(false)
    // Main words the dialog; the page can only name one of the known reasons.
    expect(accepts('window:hold-close', ['Please stay, your bank needs you'])).toBe(false)
    expect(accepts('window:hold-close', [])).toBe(false)
    expect(accepts('reminder:set', [{ time: '25:00' }])).toBe(false)
    expect(accepts('reminder:set', [{ time: '8:30' }])).toBe(false)
  })

  it('refuses objects with unexpected keys', () => {
    expect(accepts('reminder:set', [{ time: '20:30', command: 'rm -rf' }])).toBe(false)
    expect(
      accepts('export:pdf', [{ safeHtml: '<p/>', suggestedName: 'a.pdf', path: '/etc/passwd' }]),
    ).toBe(false)
  })

  it.each([
    '../../.bashrc',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'a\u0000.pdf',
    '..',
    '',
    ' x.pdf',
  ])('refuses the suggested name %j, which is not a plain file name', (suggestedName) => {
    expect(accepts('export:pdf', [{ safeHtml: '<p/>', suggestedName }])).toBe(false)
  })

  it('refuses filters with odd extensions and files above the size limits', () => {
    expect(
      accepts('file:open', [
        { filters: [{ name: 'x', extensions: ['../sh'] }], multiple: false, maxBytes: 10 },
      ]),
    ).toBe(false)
    expect(accepts('file:open', [{ filters, multiple: false, maxBytes: -1 }])).toBe(false)
    expect(accepts('file:open', [{ filters, multiple: false, maxBytes: 1.5 }])).toBe(false)
    // Reports a size over the limit without allocating half a gigabyte.
    const tooBig = new Uint8Array(1)
    Object.defineProperty(tooBig, 'byteLength', { value: maxSaveBytes + 1 })
    expect(accepts('file:save', [{ suggestedName: 'a.bin', filters, contents: tooBig }])).toBe(
      false,
    )
  })
})
