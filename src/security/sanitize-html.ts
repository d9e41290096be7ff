/**
 * The sanitiser for HTML from a feed: a private DOMPurify instance (a host's hooks and settings
 * never reach it) with the widget's allow-list, its Trusted Types policy, and the URL policy on
 * every link, image and frame.
 */
import DOMPurify from 'dompurify';
import { safeUrl } from './url-policy.js';
import { setSafeLink } from './link-attributes.js';
import { widgetPolicy } from './trusted-types.js';

const purify = DOMPurify(window);

const SANITIZE_CONFIG = {
  ALLOWED_TAGS: [
    'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol',
    'p', 'pre', 's', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td',
    'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
    // Never shown: render-body.ts makes each a card that loads it only when the reader asks.
    'iframe',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'id', 'colspan', 'rowspan', 'align', 'start', 'lang', 'dir'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true as const,
};

/** Links, frames and images through the URL policy, relative ones against the body's `baseUrl`. */
function screenUrls(node: Node, baseUrl: string) {
  if (!(node instanceof Element)) return;
  if (node.localName === 'a' && node.hasAttribute('href')) {
    setSafeLink(node, node.getAttribute('href'), baseUrl);
  } else if (node.localName === 'iframe') {
    const src = safeUrl(node.getAttribute('src'), baseUrl, 'image');
    for (const attribute of [...node.attributes]) if (attribute.name !== 'title') node.removeAttribute(attribute.name);
    if (src) node.setAttribute('src', src);
  } else if (node.localName === 'img') {
    const src = safeUrl(node.getAttribute('src'), baseUrl, 'image');
    if (src) {
      node.setAttribute('src', src);
      node.setAttribute('loading', 'lazy');
    } else {
      node.removeAttribute('src');
    }
  }
}

/** Sanitises HTML from a feed into a fragment; relative URLs resolve against `baseUrl`. */
export function sanitizeHtml(html: string, baseUrl: string): DocumentFragment {
  // A hook for this call alone: it knows this body's base URL.
  const hook = (node: Node) => screenUrls(node, baseUrl);
  purify.addHook('afterSanitizeAttributes', hook);
  try {
    const policy = widgetPolicy();
    return purify.sanitize(html, { ...SANITIZE_CONFIG, ...(policy && { TRUSTED_TYPES_POLICY: policy }) });
  } finally {
    purify.removeHook('afterSanitizeAttributes', hook);
  }
}
