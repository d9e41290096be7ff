/**
 * The playground: a Hugo page (front matter, Markdown, shortcodes) in, the posting out –
 * converted by the CLI's own page reader (convertPage, as `careers-feed build` does) and
 * shown by the widget's own <careers-job-card> and <careers-job-posting> – with what the
 * command would warn about and what the renderer noticed, each with its line in the page.
 */
import type { Posting } from '../src/careers-widget.js';
import { MARKDOWN_FILE, idFromPath } from '../src/cli/ids.js';
import { convertPage, type PageResult } from '../src/cli/page.js';
import { splitLangSuffix } from '../src/cli/language.js';
import { renderBody } from '../src/content/render/render-body.js';
import { byId, h } from './dom.js';
import { SAMPLE_FILE_NAME, SAMPLE_PAGE } from './playground-sample.js';
import { FEED_URL } from './state-feeds.js';

const DEFAULT_LANG = 'en';

interface Finding {
  line: number | null;
  severity: string;
  message: string;
}

export function createPlayground(): void {
  const source = byId<HTMLTextAreaElement>('pg-source');
  const fileName = byId<HTMLInputElement>('pg-file');
  const caret = byId('pg-caret');
  const cliList = byId<HTMLUListElement>('pg-cli-notes');
  const rendererList = byId<HTMLUListElement>('pg-renderer-notes');
  const summary = byId('pg-summary');
  const preview = byId('pg-preview');
  const json = byId('pg-json');
  const card = h('careers-job-card', { 'heading-level': 4, href: '#playground-posting' });
  const posting = h('careers-job-posting', { id: 'playground-posting', 'heading-level': 4, 'base-url': FEED_URL });
  const stale = h('p', { class: 'pg-stale', role: 'status' });
  preview.append(stale, h('p', { class: 'pg-preview-label' }, 'In the list'), card, h('p', { class: 'pg-preview-label' }, 'Opened'), posting);

  source.value = SAMPLE_PAGE;
  fileName.value = SAMPLE_FILE_NAME;

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(update, 200);
  };
  source.addEventListener('input', later);
  fileName.addEventListener('input', later);

  const showCaret = () => {
    const before = source.value.slice(0, source.selectionStart);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    caret.textContent = `Line ${line}, column ${column}`;
  };
  document.addEventListener('selectionchange', () => {
    if (document.activeElement === source) showCaret();
  });
  source.addEventListener('input', showCaret);

  /** Selects a line of the page and scrolls the box to it. */
  function goToLine(line: number) {
    const lines = source.value.split('\n');
    const index = Math.min(Math.max(line, 1), lines.length) - 1;
    const start = lines.slice(0, index).reduce((sum, text) => sum + text.length + 1, 0);
    source.focus();
    source.setSelectionRange(start, start + lines[index].length);
    const lineHeight = Number.parseFloat(getComputedStyle(source).lineHeight) || 20;
    source.scrollTop = Math.max(0, (index - 3) * lineHeight);
    showCaret();
  }

  function renderFindings(list: HTMLUListElement, findings: Finding[], file: string | null) {
    list.replaceChildren(
      ...(findings.length
        ? findings.map((finding) => {
            const where = finding.line ? `${file ? `${file}:` : 'line '}${finding.line}: ` : '';
            return h(
              'li',
              { class: `finding ${finding.severity}` },
              h('code', {}, `${where}${finding.severity === 'error' || finding.severity === 'warning' ? `${finding.severity}: ` : ''}${finding.message}`),
              finding.line
                ? h('button', { type: 'button', class: 'line-button', 'data-line': finding.line, 'aria-label': `Show line ${finding.line} in the page` }, `Line ${finding.line}`)
                : null,
            );
          })
        : [h('li', { class: 'finding none' }, 'Nothing to report.')]),
    );
  }

  for (const list of [cliList, rendererList]) {
    list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-line]');
      if (button) goToLine(Number(button.dataset.line));
    });
  }

  function update() {
    const file = fileName.value.trim() || 'posting.md';
    const stem = file.split('/').pop()!.replace(MARKDOWN_FILE, '');
    const { name, lang: fileLang } = splitLangSuffix(stem);
    let result: PageResult;
    try {
      result = convertPage({ text: source.value, fileLang, defaultLang: DEFAULT_LANG });
    } catch (error) {
      result = { notes: [{ line: 1, severity: 'error', message: `the page could not be read (${(error as Error).message})` }] };
    }
    renderFindings(cliList, result.notes.map((note) => ({ line: note.line, severity: note.severity, message: note.message })), file);

    const page = result.page;
    if (!page) {
      stale.textContent = posting.posting
        ? 'The page cannot become a posting (see the error on the left); below is the last version that could.'
        : 'The page cannot become a posting yet: see the error on the left.';
      renderFindings(rendererList, [], null);
      summary.textContent = `Not a posting: ${result.notes.find((note) => note.severity === 'error')?.message ?? 'see the messages'}.`;
      return;
    }
    stale.textContent = '';
    const shown: Posting = { id: idFromPath(stem), ...page.posting };
    if (page.translationKey) shown.translationKey = page.translationKey;

    // The renderer's own findings; its lines count from the body's first line.
    const bodyLine = page.lines.body ?? 1;
    const rendered = renderBody(shown.body ?? '', { baseUrl: FEED_URL, postingId: shown.id, headingLevel: 4 });
    // Raw HTML waits for the sanitiser: look again once it is there.
    if (rendered.pending) void rendered.pending.then(update);
    const { warnings } = rendered;
    renderFindings(
      rendererList,
      warnings.map((warning) => {
        const match = /^line (\d+): ([\s\S]*)$/.exec(warning);
        return match
          ? { line: bodyLine + Number(match[1]) - 1, severity: 'warning', message: match[2] }
          : { line: null, severity: 'warning', message: warning };
      }),
      null,
    );

    card.posting = shown;
    posting.posting = shown;
    json.textContent = JSON.stringify(shown, null, 2);
    const count = result.notes.length + warnings.length;
    summary.textContent = `A posting in ${shown.lang} (“${name}”), ${count ? `${count} message${count === 1 ? '' : 's'}` : 'no messages'}.`;
  }

  void Promise.all([customElements.whenDefined('careers-job-card'), customElements.whenDefined('careers-job-posting')]).then(update);
}
