/**
 * The gate every renderer → main call passes: sender origin first, then the payload's shape, then
 * the handler, whose exceptions become a calm error instead of a rejected promise in the page.
 * Electron-free: the glue in registerInvokeHandlers.ts feeds it ipcMain events.
 */
import type { IpcInvokeChannel, IpcInvokeContract } from '@shared/ipc'
import { fail, type Result } from '@shared/result'
import { invokeArgSchemas } from './schemas'
import type { SenderFrame } from './senderOrigin'

export type InvokeHandler<C extends IpcInvokeChannel, Context> = (
  context: Context,
  ...args: IpcInvokeContract[C]['args']
) => Promise<Result<IpcInvokeContract[C]['value']>>

export type InvokeHandlers<Context> = {
  readonly [C in IpcInvokeChannel]: InvokeHandler<C, Context>
}

export interface InvokeDispatcherOptions<Context> {
  readonly handlers: InvokeHandlers<Context>
  readonly isTrustedSender: (frame: SenderFrame | null) => boolean
  /** Gets the channel and the error only: never a payload, which may hold journal text. */
  readonly reportError: (channel: string, error: unknown) => void
}

export type InvokeDispatcher<Context> = (
  channel: string,
  frame: SenderFrame | null,
  context: Context,
  rawArgs: readonly unknown[],
) => Promise<Result<unknown>>

const untrusted = fail(
  'untrusted-sender',
  'This request did not come from Mend’s own window, so it was ignored. Nothing was changed.',
)
const invalidPayload = fail(
  'invalid-payload',
  'Mend received a request in a form it does not accept, so nothing was done. ' +
    'Please restart Mend and try again.',
)
const unexpected = fail(
  'unexpected',
  'Something went wrong inside Mend and this action did not finish. Your journal is safe; ' +
    'please try again.',
)

function isInvokeChannel(channel: string): channel is IpcInvokeChannel {
  return Object.hasOwn(invokeArgSchemas, channel)
}

export function createInvokeDispatcher<Context>(
  options: InvokeDispatcherOptions<Context>,
): InvokeDispatcher<Context> {
  return async (channel, frame, context, rawArgs) => {
    if (!options.isTrustedSender(frame)) return untrusted
    if (!isInvokeChannel(channel)) return invalidPayload
    const parsed = invokeArgSchemas[channel].safeParse(rawArgs)
    if (!parsed.success) return invalidPayload
    const handler = options.handlers[channel] as (
      context: Context,
      ...args: readonly unknown[]
    ) => Promise<Result<unknown>>
    try {
      return await handler(context, ...parsed.data)
    } catch (error) {
      options.reportError(channel, error)
      return unexpected
    }
  }
}
