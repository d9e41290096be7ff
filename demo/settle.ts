/** Waiting until custom elements (and what they render) have finished updating. */

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every element under `root`, through open shadow roots and slotted content. */
function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  const pending: (Element | ShadowRoot | Document)[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node instanceof Element) {
      found.push(node);
      if (node.shadowRoot) pending.push(node.shadowRoot);
    }
    pending.push(...node.children);
  }
  return found;
}

/** The first element matching `selector` anywhere under `root`, shadow trees included. */
export function deepQuery<T extends Element = Element>(root: Element | Document, selector: string): T | null {
  return (deepElements(root).find((element) => element.matches(selector)) as T | undefined) ?? null;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `test` is true, checking every animation frame; rejects after `timeoutMs`. */
export async function until(test: () => unknown, what: string, timeoutMs = 8000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!test()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}

/**
 * Waits for every element under `root` to finish its update, again until no new elements
 * appear, then for images that are loading (not lazy ones below the fold) and fonts.
 */
export async function settle(root: Element | Document): Promise<void> {
  let count = -1;
  for (let round = 0; round < 10; round++) {
    const elements = deepElements(root) as Updating[];
    const undefinedTags = [...new Set(elements.filter((element) => element.localName.includes('-') && !customElements.get(element.localName)).map((element) => element.localName))];
    await Promise.all(undefinedTags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(elements.map((element) => element.updateComplete));
    if (elements.length === count && !undefinedTags.length) break;
    count = elements.length;
    await nextFrame();
  }
  const images = deepElements(root).filter((element): element is HTMLImageElement => element instanceof HTMLImageElement);
  // Lazy images load once near the viewport: wait for those, not for the ones far below.
  const loading = images.filter((image) => !image.complete && (image.loading !== 'lazy' || image.getBoundingClientRect().top < innerHeight));
  const loaded = (image: HTMLImageElement) =>
    new Promise((resolve) => {
      image.addEventListener('load', resolve, { once: true });
      image.addEventListener('error', resolve, { once: true });
    });
  await Promise.race([Promise.all(loading.map(loaded)), delay(3000)]);
  await document.fonts.ready;
  await nextFrame();
}
