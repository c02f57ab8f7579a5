/**
 * The only styling of an exported HTML file, inlined because the file may load nothing. Colours
 * are set in pairs for light and dark viewers, and print always comes out dark on white, so the
 * PDF (printed from this same file) is readable on paper. No url() anywhere: nothing is fetched.
 */
export const exportStylesheet = `
:root {
  color-scheme: light dark;
  --ink: #1f2328;
  --muted: #57606a;
  --paper: #ffffff;
  --rule: #d0d7de;
  --accent: #2f6f5e;
  --panel: #f3f5f7;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e6e9ec;
    --muted: #a3acb5;
    --paper: #15181b;
    --rule: #3a4046;
    --accent: #7cc4ad;
    --panel: #1e2226;
  }
}
html { background: var(--paper); color: var(--ink); }
body {
  margin: 0;
  font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: break-word;
}
.mend-export { max-width: 42rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2 { font-size: 1.45rem; line-height: 1.3; margin: 0 0 0.25rem; }
h3, h4, h5, h6 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
.byline, .meta { color: var(--muted); font-size: 0.92rem; margin: 0.2rem 0; }
.cover-note { border-left: 3px solid var(--accent); margin: 1.75rem 0; padding: 0.1rem 0 0.1rem 1rem; }
.item { border-top: 1px solid var(--rule); margin-top: 2.25rem; padding-top: 1.75rem; }
.body { margin-top: 1rem; }
.private-note { background: var(--panel); border-radius: 6px; margin-top: 1.25rem; padding: 0.25rem 1rem; }
.empty { color: var(--muted); font-style: italic; }
blockquote { border-left: 3px solid var(--rule); color: var(--muted); margin: 1rem 0; padding: 0 0 0 1rem; }
code, pre, kbd { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
code, kbd { background: var(--panel); border-radius: 4px; padding: 0.1em 0.3em; }
pre { background: var(--panel); border-radius: 6px; overflow-x: auto; padding: 0.75rem 1rem; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid var(--rule); padding: 0.35rem 0.6rem; text-align: left; }
img { height: auto; max-width: 100%; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 1.5rem 0; }
@page { margin: 18mm 16mm; }
@media print {
  :root {
    color-scheme: light;
    --ink: #000000;
    --muted: #3d3d3d;
    --paper: #ffffff;
    --rule: #9a9a9a;
    --accent: #3d3d3d;
    --panel: #ffffff;
  }
  body { font-size: 11.5pt; }
  .mend-export { max-width: none; padding: 0; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
  .item { break-before: auto; }
  .item header, blockquote, pre, table, img { break-inside: avoid; }
  .private-note, pre, code { border: 1px solid var(--rule); }
  pre { white-space: pre-wrap; }
}
`
