const htmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Makes plain text (a title, a tag, a cover note) safe to place in HTML text or a quoted attribute. */
export function escapeHtml(plainText: string): string {
  return plainText.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character)
}
