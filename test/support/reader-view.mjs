/**
 * What a reader gets from a rendered posting, read the same way from Hugo's page and from the
 * widget's (test/e2e/hugo-parity.test.mjs): its sentences, links, headings, images and apply
 * actions. One self-contained function (no imports, no closures), handed to the page as source.
 *
 * It walks the flat tree a reader sees: through shadow roots, slots replaced by what they show,
 * nothing that is not displayed (closed parts must be opened first), no script, style or icon.
 * A block box (any `display` but inline or contents, and `<br>`) ends a run of text; runs split
 * into sentences after `.`, `!`, `?` or `…`. Whitespace is normalised, nothing else.
 * Headings say whether they are `contained` in an accordion's content.
 * `actions` and `frames` are selectors: the elements that apply (their `href`) and the embedded
 * frames (their `src`), which each side marks up its own way.
 */
export function readerView(title, body, { base, actions, frames }) {
  const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'noscript', 'iframe']);
  const normal = (text) => text.replace(/\s+/g, ' ').trim();
  const decode = (text) => {
    try {
      return decodeURI(text);
    } catch {
      return text;
    }
  };
  const address = (raw) => {
    if (raw.startsWith('#')) return '#' + decode(raw.slice(1));
    try {
      return decode(new URL(raw, base).href);
    } catch {
      return raw;
    }
  };
  const childrenOf = (node) => {
    if (node.shadowRoot) return [...node.shadowRoot.childNodes];
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes({ flatten: true });
      return assigned.length ? assigned : [...node.childNodes];
    }
    return [...node.childNodes];
  };

  const view = { sentences: [], links: [], headings: [], images: [], actions: [], frames: [] };
  let run = '';
  const endRun = () => {
    for (const sentence of normal(run).split(/(?<=[.!?…])\s+/)) if (sentence) view.sentences.push(sentence);
    run = '';
  };
  /** Text of a subtree, block boxes apart by a space. */
  const wordsOf = (node) => {
    let words = '';
    const visit = (current) => {
      for (const child of childrenOf(current)) {
        if (child.nodeType === Node.TEXT_NODE) words += child.data;
        else if (child.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(child.localName) && getComputedStyle(child).display !== 'none') {
          words += ' ';
          visit(child);
          words += ' ';
        }
      }
    };
    visit(node);
    return normal(words);
  };
  const backgroundImage = (element) => /url\(["']?([^"')]+)["']?\)/.exec(element.style?.backgroundImage ?? '')?.[1];

  const visit = (node, contained) => {
    for (const child of childrenOf(node)) {
      if (child.nodeType === Node.TEXT_NODE) {
        run += child.data;
        continue;
      }
      if (child === title || child.nodeType !== Node.ELEMENT_NODE) continue;
      if (child.matches(frames)) view.frames.push(address(child.getAttribute('src') ?? ''));
      if (SKIPPED.has(child.localName)) continue;
      const display = getComputedStyle(child).display;
      if (display === 'none') continue;
      const block = (display !== 'inline' && display !== 'contents') || child.localName === 'br';
      if (block) endRun();
      const level = /^h([1-6])$/.exec(child.localName)?.[1] ?? (child.getAttribute('role') === 'heading' ? child.getAttribute('aria-level') : null);
      if (level) view.headings.push({ level: Number(level), words: wordsOf(child), contained });
      if (child.localName === 'a' && child.hasAttribute('href')) {
        view.links.push({ href: address(child.getAttribute('href')), words: wordsOf(child) });
      }
      if (child.localName === 'img' && child.getAttribute('src')) view.images.push(address(child.getAttribute('src')));
      const background = backgroundImage(child);
      if (background) view.images.push(address(background));
      if (child.matches(actions)) {
        const href = child.getAttribute('href') ?? child.getAttribute('src');
        if (href) view.actions.push(address(href));
      }
      // What an accordion shows in its slot is its content, below its title.
      visit(child, contained || (child.localName === 'slot' && child.getRootNode().host?.localName === 'careers-accordion'));
      if (block) endRun();
    }
  };
  view.headings.push({ level: Number(title.getAttribute('aria-level') ?? title.localName[1]), words: wordsOf(title), contained: false });
  view.sentences.push(...wordsOf(title).split(/(?<=[.!?…])\s+/));
  visit(body, false);
  endRun();
  return view;
}
