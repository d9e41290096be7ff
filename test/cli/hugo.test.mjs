// Against Hugo itself (Debian's `hugo`, the reference implementation): a minimal site over the
// fixtures and the corpus (stub shortcodes, languages en/nb/sv/da, a JSON output listing each
// page's file, language, title, date, team and translations). The CLI must publish the same
// pages with the same titles, dates, teams, file-name languages and translation pairs.
// Skipped with a message where hugo is not installed (.ci/run installs it).
// Run: node --test test/cli/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT, CORPUS, ROOT, corpusPresent, importCli, runCli } from '../support/cli.mjs';

const version = spawnSync('hugo', ['version'], { encoding: 'utf8' });
const hugoMissing = version.error ? 'hugo is not installed (apt-get install hugo; .ci/run does): Hugo comparison skipped' : false;
if (hugoMissing) console.log(`# ${hugoMissing}`);
else if (!corpusPresent) console.log(`# ${CORPUS} is absent (CAREERS_CORPUS): Hugo is compared on the fixtures only`);

/** Folders compared: the fixtures Hugo can build (broken/ would fail its whole build) and the corpus. */
const FOLDERS = [
  ['career', join(ROOT, CONTENT, 'career')],
  ['rules', join(ROOT, CONTENT, 'rules')],
  ['urls', join(ROOT, CONTENT, 'urls')],
  ...(corpusPresent ? [['corpus', CORPUS]] : []),
];
const PAIRED = ['ingress', 'accordion', 'note', 'icon-block-small-container'];
const STANDALONE = [
  'accordion-script', 'icon-block-horisontal', 'horisontal-card', 'contact', 'inline', 'localbutton',
  'localtextbutton', '2calltoaction', 'icon-block-small', 'distance',
];

const CONFIG = `baseURL = "https://example.org/"
defaultContentLanguage = "en"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[outputs]
home = ["JSON"]
section = ["HTML"]
page = ["HTML"]
[languages.en]
weight = 1
[languages.nb]
weight = 2
[languages.sv]
weight = 3
[languages.da]
weight = 4
`;

// Every page with its file, language, title, date, team and translations' files. Fields under
// "params" are read the way Hugo 0.123+ reads them, so that older Hugo compares the same.
const INDEX_JSON = `{{- $pages := slice -}}
{{- range .Site.AllPages -}}
  {{- if and .File (eq .Kind "page") -}}
    {{- $team := .Params.team -}}
    {{- if and (not $team) (reflect.IsMap .Params.params) -}}{{- $team = index .Params.params "team" -}}{{- end -}}
    {{- $translations := slice -}}
    {{- range .Translations -}}{{- $translations = $translations | append .File.Path -}}{{- end -}}
    {{- $pages = $pages | append (dict "file" .File.Path "lang" .Lang "title" .Title "date" (.Date.Format "2006-01-02T15:04:05Z07:00") "team" $team "translations" $translations) -}}
  {{- end -}}
{{- end -}}
{{- jsonify $pages -}}
`;

function makeSite() {
  const site = mkdtempSync(join(tmpdir(), 'careers-feed-hugo-'));
  writeFileSync(join(site, 'config.toml'), CONFIG);
  mkdirSync(join(site, 'layouts/_default'), { recursive: true });
  mkdirSync(join(site, 'layouts/shortcodes'), { recursive: true });
  writeFileSync(join(site, 'layouts/index.json'), INDEX_JSON);
  writeFileSync(join(site, 'layouts/_default/single.html'), '');
  writeFileSync(join(site, 'layouts/_default/list.html'), '');
  for (const name of PAIRED) writeFileSync(join(site, `layouts/shortcodes/${name}.html`), '{{ .Inner }}');
  for (const name of STANDALONE) writeFileSync(join(site, `layouts/shortcodes/${name}.html`), '');
  for (const [name, dir] of FOLDERS) cpSync(dir, join(site, 'content', name), { recursive: true });
  return site;
}

/** Hugo's pages: file (folder/path) → { lang, title, date, team, translations }. */
function hugoPages(site, flags) {
  const out = join(site, `public${flags.length}`);
  const run = spawnSync('hugo', ['--source', site, '--destination', out, ...flags], { encoding: 'utf8' });
  assert.equal(run.status, 0, `hugo failed:\n${run.stdout}\n${run.stderr}`);
  const pages = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
  return new Map(pages.map((page) => [page.file.replaceAll('\\', '/'), page]));
}

/** The CLI's postings of every folder, by the file they came from. */
async function cliPages(flags) {
  const { idFromPath } = await importCli();
  const pages = new Map();
  for (const [name, dir] of FOLDERS) {
    const run = runCli(['build', dir, ...flags], { env: { CAREERS_FEED_NOW: '' } });
    assert.equal(run.status, 0, run.stderr);
    const byId = new Map(run.json().postings.map((posting) => [posting.id, posting]));
    const files = spawnSync('find', [dir, '-name', '*.md'], { encoding: 'utf8' }).stdout.trim().split('\n');
    for (const file of files) {
      const rel = file.slice(dir.length + 1);
      const posting = byId.get(idFromPath(stemOf(rel)));
      if (posting) pages.set(`${name}/${rel}`, posting);
    }
  }
  return pages;
}

/** The CLI's id stem of a content file: the path without `.md`; a leaf bundle's index is its folder. */
function stemOf(rel) {
  const stem = rel.replace(/\.md$/, '');
  const leaf = /^(.*)\/index(\.[a-z]{2,3})?$/.exec(stem);
  return leaf ? `${leaf[1]}${leaf[2] ?? ''}` : stem;
}

const instant = (date) => Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
const FILE_LANG = /\.([a-z]{2,3})\.md$/;

async function compare(hugoFlags, cliFlags, [fromFixtures, fromCorpus]) {
  const site = makeSite();
  try {
    const hugo = hugoPages(site, hugoFlags);
    const cli = await cliPages(cliFlags);
    assert.deepEqual([...cli.keys()].sort(), [...hugo.keys()].sort(), 'the same pages are published');
    assert.equal(hugo.size, fromFixtures + (corpusPresent ? fromCorpus : 0), 'pages compared');
    for (const [file, page] of hugo) {
      const posting = cli.get(file);
      assert.equal(posting.title, page.title.trim(), `${file}: title`);
      assert.equal(instant(posting.datePosted), Date.parse(page.date), `${file}: date`);
      if (file === 'rules/yaml-casing.md') {
        // Team and team with two values: Hugo picks either (map order); the CLI the later one.
        assert.ok(['Operations', 'Platform operations'].includes(page.team), `${file}: team`);
      } else {
        assert.equal(posting.team, page.team?.trim() || undefined, `${file}: team`);
      }
      if (FILE_LANG.test(file)) assert.equal(posting.lang, page.lang, `${file}: language from the file name`);
      // Hugo's translations are also the CLI's; the CLI may pair more (a front-matter language Hugo ignores).
      for (const other of page.translations) {
        assert.equal(cli.get(other)?.translationKey, posting.translationKey, `${file} and ${other} are translations`);
      }
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

test('Hugo and the CLI publish the same pages, dates, teams, languages and translations', { skip: hugoMissing }, async () => {
  await compare([], [], [14, 2]);
});

test('... and with drafts, future and expired pages', { skip: hugoMissing }, async () => {
  await compare(['--buildDrafts', '--buildFuture', '--buildExpired'], ['--drafts', '--future', '--expired'], [19, 21]);
});
