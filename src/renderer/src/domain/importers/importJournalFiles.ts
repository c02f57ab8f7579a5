import { fail, ok, type Result } from '@shared/result'
import { parseDayOneExport } from './dayOneImport'
import { importLimits, wholeNumber } from './importLimits'
import { isMarkdownFileName, parseMarkdownFiles } from './markdownFilesImport'
import { readImportFiles } from './readImportFiles'
import type { ImportContext, ImportFile, ImportPlan } from './types'

const isHiddenPath = (name: string): boolean =>
  name.split(/[\\/]/).some((segment) => segment.startsWith('.') || segment === '__MACOSX')

/**
 * A Day One export as the person picked it: Journal.json, or the .zip Day One made (which may hold
 * several journals; they are combined). Validates everything before returning; writes nothing.
 */
export function importDayOneFiles(
  files: readonly ImportFile[],
  context: ImportContext,
): Result<ImportPlan> {
  const isJson = (name: string): boolean => /\.json$/i.test(name) && !isHiddenPath(name)
  const texts = readImportFiles(files, isJson)
  if (!texts.ok) return texts
  const jsonFiles = texts.value.filter((file) => isJson(file.name))
  if (jsonFiles.length === 0) {
    return fail(
      'import-not-day-one',
      "This doesn't look like a Day One export: there is no JSON file in it. In Day One, choose Export, then JSON, and pick the .zip or Journal.json it made. Nothing was changed.",
    )
  }
  const plans: ImportPlan[] = []
  for (const file of jsonFiles) {
    const plan = parseDayOneExport(file.text, context)
    if (!plan.ok) return plan
    // With several journals in one zip, say which one a skipped entry came from.
    const skipped =
      jsonFiles.length === 1
        ? plan.value.skipped
        : plan.value.skipped.map((item) => ({ ...item, where: `${file.name}, ${item.where}` }))
    plans.push({ ...plan.value, skipped })
  }
  const combined = combinePlans(plans)
  if (combined.drafts.length > importLimits.maxEntries) {
    return fail(
      'import-too-many-entries',
      `These journals hold ${wholeNumber(combined.drafts.length)} entries together, more than the ${wholeNumber(importLimits.maxEntries)} Mend can import at once. In Day One, export one journal or a shorter date range at a time. Nothing was changed.`,
    )
  }
  return ok(combined)
}

/** Markdown files, or zips of them (such as Mend's own folder export). */
export function importMarkdownFiles(
  files: readonly ImportFile[],
  context: ImportContext,
): Result<ImportPlan> {
  const texts = readImportFiles(files, isMarkdownFileName)
  if (!texts.ok) return texts
  return parseMarkdownFiles(texts.value, context)
}

function combinePlans(plans: readonly ImportPlan[]): ImportPlan {
  if (plans.length === 1 && plans[0]) return plans[0]
  const seen = new Set<string>()
  return {
    drafts: plans
      .flatMap((plan) => plan.drafts)
      .filter((draft) => !seen.has(draft.dedupeKey) && seen.add(draft.dedupeKey)),
    skipped: plans.flatMap((plan) => plan.skipped),
    notes: plans.flatMap((plan) => plan.notes),
  }
}
