/**
 * Markdown reduced to the words a reader sees, for counting and for search snippets. Not a
 * renderer: it drops syntax (markers, link targets, HTML tags) and keeps text, line by line.
 */
export function markdownToPlainText(markdown: string): string {
  return (
    markdown
      .replace(/\r\n?/g, '\n')
      // Fence lines themselves carry no words; the code between them stays.
      .replace(/^[ \t]*(`{3,}|~{3,}).*$/gm, '')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[a-zA-Z][^>\n]*>/g, ' ')
      // Images and links keep their visible text; autolinks keep nothing readable.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/^[ \t]*\[[^\]]+\]:.*$/gm, '')
      .replace(/<https?:[^>\s]*>/g, ' ')
      // Block markers at the start of a line: headings, quotes, list bullets and numbers, tasks.
      .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
      .replace(/^[ \t]*(>[ \t]?)+/gm, '')
      .replace(/^[ \t]*([-*+]|\d+[.)])[ \t]+(\[[ xX]\][ \t]+)?/gm, '')
      // Horizontal rules and table separator rows.
      .replace(/^[ \t]*([-*_][ \t]*){3,}$/gm, '')
      .replace(/^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/gm, '')
      .replace(/\|/g, ' ')
      // Emphasis, strike-through and inline code markers.
      .replace(/(\*{1,3}|_{1,3}|~~|`+)/g, '')
  )
}
