import { describe, expect, it } from 'vitest'
import {
  createInvokeDispatcher,
  type InvokeHandlers,
} from '../../../../src/main/ipc/invokeDispatcher'
import { ok } from '../../../../src/shared/result'

const trustedFrame = { url: 'app://mend/index.html', isMainFrame: true }

function setUp(overrides: Partial<InvokeHandlers<string>> = {}) {
  const calls: { channel: string; context: string; args: unknown[] }[] = []
  const reported: string[] = []
  const record =
    (channel: string) =>
    async (context: string, ...args: unknown[]) => {
      calls.push({ channel, context, args })
      return ok(undefined)
    }
  const handlers = {
    'app:info': async () => ok({ version: '1.0.0', platform: 'linux' }),
    'shell:open-external': record('shell:open-external'),
    'file:save': async () => ok(null),
    'file:open': async () => ok(null),
    'export:pdf': async () => ok(null),
    'window:set-privacy-screen': record('window:set-privacy-screen'),
    'reminder:set': record('reminder:set'),
    ...overrides,
  } as InvokeHandlers<string>
  const dispatch = createInvokeDispatcher<string>({
    handlers,
    isTrustedSender: (frame) => frame?.url === trustedFrame.url && frame.isMainFrame,
    reportError: (channel) => reported.push(channel),
  })
  return { dispatch, calls, reported }
}

describe('createInvokeDispatcher', () => {
  it('runs the handler with the context and the validated arguments', async () => {
    const { dispatch, calls } = setUp()
    const result = await dispatch('window:set-privacy-screen', trustedFrame, 'window-1', [true])
    expect(result).toEqual({ ok: true, value: undefined })
    expect(calls).toEqual([
      { channel: 'window:set-privacy-screen', context: 'window-1', args: [true] },
    ])
  })

  it('refuses an untrusted sender before looking at its payload', async () => {
    const { dispatch, calls } = setUp()
    const result = await dispatch(
      'shell:open-external',
      { url: 'https://evil.example/', isMainFrame: true },
      'w',
      ['https://example.org/'],
    )
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('untrusted-sender')
    expect(calls).toEqual([])
  })

  it("answers 'invalid-payload' to a malformed payload and never calls the handler", async () => {
    const { dispatch, calls } = setUp()
    const result = await dispatch('reminder:set', trustedFrame, 'w', [{ time: 'soon' }])
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload')
      expect(result.error.message).toMatch(/nothing was done/)
    }
    expect(calls).toEqual([])
  })

  it("answers 'invalid-payload' to a channel outside the contract", async () => {
    const { dispatch } = setUp()
    const result = await dispatch('fs:delete-everything', trustedFrame, 'w', [])
    expect(result.ok ? null : result.error.code).toBe('invalid-payload')
  })

  it('turns a handler’s exception into a calm error and reports only the channel', async () => {
    const { dispatch, reported } = setUp({
      'app:info': async () => {
        throw new Error('boom')
      },
    })
    const result = await dispatch('app:info', trustedFrame, 'w', [])
    expect(result.ok ? null : result.error.code).toBe('unexpected')
    expect(reported).toEqual(['app:info'])
  })
})
