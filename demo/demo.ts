/** The designers' demo page (index.html): theme knobs, gallery, playground and API tables. */
import type { CareersWidget } from '../src/careers-widget.js';
import { renderApiTables } from './api-tables.js';
import { byId, h } from './dom.js';
import { applyTokens } from './frame-messages.js';
import { createGallery } from './gallery.js';
import { createKnobs } from './knobs.js';
import { createPlayground } from './playground.js';

const gallery = createGallery(byId('gallery-groups'));

// Knobs style this page (the preview and the playground) and every gallery tile.
createKnobs(byId('knobs'), {
  onChange(tokens) {
    applyTokens(document.documentElement, tokens);
    gallery.setTokens(tokens);
  },
});

const preview = byId<CareersWidget>('preview-widget');
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="preview-theme"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) preview.setAttribute('theme', radio.value);
  });
}

// The widget's public events, as a host's analytics would hear them on document.
const log = byId('event-log');
for (const type of ['careers-load', 'careers-view', 'careers-apply', 'careers-error'] as const) {
  document.addEventListener(type, (event) => {
    const detail = JSON.stringify((event as CustomEvent).detail);
    log.prepend(h('li', {}, h('code', {}, type), ` ${detail}`));
    while (log.children.length > 8) log.lastElementChild!.remove();
    console.info(type, (event as CustomEvent).detail);
  });
}

createPlayground();
void renderApiTables(byId('api-tables'));
