import { Parser } from 'commonmark'
import { expect, test } from './support/fixtures'
import { AppShell } from './pages/AppShell'
import { GuidedPage } from './pages/GuidedPage'
import { JournalPage } from './pages/JournalPage'
import { OnboardingPage } from './pages/OnboardingPage'
import { SharePage } from './pages/SharePage'
import { expectNoSeriousA11yViolations } from './support/axe'

const hostileBody = [
  'We talked about **money**.',
  '<script>window.parent.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 2">',
  '[click me](javascript:window.pwned=3)',
  '<svg onload="window.pwned=4"><circle r="5"/></svg>',
  '![tracker](https://tracker.example/pixel.png)',
  '<a href="https://example.org/page">a real link</a>',
  '<iframe srcdoc="<script>parent.pwned=5</script>"></iframe>',
].join('\n\n')

test.beforeEach(async ({ page }) => {
  const onboarding = new OnboardingPage(page)
  await onboarding.open()
  await onboarding.createJournal({ skipIntro: true })
  const journal = new JournalPage(page)
  await journal.newEntry({ title: 'Money <b>talk</b>', body: hostileBody, tags: 'money, <i>x</i>' })
  await journal.backToTimeline()
  await journal.newEntry({ title: 'A kind evening', body: 'Dinner without phones.' })
  await journal.backToTimeline()
})

test('the preview shows the chosen entries safely, and the HTML file has no script and no outside address', async ({ page }) => {
  await new AppShell(page).goTo('Share')
  const share = new SharePage(page)
  await share.chooseAllAndPreview()
  await expect(share.preview()).toContainText('A kind evening')
  await expect(share.preview()).toContainText('Money <b>talk</b>')
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()

  const html = (await share.saveAs('Web page (.html)')).bytes.toString('utf8')
  expect(html).toContain('Content-Security-Policy')
  expect(html).not.toMatch(/<script/i)
  expect(html).toContain('Dinner without phones.')
  // Open the file itself: nothing runs and nothing is fetched.
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.setContent(html)
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([])
  const dom = await page.evaluate(() => {
    const elements = [...document.querySelectorAll('*')]
    return {
      scripts: document.querySelectorAll('script, iframe, object, embed, svg, form, base, meta[http-equiv="refresh"]').length,
      handlers: elements.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      urls: elements.flatMap((el) =>
        ['src', 'href', 'srcset', 'action', 'xlink:href'].map((name) => el.getAttribute(name)).filter((v): v is string => v !== null),
      ),
      text: document.body.innerText,
    }
  })
  expect(dom.scripts).toBe(0)
  expect(dom.handlers).toEqual([])
  // Addresses may appear as words for the reader, but nothing may load or link from outside.
  expect(dom.urls).toEqual([])
  // The words survive as plain text, so the reader still sees what was written.
  expect(dom.text).toContain('<script>window.parent.pwned = 1</script>')
})

test('the Markdown file reads cleanly with a CommonMark parser and carries no raw HTML from the entries', async ({ page }) => {
  await new AppShell(page).goTo('Share')
  const share = new SharePage(page)
  await share.chooseAllAndPreview()
  const markdown = (await share.saveAs('Markdown (.md)')).bytes.toString('utf8')
  const tree = new Parser().parse(markdown)
  const walker = tree.walker()
  const rawHtml: string[] = []
  const links: string[] = []
  for (let event = walker.next(); event; event = walker.next()) {
    const { node } = event
    if (!event.entering) continue
    if (node.type === 'html_block' || node.type === 'html_inline') rawHtml.push(node.literal ?? '')
    if ((node.type === 'link' || node.type === 'image') && node.destination) links.push(node.destination)
  }
  expect(rawHtml).toEqual([])
  expect(links.filter((url) => /^(javascript|data|vbscript|https?):/i.test(url))).toEqual([])
  expect(markdown).toContain('Dinner without phones.')
})

test('tags are shared only when ticked, and the preview follows the choice', async ({ page }) => {
  await new AppShell(page).goTo('Share')
  const share = new SharePage(page)
  await share.chooseAllAndPreview()
  await expect(page.getByLabel('Tags')).not.toBeChecked()
  await expect(share.preview()).toContainText('money')
  await expect(share.preview()).not.toContainText('<i>x</i>')
  await page.getByLabel('Tags').check()
  await expect(share.preview()).toContainText('<i>x</i>')
  await page.getByLabel('Tags').uncheck()
  await expect(share.preview()).not.toContainText('<i>x</i>')
  await page.getByLabel('A short note to go first (optional)').fill('For Thursday’s session.')
  await expect(share.preview()).toContainText('For Thursday’s session.')
})

test('a daily check-in is shared without its mood and trust unless the person ticks ratings', async ({ page }) => {
  const guided = new GuidedPage(page)
  await guided.completeDailyCheckIn({
    mood: 'Fairly good',
    trust: 'Quite a lot',
    appreciated: 'The tea she made me without asking.',
    need: 'An hour on Sunday to talk without phones.',
  })
  await guided.saveToJournal()
  await new AppShell(page).goTo('Share')
  const share = new SharePage(page)
  await share.chooseAllAndPreview()
  const ratingsOption = page.getByLabel('Mood and trust ratings')
  const ratingWording = /\bmood\b|\btrust\b|Fairly good|Quite a lot|of 5/i

  await expect(ratingsOption).not.toBeChecked()
  await expect(share.preview()).toContainText('The tea she made me without asking.')
  await expect(share.preview()).not.toContainText(ratingWording)
  for (const format of ['Web page (.html)', 'Markdown (.md)']) {
    const text = (await share.saveAs(format)).bytes.toString('utf8')
    expect(text).toContain('The tea she made me without asking.')
    expect(text).not.toMatch(ratingWording)
  }

  await ratingsOption.check()
  await expect(share.preview()).toContainText('Mood: Fairly good (4 of 5) · Trust: Quite a lot (4 of 5)')
  const html = (await share.saveAs('Web page (.html)')).bytes.toString('utf8')
  expect(html.match(/of 5/g)).toHaveLength(2)
  await ratingsOption.uncheck()
  await expect(share.preview()).not.toContainText(ratingWording)
})

test('a Day One export is imported once, and importing it again adds nothing', async ({ page }) => {
  const dayOne = JSON.stringify({
    metadata: { version: '1.0' },
    entries: [
      { uuid: 'A1', creationDate: '2025-03-01T20:00:00Z', text: '# Old evening\n\nWe argued, then made tea.', tags: ['home'] },
      { uuid: 'A2', creationDate: '2025-03-02T20:00:00Z', text: 'A calmer day.' },
    ],
  })
  await new AppShell(page).goTo('Settings')
  for (const expected of ['2 entries will be added.', 'Nothing new to add.']) {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'From Day One…' }).click()
    await (await chooser).setFiles({ name: 'Journal.json', mimeType: 'application/json', buffer: Buffer.from(dayOne) })
    await expect(page.getByRole('region', { name: 'What will be imported' })).toContainText(expected)
    if (expected.startsWith('2')) await page.getByRole('button', { name: 'Add them to my journal' }).click()
    else await page.getByRole('button', { name: 'Cancel' }).click()
  }
  await new AppShell(page).goTo('Journal')
  await expect(new JournalPage(page).timelineEntries()).toHaveCount(4)
})

test('a file that is not a Day One export is refused with a clear message and changes nothing', async ({ page }) => {
  await new AppShell(page).goTo('Settings')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'From Day One…' }).click()
  await (await chooser).setFiles({ name: 'Journal.json', mimeType: 'application/json', buffer: Buffer.from('{"not": "day one"') })
  await expect(page.getByRole('alert')).toContainText('Nothing was changed')
  await new AppShell(page).goTo('Journal')
  await expect(new JournalPage(page).timelineEntries()).toHaveCount(2)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every sharing screen passes an accessibility scan in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await new AppShell(page).goTo('Share')
    await expectNoSeriousA11yViolations(page, 'choose entries')
    await new SharePage(page).chooseAllAndPreview()
    await expectNoSeriousA11yViolations(page, 'preview and save')
    for (const tab of ['Shared with me', 'Share codes', 'History']) {
      await page.getByRole('tab', { name: tab }).click()
      await expectNoSeriousA11yViolations(page, tab)
    }
  })
}
