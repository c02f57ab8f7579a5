import { describe, expect, it } from 'vitest'
import {
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
} from '../../../../src/main/security/permissions'

describe('permission handlers', () => {
  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'unknown'])(
    'answers a request for %s with no',
    (permission) => {
      const answers: boolean[] = []
      denyPermissionRequest({}, permission, (granted) => answers.push(granted))
      expect(answers).toEqual([false])
    },
  )

  it('answers every permission check and device request with no', () => {
    expect(denyPermissionCheck()).toBe(false)
    expect(denyDevicePermission()).toBe(false)
  })
})
