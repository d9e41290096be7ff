/**
 * A link as the site's `resolve-link.html` partial makes it for its shortcodes: a site path gains
 * a trailing slash (`/about` → `/about/`, `/about#team` → `/about/#team`; not a file such as
 * `/cv.pdf`), and a link to a page's Markdown file (`/jobs/x.md`) is that page's address, which
 * only the CLI knows (`careers-feed build --base-url` writes it): without it there is no link.
 * Absolute, `mailto:`, `tel:` and `#fragment` links stay as written. Pure.
 */
export function siteLink(href: string | undefined): string | undefined {
  if (!href || /^(https?:\/\/|mailto:|tel:|#)/.test(href)) return href;
  if (href.endsWith('.md')) return undefined;
  if (!href.startsWith('/')) return href;
  const hash = href.indexOf('#');
  const path = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? '' : href.slice(hash);
  return path && !path.endsWith('/') && !/\.[A-Za-z0-9]+$/.test(path) ? `${path}/${fragment}` : href;
}
