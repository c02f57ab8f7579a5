const lines: readonly ((title: string) => string)[] = [
  (title) => `You reached “${title}”. Take a quiet moment with it: it took patience to get here.`,
  (title) => `“${title}”: reached. Small or large, it is a real step, and it is yours.`,
  (title) => `You marked “${title}” as reached. Whatever comes next, this happened.`,
]

/** A warm sentence for a milestone reached; the same milestone always gets the same one. */
export function celebrationLine(milestoneId: string, title: string): string {
  let sum = 0
  for (let index = 0; index < milestoneId.length; index++) sum += milestoneId.charCodeAt(index)
  const line = lines[sum % lines.length] ?? lines[0]
  return line ? line(title) : title
}
