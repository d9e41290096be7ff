// Times the careers-feed converter: the corpus (../shared/corpus/career, when present) and a
// generated folder of 1,000 pages in the corpus's shape (own texts, YAML/TOML/JSON front
// matter, translations, shortcodes, ~6 KB each). In-process through convertFolder, and the
// whole bin once (start-up included). Usage: npm run bench:cli [-- --pages N --runs N]
// `npm run bench` (scripts/bench.mjs) runs the same measurements, bar the corpus with --base-url,
// through benchCli().
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCli } from './build-cli.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
export const CORPUS = join(root, '../shared/corpus/career');

/** The median of the finite values (the mean of the middle two for an even count); NaN if none. */
export function median(list) {
  const sorted = list.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median and min of `runs` timed calls, after one warm-up; `result` is what the last call said. */
function time(label, runs, fn) {
  fn();
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { label, median: median(times), min: Math.min(...times), runs, result };
}

/**
 * Times `convertFolder` (from the built CLI module) on the corpus and on `pages` generated
 * pages, and the bin end to end once. Returns one record per measurement; `log` sees each
 * as it is done. `corpusBaseUrl: false` skips the corpus with --base-url (bench.mjs's table
 * has no row for it).
 */
export function benchCli({ convertFolder, pages = 1000, runs = 7, corpusBaseUrl = true, log = () => {} }) {
  const results = [];
  const record = (entry) => (results.push(entry), log(entry), entry);
  const options = { drafts: true, future: true, expired: true };
  const describe = ({ stats }) => `${stats.postings} postings from ${stats.pages} pages`;

  if (existsSync(CORPUS)) {
    record({ key: 'corpus', ...time('corpus, in-process', runs, () => describe(convertFolder(CORPUS, options))) });
    if (corpusBaseUrl) {
      record({
        key: 'corpus-base-url',
        ...time('corpus, in-process, --base-url', runs, () => describe(convertFolder(CORPUS, { ...options, baseUrl: 'https://www.example.com/' }))),
      });
    }
  } else {
    record({ key: 'corpus', label: 'corpus: ../shared/corpus/career is absent; skipped', skipped: true });
  }

  const dir = mkdtempSync(join(tmpdir(), 'careers-feed-bench-'));
  try {
    generate(dir, pages);
    record({ key: 'generated', ...time(`${pages} generated pages, in-process`, runs, () => describe(convertFolder(dir, options))) });
    record({
      key: 'generated-base-url',
      ...time(`${pages} generated pages, in-process, --base-url`, runs, () =>
        describe(convertFolder(dir, { ...options, baseUrl: 'https://www.example.com/' }))),
    });
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [join(root, 'bin/careers-feed.js'), 'build', dir, '--drafts', '--out', join(dir, '..', 'bench-feed.json')], { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    record({ key: 'bin', label: `${pages} generated pages, the bin end to end (node start-up included)`, once: ms, status: run.status });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(dir, '..', 'bench-feed.json'), { force: true });
  }
  return results;
}

function print(entry) {
  if (entry.skipped) console.log(entry.label);
  else if (entry.once !== undefined) console.log(`${entry.label}: ${entry.once.toFixed(0)} ms, exit ${entry.status}`);
  else {
    console.log(
      `${entry.label}: median ${entry.median.toFixed(1)} ms, min ${entry.min.toFixed(1)} ms (${entry.runs} runs)${entry.result ? `, ${entry.result}` : ''}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, runs: { type: 'string', default: '7' } } });
  await buildCli();
  const { convertFolder } = await import(new URL('../dist/cli/careers-feed.js', import.meta.url).href);
  benchCli({ convertFolder, pages: Number(values.pages), runs: Number(values.runs), log: print });
}

/** Writes `count` pages: YAML mostly, some TOML and JSON, every fifth with a Norwegian translation. */
function generate(folder, count) {
  const teams = ['Platform', 'Network', 'Storage', 'Customer Success', 'Security', 'Data'];
  const paragraph =
    'We run compute, storage and Kubernetes from data centres in the Nordics, for customers who want their data close to home. ' +
    'You will work with people who care about doing things properly, with time to learn and room to grow.\n\n';
  const body = (n) =>
    [
      '{{< ingress >}}',
      `Posting number ${n}: a role in a small team that builds an open, sovereign cloud.`,
      '{{< /ingress >}}',
      '',
      paragraph.repeat(8),
      '## What you will do',
      '',
      ...Array.from({ length: 8 }, (_, i) => `- {{< inline "Task ${i + 1}:" >}} build, run and improve [our services](/services/${i}/) with the team.`),
      '',
      '{{% accordion title="Our recruitment process" %}}',
      '1. A first conversation\n1. Meet the team\n1. A practical session\n1. References and offer',
      '{{% /accordion %}}',
      '',
      `{{< icon-block-horisontal color="#1F6F8B" icon="fa-solid fa-arrow-up-right-from-square" text="Apply" description="Send us your CV." link="/apply/${n}" >}}`,
      '',
      '{{< distance >}}',
      '{{< horisontal-card image="/img/kontakt/a.webp" cardtitle="Got questions?" text="Ask us anything." link="mailto:jobs@nordlys.example" linktext="Send email" >}}',
      '{{< accordion-script >}}',
    ].join('\n');
  const fields = (n, lang) => ({
    title: `${lang === 'nb' ? 'Stilling' : 'Position'} ${n}`,
    intro: 'Build the cloud the Nordics deserve.',
    team: teams[n % teams.length],
    location: 'Oslo',
    duration: 'Full time',
    draft: n % 7 === 0,
    date: `2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
    sidebarlinkurl: `https://jobs.nordlys.example/apply/${n}`,
    sidebarlinkname: 'Apply now',
    sidebarimage: 'card.svg',
  });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, '_index.md'), '---\ntitle: "Careers"\n---\n\nOpen positions.\n');
  let written = 0;
  for (let n = 1; written < count; n++) {
    const name = `position-${String(n).padStart(4, '0')}`;
    const variants = n % 5 === 0 && written + 1 < count ? [['', 'en'], ['.nb', 'nb']] : [['', 'en']];
    for (const [suffix, lang] of variants) {
      const data = fields(n, lang);
      let front;
      if (n % 10 === 3) {
        front = `+++\n${Object.entries(data).map(([k, v]) => `${k} = ${typeof v === 'string' ? JSON.stringify(v) : v}`).join('\n')}\n+++`;
      } else if (n % 10 === 7) {
        front = JSON.stringify(data, null, 2);
      } else {
        front = `---\n${Object.entries(data).map(([k, v]) => `${k[0].toUpperCase()}${k.slice(1)}: ${typeof v === 'string' ? JSON.stringify(v) : v}`).join('\n')}\nlanguage: "En"\n---`;
      }
      writeFileSync(join(folder, `${name}${suffix}.md`), `${front}\n\n${body(n)}\n`);
      written++;
    }
  }
}
