/**
 * The gallery: one iframe per tile (state.html?state=…&lang=…&theme=…), grouped as in
 * states.json. Frames load lazily, grow to their content up to a cap, and get the theme
 * knobs' properties whenever they load or a knob moves.
 */
import { languageName, LOCALES, type Locale } from '../src/i18n/locale.js';
import { byId, h } from './dom.js';
import { onTileMessage, sendTokens, type Tokens } from './frame-messages.js';
import { GROUPS, pick, stateUrl, THEMES, type Theme, type Tile } from './states.js';

const MAX_HEIGHT = 640;
const MIN_HEIGHT = 120;

interface TileView {
  tile: Tile;
  adjustable: boolean;
  frame: HTMLIFrameElement;
  caption: HTMLElement;
  link: HTMLAnchorElement;
}

export interface Gallery {
  setTokens(tokens: Tokens): void;
}

export function createGallery(container: HTMLElement): Gallery {
  const langSelect = byId<HTMLSelectElement>('gallery-lang');
  const themeSelect = byId<HTMLSelectElement>('gallery-theme');
  langSelect.replaceChildren(...LOCALES.map((lang) => h('option', { value: lang, lang }, languageName(lang))));
  themeSelect.replaceChildren(...THEMES.map((theme) => h('option', { value: theme }, theme === 'auto' ? 'auto (your system’s)' : theme)));

  let tokens: Tokens = {};
  const views: TileView[] = [];

  for (const group of GROUPS) {
    const headingId = `gallery-${group.id}`;
    const list = h('ul', { class: 'tiles', role: 'list' });
    for (const tile of group.tiles) {
      const caption = h('span', { class: 'tile-title' });
      const link = h('a', { class: 'tile-open', target: '_blank' }, 'Open alone', h('span', { class: 'visually-hidden' }, ' (new tab)'));
      const frame = h('iframe', { loading: 'lazy', height: 360, class: 'tile-frame' });
      if (tile.width) frame.style.width = `${tile.width}px`;
      const view: TileView = { tile, adjustable: Boolean(group.adjustable), frame, caption, link };
      views.push(view);
      list.append(h('li', { class: 'tile' }, h('figure', {}, h('figcaption', {}, caption, ' ', link), frame)));
    }
    container.append(h('section', { class: 'tile-group', 'aria-labelledby': headingId }, h('h3', { id: headingId }, group.title), list));
  }

  function place(view: TileView) {
    const lang: Locale = view.adjustable ? pick(langSelect.value, LOCALES, 'en') : (view.tile.lang ?? 'en');
    const theme: Theme = view.adjustable ? pick(themeSelect.value, THEMES, 'light') : (view.tile.theme ?? 'light');
    const url = stateUrl({ state: view.tile.state, lang, theme });
    const facts = [view.adjustable ? languageName(lang) : null, view.adjustable ? theme : null, view.tile.width ? `${view.tile.width} px wide` : null].filter(Boolean);
    const label = `${view.tile.title}${facts.length ? ` (${facts.join(', ')})` : ''}`;
    view.caption.textContent = label;
    view.link.href = url;
    view.frame.title = `Gallery tile: ${label}`;
    if (view.frame.getAttribute('src') !== url) view.frame.src = url;
  }

  const update = () => views.filter((view) => view.adjustable).forEach(place);
  langSelect.addEventListener('change', update);
  themeSelect.addEventListener('change', update);
  views.forEach(place);

  onTileMessage((message, source) => {
    const view = views.find((candidate) => candidate.frame.contentWindow === source);
    if (!view) return;
    if (message.type === 'ready') sendTokens(view.frame.contentWindow!, tokens);
    if (message.type === 'height') view.frame.height = String(Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, message.height)));
  });

  return {
    setTokens(next) {
      tokens = next;
      for (const view of views) if (view.frame.contentWindow) sendTokens(view.frame.contentWindow, tokens);
    },
  };
}
