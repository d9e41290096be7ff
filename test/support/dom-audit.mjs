/**
 * What the injection tests forbid anywhere in a widget's rendered tree, shadow roots included.
 * One self-contained function (no imports, no closures), so the browser tests import it and the
 * end-to-end tests hand its source to Playwright's `page.evaluate`.
 */

/**
 * Problems found under `root` (an element or shadow root), each as a short string naming the
 * element and what is wrong; [] when clean. Forbidden: `on*` attributes; elements that run or
 * load code, submit or retarget (`script`, `iframe`, `object`, `embed`, `form`, `base`, `meta`, …);
 * SVG animation elements (they can rewrite attributes); and URL attributes whose scheme is not
 * https, http, mailto or tel (a bare `#fragment` is fine). One frame is allowed: the one a
 * `careers-embed` card loads when the reader asks, sandboxed as the widget sandboxes it (no
 * top navigation, no modals), from an https or http address.
 */
export function auditDom(root) {
  const FORBIDDEN_ELEMENTS = [
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'base', 'meta', 'link',
    'style', 'noscript', 'template', 'portal', 'fencedframe', 'isindex',
    'animate', 'set', 'animatemotion', 'animatetransform', 'discard', 'handler', 'listener', 'foreignobject', 'use',
  ];
  const URL_ATTRIBUTES = [
    'href', 'src', 'action', 'formaction', 'srcset', 'imagesrcset', 'poster', 'background', 'data', 'codebase',
    'cite', 'longdesc', 'ping', 'lowsrc', 'dynsrc', 'usemap', 'manifest', 'profile', 'icon', 'archive',
    'classid', 'attributionsrc', 'folder', 'datasrc', 'to', 'from', 'values',
  ];
  const SAFE_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'];
  const EMBED_SANDBOX = ['allow-scripts', 'allow-same-origin', 'allow-forms', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-presentation'];
  const isEmbedFrame = (element) =>
    element.localName === 'iframe' &&
    element.getRootNode().host?.localName === 'careers-embed' &&
    element.hasAttribute('sandbox') &&
    element.getAttribute('sandbox').split(/\s+/).filter(Boolean).every((token) => EMBED_SANDBOX.includes(token)) &&
    /^https?:\/\//.test(element.getAttribute('src') ?? '');
  const problems = [];
  const describe = (element) => `<${element.localName}${element.id ? `#${element.id}` : ''}>`;

  const checkUrl = (element, name, value) => {
    const candidates = name === 'srcset' || name === 'imagesrcset' || name === 'ping'
      ? value.split(/,|\s+/).filter((part) => part && !/^\d+(\.\d+)?[wx]$/.test(part))
      : [value];
    for (const candidate of candidates) {
      const url = candidate.trim();
      if (url.startsWith('#')) continue;
      let scheme;
      try {
        scheme = new URL(url, element.baseURI).protocol;
      } catch {
        problems.push(`${describe(element)} ${name}="${value}" is not a URL`);
        continue;
      }
      if (!SAFE_SCHEMES.includes(scheme)) problems.push(`${describe(element)} ${name}="${value}" has scheme ${scheme}`);
    }
  };

  const visit = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (FORBIDDEN_ELEMENTS.includes(element.localName) && !isEmbedFrame(element)) problems.push(`${describe(element)} is forbidden`);
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`${describe(element)} has ${name}="${attribute.value}"`);
        else if (name === 'srcdoc') problems.push(`${describe(element)} has srcdoc`);
        else if (name === 'style' && /javascript:|expression\(|url\(/i.test(attribute.value)) {
          problems.push(`${describe(element)} style="${attribute.value}"`);
        } else if (URL_ATTRIBUTES.includes(attribute.localName.toLowerCase())) checkUrl(element, name, attribute.value);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return problems;
}
