/**
 * The only differences test/e2e/hugo-parity.test.mjs accepts between Hugo's page and the widget,
 * each with its reason. An entry `allows(difference, context)`: `difference` is `{ kind, side,
 * value }` (kind: text, link, heading, images, actions, frames; side: "hugo only", "widget only"
 * or "order"), `context` is `{ file, posting }`.
 */
export const ALLOWANCES = [];
