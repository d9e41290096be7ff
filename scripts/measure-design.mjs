#!/usr/bin/env node
/**
 * Measures the design figures of the built widget in Debian's Chromium, on the visual tests'
 * own feed (test/support/visual/fixtures.mjs), and prints them as Markdown:
 *
 * - body heading sizes next to the body text, with heading-level 2, 3 and 4;
 * - characters per line of an open posting's running text at 1280 px;
 * - the height spread of the cards in each row of the list at 1280 and 768 px;
 * - the first card's distance from the widget's top at 375 px.
 *
 *   npm run build && node scripts/measure-design.mjs [--dist DIR] [--shots DIR]
 *
 * `--dist` measures another build (e.g. an older one, to compare); `--shots` also saves a few
 * full-page screenshots there. Characters per line are given with the visual tests' font (Inter)
 * and with the machine's fonts, since the widget inherits the host page's.
 */
import { mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openShot, richPosting, startVisual, WIDTHS } from '../test/support/visual/shots.mjs';

const { values: options } = parseArgs({ options: { dist: { type: 'string' }, shots: { type: 'string' } } });
const widgetFolder = options.dist ? pathToFileURL(options.dist.endsWith('/') ? options.dist : `${options.dist}/`) : undefined;

// The fixture's headings by role: "##", "###" and "####" in the posting's Markdown.
const ROLE_TEXTS = { section: 'About the role', subsection: 'What you will work on', minor: 'Tools we use' };

/** In the page: the open posting's shadow root. */
const POSTING_ROOT = `document.querySelector('careers-widget').shadowRoot.querySelector('careers-job-posting').shadowRoot`;

async function headingSizes(session, headingLevel) {
  const { page, context } = await openShot(session, { size: WIDTHS.desktop, open: richPosting('en'), attributes: { 'heading-level': headingLevel } });
  const sizes = await page.evaluate(
    ({ roleTexts, rootExpression }) => {
      const root = eval(rootExpression);
      const px = (element) => parseFloat(getComputedStyle(element).fontSize);
      const headings = [...root.querySelectorAll('[part="body"] :is(h1, h2, h3, h4, h5, h6)')];
      const role = (text) => headings.find((heading) => heading.textContent.trim() === text);
      const paragraph = [...root.querySelectorAll('[part="body"] p')].find((p) => p.textContent.length > 200);
      return {
        title: px(root.querySelector('[part="title"]')),
        body: px(paragraph),
        ...Object.fromEntries(Object.entries(roleTexts).map(([name, text]) => [name, { tag: role(text)?.localName, size: role(text) ? px(role(text)) : NaN }])),
      };
    },
    { roleTexts: ROLE_TEXTS, rootExpression: POSTING_ROOT },
  );
  await context.close();
  return sizes;
}

/** Characters on each rendered line of the posting's paragraphs and list items. */
async function charactersPerLine(session, font) {
  const { page, context } = await openShot(session, { size: WIDTHS.desktop, open: richPosting('en'), font });
  const result = await page.evaluate((rootExpression) => {
    const root = eval(rootExpression);
    const blocks = [...root.querySelectorAll('[part="body"] :is(p, li)')].filter((block) => !block.querySelector('p, li') && block.checkVisibility());
    const lines = [];
    for (const block of blocks) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const counts = [];
      let lastTop = null;
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (lastTop === null || rect.top > lastTop + rect.height / 2) counts.push(0);
          lastTop = lastTop === null || rect.top > lastTop + rect.height / 2 ? rect.top : lastTop;
          counts[counts.length - 1]++;
        }
      }
      // A paragraph's last line is as short as its text ends: only full lines say what the measure is.
      lines.push(...counts.slice(0, -1));
    }
    const sorted = [...lines].sort((a, b) => a - b);
    const paragraph = root.querySelector('[part="body"] p');
    return {
      longest: sorted.at(-1) ?? 0,
      median: sorted[Math.floor(sorted.length / 2)] ?? 0,
      lines: sorted.length,
      width: Math.round(paragraph.getBoundingClientRect().width),
    };
  }, POSTING_ROOT);
  await context.close();
  return result;
}

/** The cards' boxes, grouped in rows by their top edge. */
async function cardRows(session, size, attributes) {
  const { page, context } = await openShot(session, { size, attributes });
  const rows = await page.evaluate(() => {
    const root = document.querySelector('careers-widget').shadowRoot;
    const boxes = [...root.querySelectorAll('careers-job-card')].map((card) => (card.shadowRoot.querySelector('[part="base"]') ?? card).getBoundingClientRect());
    const widgetTop = document.querySelector('careers-widget').getBoundingClientRect().top;
    const byTop = new Map();
    for (const box of boxes) {
      const top = Math.round(box.top);
      byTop.set(top, [...(byTop.get(top) ?? []), Math.round(box.height)]);
    }
    return { rows: [...byTop.values()], firstCardTop: boxes.length ? Math.round(boxes[0].top - widgetTop) : NaN };
  });
  await context.close();
  return rows;
}

async function saveShots(session, folder) {
  await mkdir(folder, { recursive: true });
  const shots = [
    ['list-1280', { size: WIDTHS.desktop }],
    ['list-375', { size: WIDTHS.phone }],
    ['posting-1280', { size: WIDTHS.desktop, open: richPosting('en') }],
    ['posting-heading-level-4-1280', { size: WIDTHS.desktop, open: richPosting('en'), attributes: { 'heading-level': 4 } }],
    ['posting-375', { size: WIDTHS.phone, open: richPosting('en') }],
    ['list-nb-dark-375', { size: WIDTHS.phone, lang: 'nb', theme: 'dark' }],
  ];
  const paths = [];
  for (const [name, shot] of shots) {
    const { page, context } = await openShot(session, shot);
    const path = `${folder.replace(/\/$/, '')}/${name}.png`;
    await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
    paths.push(path);
    await context.close();
  }
  return paths;
}

const session = await startVisual({ widgetFolder });
try {
  const out = [];
  out.push(`Build: ${options.dist ?? 'dist/'}; Chromium ${session.browser.version()}; feed: test/support/visual/fixtures.mjs; font: Inter (from node_modules) unless said.`, '');

  out.push('### Body heading sizes next to the body text (open posting, 1280 px)', '');
  out.push('| heading-level | posting title | section (`##`) | subsection (`###`) | minor (`####`) | body text |', '| --- | --- | --- | --- | --- | --- |');
  for (const level of [2, 3, 4]) {
    const s = await headingSizes(session, level);
    const cell = (role) => `${role.tag ?? '–'} ${role.size.toFixed(1)} px (${(role.size / s.body).toFixed(2)}×)`;
    out.push(`| ${level} | ${s.title.toFixed(1)} px | ${cell(s.section)} | ${cell(s.subsection)} | ${cell(s.minor)} | ${s.body.toFixed(1)} px |`);
  }

  out.push('', '### Characters per line, open posting at 1280 px (paragraphs and list items, full lines)', '');
  out.push('| font | longest line | median line | text column |', '| --- | --- | --- | --- |');
  for (const [label, font] of [['Inter', 'inter'], ["the machine's sans-serif", 'sans-serif'], ["the browser's default (no font set by the page)", '']]) {
    const c = await charactersPerLine(session, font);
    out.push(`| ${label} | ${c.longest} | ${c.median} (${c.lines} lines) | ${c.width} px |`);
  }

  out.push('', '### Card heights per row (list)', '');
  out.push('| viewport | layout | rows (card heights, px) | largest spread in a row |', '| --- | --- | --- | --- |');
  for (const [label, size] of [['1280', WIDTHS.desktop], ['768', { width: 768, height: 1024 }]]) {
    for (const layout of ['grid', 'list']) {
      const { rows } = await cardRows(session, size, layout === 'list' ? { layout: 'list' } : {});
      const spread = Math.max(...rows.map((heights) => Math.max(...heights) - Math.min(...heights)));
      out.push(`| ${label} | ${layout} | ${rows.map((heights) => heights.join(' / ')).join('; ')} | ${spread} px |`);
    }
  }

  out.push('', '### First card\'s distance from the widget\'s top at 375 px', '');
  out.push('| page | distance |', '| --- | --- |');
  for (const [label, attributes] of [['theme="light" (the widget pads its own background)', {}], ['layout="list"', { layout: 'list' }]]) {
    const { firstCardTop } = await cardRows(session, WIDTHS.phone, attributes);
    out.push(`| ${label} | ${firstCardTop} px |`);
  }

  if (options.shots) {
    const paths = await saveShots(session, options.shots);
    out.push('', 'Screenshots:', ...paths.map((path) => `- ${path}`));
  }
  console.log(out.join('\n'));
} finally {
  await session.stop();
}
