/**
 * What every page of `npm run bench` shares: the host page around the widget (a header above
 * the list, host content below it), the probe that times it, the hand-written baseline that
 * does the least the same job needs, the generated feeds, and the table's number formats.
 */

const STYLE = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1f24; }
  header, main, .after { max-width: 72rem; margin: 0 auto; padding: 1rem; }
  .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr)); gap: 1rem; margin: 0; padding: 0; list-style: none; }
  .card { height: 100%; box-sizing: border-box; padding: 1rem; border: 1px solid #7d8796; border-radius: 8px; }
  .card h2 { margin: 0 0 .5rem; font-size: 1.25rem; }
  .card p { margin: 0 0 .5rem; }
  .meta { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; list-style: none; color: #4b5563; }
  /* The "keep the page still" rule of the README and docs/embedding.md: the space the widget needs, before its script runs. */
  careers-widget:not(:defined) { display: block; min-height: 100vh; }`;
const HOST_BEFORE = `<header><h1>Nordlys Cloud</h1><p>We run an open, sovereign cloud from data centres in the Nordics. Come and build it with us.</p></header>`;
const HOST_AFTER = `<section class="after" id="after"><h2>Life at Nordlys</h2>
  <p>Host content below the list: if it moves while the list loads, that is a layout shift charged to the host page.</p>
  <p>Offices in Oslo, Bergen, Stockholm and Copenhagen; most teams work partly remote.</p>
  <footer><p>© Nordlys Cloud</p></footer></section>`;

/**
 * A host page: the probe first in the head (it watches `target`, the element the cards appear
 * in), then `head`; `main` between the host's own content. `{{WIDGET}}` and `{{FEED}}` are the
 * origins (servers.mjs).
 */
export function hostPage({ lang = 'en', target, head = '', main }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title><style>${STYLE}</style>
<script data-target="${target}">${PROBE}</script>${head}</head>
<body>${HOST_BEFORE}<main>${main}</main>${HOST_AFTER}</body></html>`;
}

// The probe, first in every page's head: long tasks, layout shifts (attributed to the host or
// to the list's own box), the first visible card (polled each frame, through the shadow roots
// for the widget), then a promise that settles once the page has been quiet for QUIET ms.
export const PROBE = `(() => {
  const QUIET = 600, MAX = 20000;
  const target = document.currentScript.dataset.target;
  const B = (window.__bench = { firstCard: null, loaded: null, longtasks: [], shifts: [] });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  const within = (node, box) => { for (let n = node; n; n = n.parentNode || n.host) if (n === box) return true; return false; };
  new PerformanceObserver((list) => {
    const box = document.querySelector(target);
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      // Nodes in shadow trees are not exposed (node is null): those are the widget's own.
      const host = e.sources.some((s) => s.node && !within(s.node, box));
      B.shifts.push([e.startTime, e.value, host]);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const widget = target === 'careers-widget';
  const firstCard = () => {
    if (!widget) return document.querySelector('#jobs .card');
    const card = document.querySelector('careers-widget')?.shadowRoot?.querySelector('careers-job-card');
    return card?.shadowRoot?.querySelector('[part="base"]') ?? card?.shadowRoot?.firstElementChild ?? null;
  };
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0; };
  const poll = () => {
    const el = firstCard();
    if (el && visible(el)) B.firstCard = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  if (widget) document.addEventListener('careers-load', () => (B.loaded = performance.now()));
  const lastActivity = (from) => Math.max(from, ...B.longtasks.map(([s, d]) => s + d), ...B.shifts.map(([t]) => t));
  const summary = (from, to) => {
    const tasks = B.longtasks.filter(([s, d]) => s + d > from && s < to);
    return {
      longest: Math.max(0, ...tasks.map(([, d]) => d)),
      longCount: tasks.length,
      blocking: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    };
  };
  B.settled = new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      const prefetched = !widget || !!customElements.get('careers-job-posting');
      const ready = B.firstCard !== null && B.loaded !== null && (prefetched || now - B.loaded > 5000);
      if ((ready && now - lastActivity(B.loaded) > QUIET) || now > MAX) {
        const shifts = B.shifts.filter(([t]) => t <= now);
        const cards = widget ? document.querySelector('careers-widget')?.shadowRoot?.querySelectorAll('careers-job-card').length ?? 0 : 0;
        const resources = performance.getEntriesByType('resource');
        const feed = resources.find((e) => e.name.includes('/bench/') && e.name.endsWith('.json'));
        resolve({
          firstCard: B.firstCard ?? NaN, timedOut: now > MAX, prefetched, cards, fetched: B.loaded,
          feedStart: feed ? feed.startTime : NaN, feedEnd: feed ? feed.responseEnd : NaN,
          // Every response, the page's own first: [url, start, end, bytes on the wire (0: from the cache)].
          resources: [...performance.getEntriesByType('navigation'), ...resources].map((e) => [e.name, e.startTime, e.responseEnd, e.transferSize]),
          hostShiftBeforeFeed: shifts.filter(([t, , host]) => host && t < B.loaded).reduce((sum, [, v]) => sum + v, 0),
          shifts: shifts.map(([t, v, host]) => [Math.round(t), +v.toFixed(4), host]),
          tasks: B.longtasks.map(([t, d]) => [Math.round(t), Math.round(d)]),
          hostShift: shifts.filter(([, , host]) => host).reduce((sum, [, v]) => sum + v, 0),
          ...summary(0, now),
          ...(B.ownFrom === undefined ? {} : {
            ownLongest: summary(B.ownFrom, now).longest,
            ownTasks: B.longtasks.filter(([s, d]) => s + d > B.ownFrom).map(([t, d]) => [Math.round(t), Math.round(d)]),
          }),
        });
      } else setTimeout(check, 50);
    };
    check();
  });
  // Opening a posting: from the click on its card (the event's time stamp) to its body and the
  // elements in it rendered, then quiet again.
  B.watchPosting = () => {
    B.postingDone = new Promise((resolve) => {
      addEventListener('click', (event) => {
        const clicked = event.timeStamp > 0 && event.timeStamp <= performance.now() ? event.timeStamp : performance.now();
        const rendered = () => {
          const posting = document.querySelector('careers-widget')?.shadowRoot?.querySelector('careers-job-posting');
          const body = posting?.shadowRoot?.querySelector('[part="body"]');
          if (!body || !body.firstElementChild || body.getBoundingClientRect().height === 0) return false;
          return [...body.querySelectorAll('*')].filter((el) => el.localName.startsWith('careers-'))
            .every((el) => el.hasUpdated !== false && el.shadowRoot && el.shadowRoot.childElementCount > 0);
        };
        const wait = () => {
          if (!rendered()) return void requestAnimationFrame(wait);
          const done = performance.now();
          const quiet = () => {
            if (performance.now() - lastActivity(done) > QUIET) {
              const tasks = B.longtasks.filter(([s, d]) => s + d > clicked).map(([t, d]) => [Math.round(t - clicked), Math.round(d)]);
              resolve({ ms: done - clicked, clicked, tasks, ...summary(clicked, performance.now()) });
            }
            else setTimeout(quiet, 50);
          };
          quiet();
        };
        requestAnimationFrame(wait);
      }, { capture: true, once: true });
    });
  };
})();`;

// Hand-written baseline: fetch the feed (#jobs's data-feed) as the widget does and build plain
// cards with DOM APIs. Inline in a page, or as a file of its own (the script-file page).
export const BASELINE = `
const B = window.__bench;
const jobs = document.getElementById('jobs');
const response = await fetch(jobs.dataset.feed, { credentials: 'omit', headers: { accept: 'application/json' } });
const feed = await response.json();
const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium' });
const list = document.createElement('ul');
list.className = 'cards';
for (const posting of feed.postings) {
  const item = document.createElement('li');
  const card = document.createElement('article');
  card.className = 'card';
  const title = document.createElement('h2');
  const link = document.createElement('a');
  link.href = '#' + posting.id;
  link.textContent = posting.title;
  title.append(link);
  card.append(title);
  if (posting.intro) {
    const intro = document.createElement('p');
    intro.textContent = posting.intro;
    card.append(intro);
  }
  const meta = document.createElement('ul');
  meta.className = 'meta';
  for (const fact of [posting.team, posting.location, posting.employmentType, date.format(new Date(posting.datePosted))]) {
    if (!fact) continue;
    const li = document.createElement('li');
    li.textContent = fact;
    meta.append(li);
  }
  card.append(meta);
  item.append(card);
  list.append(item);
}
jobs.append(list);
B.loaded = performance.now();`;

/** Seeded PRNG (mulberry32), so the generated feeds are the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` postings in the shape of `demo` (demo/feed.json), bodies built from its (shortcodes
 * included). With `distinct`, each body is one of the demo's and some prose of another, with the
 * words of every prose line shuffled: as long as a real posting (~6 KB) and about as compressible,
 * where the same few bodies repeated would compress as no real board does.
 */
export function generateFeed(demo, count, seed, { distinct = false } = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const shuffled = (text) =>
    text
      .split('\n')
      .map((line) => {
        if (/^\s*([#>|*-]|\d+\.|\{\{)/.test(line) || line.includes('{{')) return line;
        const words = line.split(' ');
        for (let i = words.length - 1; i > 0; i--) {
          const j = Math.floor(next() * (i + 1));
          [words[i], words[j]] = [words[j], words[i]];
        }
        return words.join(' ');
      })
      .join('\n');
  const demoBodies = demo.postings.map((posting) => posting.body);
  // A second body's first prose lines, up to ~1,500 characters, bring a distinct body to a real one's length.
  const moreProse = () => shuffled(pick(demoBodies)).split('\n').filter((line) => line.length > 80 && !line.includes('{{')).join('\n\n').slice(0, 1500);
  const body = () => (distinct ? `${shuffled(pick(demoBodies))}\n\n${moreProse()}` : pick(demoBodies));
  const roles = ['Platform Engineer', 'Network Engineer', 'Storage Engineer', 'Site Reliability Engineer', 'Security Engineer', 'Data Engineer', 'Frontend Developer', 'Backend Developer', 'Account Executive', 'Customer Success Manager', 'Controller', 'Technical Writer', 'Product Manager', 'Solution Architect'];
  const levels = ['', 'Senior ', 'Lead ', 'Junior ', 'Principal '];
  const teams = ['Platform', 'Network', 'Storage', 'Security', 'Data', 'Customer Success', 'Sales', 'Finance', 'Product'];
  const locations = ['Oslo', 'Bergen', 'Trondheim', 'Stockholm', 'Göteborg', 'København', 'Remote in Europe'];
  const types = ['Full time', 'Full time', 'Full time', 'Part time', 'Temporary', 'Internship'];
  const langs = ['en', 'en', 'en', 'en', 'en', 'en', 'nb', 'nb', 'sv', 'da'];
  const intros = [
    'Run the platform our customers rely on, on hardware we own, in data centres we can drive to.',
    'Help Nordic municipalities, researchers and start-ups move their workloads somewhere close to home.',
    'Join a small team that owns its systems from the first design sketch to the pager.',
    'Make the product simpler for the people who use it every day, and measure that it worked.',
  ];
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const day = 86_400_000;
  const iso = (time) => new Date(time).toISOString().slice(0, 10);
  const postings = [];
  for (let n = 0; n < count; n++) {
    const role = `${pick(levels)}${pick(roles)}`;
    const id = `${role.toLowerCase().replaceAll(' ', '-')}-${n}`;
    const posted = today - Math.floor(next() * 120) * day;
    const posting = {
      id,
      lang: pick(langs),
      title: `${role} – ${pick(teams)}`,
      intro: pick(intros),
      datePosted: iso(posted),
      team: pick(teams),
      location: pick(locations),
      employmentType: pick(types),
      url: `https://nordlys.example/careers/${id}/`,
      apply: { url: `https://jobs.nordlys.example/apply/${id}`, label: 'Apply now' },
      body: `{{< ingress >}}\nPosting ${n + 1} of ${count}: ${role}.\n{{< /ingress >}}\n\n${body()}`,
    };
    if (next() < 0.1) delete posting.intro;
    if (next() < 0.4) posting.validThrough = iso(today + (30 + Math.floor(next() * 300)) * day);
    if (next() < 0.3) posting.image = 'img/team-platform.svg';
    postings.push(posting);
  }
  return { version: 1, generated: `${iso(today)}T08:00:00Z`, organization: demo.organization, postings };
}

export function short(name) {
  return name.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
}

export function table(head, rows) {
  const escape = (cell) => String(cell).replaceAll('|', '\\|');
  return [head, head.map(() => '---'), ...rows].map((row) => `| ${row.map(escape).join(' | ')} |`).join('\n');
}

export function ms(value) {
  return Number.isFinite(value) ? `${formatInt(Math.round(value))} ms` : 'n/a';
}
export function taskMs(value) {
  return value > 0 ? ms(value) : '< 50 ms';
}
export function cls(value) {
  return Number.isFinite(value) ? (value === 0 ? '0' : value.toFixed(3)) : 'n/a';
}
export function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
export function formatInt(value) {
  return Math.round(value).toLocaleString('en-US');
}
export function yesNo(ok) {
  return ok ? 'yes' : '**no**';
}
