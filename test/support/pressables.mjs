/**
 * What the tests that press everything in a posting press (the injection matrix, the end-to-end
 * host pages). One self-contained function (no imports, no closures), like dom-audit.mjs, so the
 * browser tests import it and the end-to-end tests hand its source to the page.
 */

/**
 * Every element under `root` (an element or shadow root) that a reader can press, through every
 * shadow root: `root`'s own shadow root first, where a widget element keeps its content.
 */
export function pressables(root) {
  const found = [];
  const visit = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches('a, button, summary, [role="button"], [tabindex]')) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}
