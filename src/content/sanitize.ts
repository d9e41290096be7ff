/**
 * The sanitiser for posting bodies whose Markdown holds raw HTML: a private DOMPurify
 * instance (a host's hooks and settings never reach it) with the widget's allow-list, its
 * Trusted Types policy, and the URL policy on every link and image. Loaded on demand by
 * render-body.ts: DOMPurify is 12 KB gzip, and most bodies never need it.
 */
import DOMPurify from 'dompurify';
import { safeUrl } from './url-policy.js';
import { setSafeLink } from './safe-link.js';
import { widgetPolicy } from './trusted-types.js';

const purify = DOMPurify(window);

const SANITIZE_CONFIG = {
  ALLOWED_TAGS: [
    'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol',
    'p', 'pre', 's', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td',
    'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'id', 'colspan', 'rowspan', 'align', 'start', 'lang', 'dir'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true as const,
};

// The base URL of the body being sanitised; sanitising is synchronous, so one slot suffices.
let activeBaseUrl = '';

purify.addHook('afterSanitizeAttributes', (node) => {
  if (!(node instanceof Element)) return;
  if (node.localName === 'a' && node.hasAttribute('href')) {
    setSafeLink(node, node.getAttribute('href'), activeBaseUrl);
  } else if (node.localName === 'img') {
    const src = safeUrl(node.getAttribute('src'), activeBaseUrl, 'image');
    if (src) {
      node.setAttribute('src', src);
      node.setAttribute('loading', 'lazy');
    } else {
      node.removeAttribute('src');
    }
  }
});

/** HTML (marked's output for a body with raw HTML) as a sanitised fragment; relative URLs resolve against `baseUrl`. */
export function sanitizeHtml(html: string, baseUrl: string): DocumentFragment {
  activeBaseUrl = baseUrl;
  try {
    const policy = widgetPolicy();
    return purify.sanitize(html, { ...SANITIZE_CONFIG, ...(policy && { TRUSTED_TYPES_POLICY: policy }) });
  } finally {
    activeBaseUrl = '';
  }
}
