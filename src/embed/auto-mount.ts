/**
 * The classic one-tag embed: `<script src=".../careers-widget.iife.js" data-feed="URL"
 * data-lang="nb">` mounts a `<careers-widget>` right after itself, or inside the element that
 * `data-target` names. Every other `data-*` is passed on as an attribute (`data-heading-level`
 * → `heading-level`). Returns the widget (placed later when its target is still to be parsed).
 */
export function mountFromScript(script: HTMLOrSVGScriptElement | null): HTMLElement | undefined {
  if (!(script instanceof HTMLScriptElement) || !script.dataset.feed) return undefined;
  const widget = document.createElement('careers-widget');
  for (const [key, value] of Object.entries(script.dataset)) {
    if (key === 'target' || value === undefined) continue;
    widget.setAttribute(key === 'feed' ? 'src' : toAttributeName(key), value);
  }
  const targetSelector = script.dataset.target;
  const place = () => {
    const target = targetSelector ? document.querySelector(targetSelector) : null;
    if (target) target.append(widget);
    else if (targetSelector) console.warn(`careers-widget: data-target "${targetSelector}" matches no element`);
    else script.after(widget);
  };
  // An async script can run before the page has parsed its target.
  if (targetSelector && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', place, { once: true });
  else place();
  return widget;
}

function toAttributeName(datasetKey: string): string {
  return datasetKey.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
