/**
 * Words that sound like feelings but say what someone else did, each with feelings that might
 * sit underneath: the list in Rosenberg's Nonviolent Communication (abandoned … used), with a
 * few common relatives (ignored, judged, dismissed, invisible).
 */
export const feelingsUnderneath: ReadonlyMap<string, string> = new Map([
  ['abandoned', 'scared and alone'],
  ['attacked', 'scared and defensive'],
  ['belittled', 'small and hurt'],
  ['betrayed', 'hurt and shaken'],
  ['blamed', 'hurt and defensive'],
  ['boxed', 'anxious and stuck'],
  ['bullied', 'scared and powerless'],
  ['cheated', 'hurt and angry'],
  ['coerced', 'pressured and uneasy'],
  ['cornered', 'anxious and trapped'],
  ['criticised', 'hurt and discouraged'],
  ['criticized', 'hurt and discouraged'],
  ['diminished', 'small and hurt'],
  ['dismissed', 'hurt and unheard'],
  ['disrespected', 'hurt and angry'],
  ['distrusted', 'hurt and sad'],
  ['ignored', 'lonely and sad'],
  ['insulted', 'hurt and angry'],
  ['interrupted', 'frustrated and unheard'],
  ['intimidated', 'scared and uneasy'],
  ['invalidated', 'hurt and confused'],
  ['invisible', 'lonely and sad'],
  ['judged', 'anxious and hurt'],
  ['manipulated', 'uneasy and confused'],
  ['misunderstood', 'frustrated and lonely'],
  ['neglected', 'lonely and sad'],
  ['overworked', 'exhausted and resentful'],
  ['patronised', 'irritated and small'],
  ['patronized', 'irritated and small'],
  ['pressured', 'anxious and tense'],
  ['pressurised', 'anxious and tense'],
  ['provoked', 'angry and on edge'],
  ['rejected', 'hurt and sad'],
  ['threatened', 'scared and unsafe'],
  ['trapped', 'anxious and stuck'],
  ['unappreciated', 'sad and tired'],
  ['unheard', 'lonely and frustrated'],
  ['unloved', 'sad and lonely'],
  ['unseen', 'lonely and sad'],
  ['unsupported', 'alone and tired'],
  ['unwanted', 'sad and lonely'],
  ['used', 'hurt and resentful'],
])

/** Forms of more than one word from the same list. */
export const fauxFeelingPhrases: readonly (readonly string[])[] = [
  ['let', 'down'],
  ['put', 'down'],
  ['taken', 'for', 'granted'],
]
