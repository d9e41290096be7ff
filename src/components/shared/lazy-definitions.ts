/**
 * Elements whose code loads on first use. The entry file registers how to load and define
 * them; an element that is about to render one asks for it here.
 */
const loaders = new Map<string, () => Promise<void>>();

export function registerLazyDefinitions(tags: string[], load: () => Promise<void>): void {
  for (const tag of tags) loaders.set(tag, load);
}

/** Resolves once `tag` is defined, starting its load when one is registered. */
export function ensureDefined(tag: string): Promise<unknown> {
  if (customElements.get(tag)) return Promise.resolve();
  return loaders.get(tag)?.() ?? customElements.whenDefined(tag);
}
