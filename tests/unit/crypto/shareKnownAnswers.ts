/** The known-answer vectors of docs/FORMAT.md sections 16–18, shared by the tests that check them. */

/** Share code and fingerprint of the X25519 key whose secret is count(32, 0x50). */
export const SHARE_CODE_KAT = {
  secretKeyHex: '505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f',
  publicKeyHex: '392d174a38b3b1beafaf1fe824870841c5fa531bc6eafdb6402c124664488c1c',
  shareCode: 'mend1-p8yk-3wj3-ckwc-mata-0rl5-zfpc-gg8z-l55c-mcm4-0mdj-q9sf-yvez-g3sw-qvep-fhu',
  fingerprint: ['glide', 'alien', 'journey', 'dad', 'title', 'audit'],
} as const

/**
 * Share-code bundle wrap key: recipient secret count(32, 0x50) (the key above), sender secret
 * count(32, 0x60), ephemeral secret count(32, 0x70).
 */
export const WRAP_KEY_KAT = {
  senderPublicKeyHex: '675dd574ed7789310b3d2e7681f3790b466c773b1521fecf36577958371ea52f',
  ephemeralPublicKeyHex: '23b7bb8c91ae008711fb12846780bcdf1e065f821bdfec49f57e7c7dcd4c4823',
  wrapKeyHex: '60519cbe0ff3b854f32c59655129688ba5b29ae70b1c57b10c3c72d300325cb7',
} as const

/** Shared-item ids under vault key count(32, 0x20), bundle 0123456789abcdef0123456789abcdef. */
export const SHARED_ITEM_ID_KAT = {
  subkeyHex: '55e5fe4d70137b45f19ebe7e0b01ce6bd119d065651d34c7210d2ca71f166664',
  bundleId: '0123456789abcdef0123456789abcdef',
  index0: '7f2817e643874873e19fa70a7e9109e3',
  index7: 'b8df84ae0d7c57d5bb7366a71e957f18',
} as const
