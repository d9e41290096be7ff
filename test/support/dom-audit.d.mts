/** See dom-audit.mjs. */
export function auditDom(root: Element | ShadowRoot | DocumentFragment): string[];
