/**
 * Frames a posting embeds — Hugo's `youtube` and `vimeo` shortcodes and raw `<iframe>` HTML —
 * described without contacting anyone: what the frame is, whose site it is from, the address
 * it loads (YouTube's without cookies) and the page a new tab opens. Pure: the widget shows
 * them as click-to-load cards (careers-embed), the CLI lists them.
 */

export type EmbedKind = 'video' | 'form' | 'page';

export interface Embed {
  kind: EmbedKind;
  /** Who serves it, for the reader: "YouTube", "Vimeo", or the site's host name. */
  provider: string;
  /** What the frame loads, once the reader asks. */
  src: string;
  /** What a new tab opens. */
  href: string;
}

/** Video ids are short runs of these: anything else is not an id (and never reaches a URL unchecked). */
const VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FORM_HINT = /form|apply|application|s(?:ø|o)knad|ans(?:ö|o|ø)k|ans(?:ø|o)gning/i;

export function youtubeEmbed(id: string | undefined): Embed | null {
  if (!id || !VIDEO_ID.test(id)) return null;
  return {
    kind: 'video',
    provider: 'YouTube',
    src: `https://www.youtube-nocookie.com/embed/${id}`,
    href: `https://www.youtube.com/watch?v=${id}`,
  };
}

export function vimeoEmbed(id: string | undefined): Embed | null {
  if (!id || !/^\d{1,20}$/.test(id)) return null;
  return { kind: 'video', provider: 'Vimeo', src: `https://player.vimeo.com/video/${id}?dnt=1`, href: `https://vimeo.com/${id}` };
}

/** A raw `<iframe src>` (already an absolute http(s) URL): a video of a known host, a form, or a page. */
export function frameEmbed(src: string, title = ''): Embed | null {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.replace(/^www\./, '');
  const youtube = /(^|\.)youtube(-nocookie)?\.com$/.test(host) && /^\/embed\/([^/?#]+)/.exec(url.pathname)?.[1];
  if (youtube) return youtubeEmbed(youtube);
  const vimeo = host === 'player.vimeo.com' && /^\/video\/(\d+)/.exec(url.pathname)?.[1];
  if (vimeo) return vimeoEmbed(vimeo);
  const kind = FORM_HINT.test(`${host}${url.pathname} ${title}`) ? 'form' : 'page';
  return { kind, provider: host, src: url.href, href: url.href };
}
