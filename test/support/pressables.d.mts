/** See pressables.mjs. */
export function pressables(root: Element | ShadowRoot): HTMLElement[];
