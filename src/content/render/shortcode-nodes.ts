/**
 * What each Hugo shortcode of the postings becomes (docs: hugo-shortcodes.md), built with DOM APIs;
 * parameters are read as the site's templates read them: by name, by position, or either.
 */
import type { Token } from 'marked';
import { param, type LiteralNode, type ShortcodeNode } from '../parse/shortcodes.js';
import { ICON_PATHS, iconFor } from './icons.js';
import { safeUrl } from '../../security/url-policy.js';
import { isKnownShortcode, type KnownShortcode } from '../parse/known-shortcodes.js';
import { setSafeLink } from '../../security/link-attributes.js';
import { siteLink } from '../parse/site-link.js';
import type { ActionLink } from '../../feed/types.js';
import { BODY_ELEMENTS } from './body-elements.js';

/** Nodes lexed as Markdown, each shortcode a marker standing for its slot. */
export interface Lexed {
  tokens: Token[];
  slots: (LiteralNode | ShortcodeNode)[];
}

export interface BuildContext {
  baseUrl: string;
  postingId: string;
  headingLevel: number;
  warnings: string[];
  /** Raw HTML elements the body has opened so far, against the cap in raw-html.ts. */
  openedRawElements: number;
  /** Set when raw HTML met a sanitiser that has not loaded yet: the render is to be done again. */
  awaitsSanitizer: boolean;
  /** Shortcode contents already lexed, by their nodes. */
  lexed: Map<unknown, Lexed>;
  /** A paired shortcode's content, rendered as its template renders it (childDocument). */
  renderChildren(node: ShortcodeNode): DocumentFragment;
  /** The posting's own button (`{{% button %}}`), which the site builds from the page's front matter. */
  button?: ActionLink;
  /** `none`: embedded frames are offered as links only. */
  frames: 'click' | 'none';
}

type Builder = (node: ShortcodeNode, context: BuildContext) => Node | null;

/** Where the site's `contact` template finds a `picture` given as a bare file name. */
const PEOPLE_PICTURES = '/img/people/';

const BUILDERS: Record<KnownShortcode, Builder> = {
  ingress: (node, context) => element('div', { class: 'ingress' }, renderChildren(node, context)),

  accordion: (node, context) => {
    const accordion = element(BODY_ELEMENTS.accordion, { heading: param(node, 'title', 0) ?? '' }, renderChildren(node, context));
    const id = param(node, 'id');
    if (id) accordion.id = id;
    return accordion;
  },

  'accordion-script': () => null,

  distance: () => element('div', { class: 'distance' }),

  'icon-block-horisontal': (node, context) =>
    element(BODY_ELEMENTS.applyButton, {
      href: resolved(siteLink(param(node, 'link')), context),
      label: param(node, 'text') ?? '',
      // The template prints the description as HTML: its words are what a reader gets.
      description: textOfHtml(param(node, 'description') ?? ''),
      icon: iconFor(param(node, 'icon')) ?? '',
      'posting-id': context.postingId,
    }),

  'horisontal-card': (node, context) =>
    contactCard(context, {
      image: param(node, 'image'),
      imageAlt: param(node, 'alt'),
      heading: param(node, 'cardtitle'),
      href: siteLink(param(node, 'linkref') ?? param(node, 'link')),
      linkLabel: param(node, 'linktext'),
      content: [element('p', {}, withEmailBreaks(param(node, 'text') ?? ''))],
    }),

  contact: (node, context) => {
    const phone = param(node, 'phone');
    const email = param(node, 'email');
    const address = param(node, 'address');
    const content: Node[] = [];
    const title = param(node, 'title');
    if (title) content.push(element('p', { class: 'contact-title' }, [title]));
    if (phone) content.push(element('p', {}, [link(context, `tel:${phone.replace(/[^\d+]/g, '')}`, [phone], 'phone')]));
    if (address) {
      const addressLink = param(node, 'address-link');
      content.push(element('p', {}, [addressLink ? link(context, addressLink, [address], null) : address]));
    }
    const picture = param(node, 'picture');
    return contactCard(context, {
      image: picture && !/[/:]/.test(picture) ? PEOPLE_PICTURES + picture : picture,
      name: param(node, 'name'),
      href: email ? `mailto:${email}` : undefined,
      linkLabel: email,
      content,
    });
  },

  note: (node, context) => {
    const title = param(node, 'title', 0);
    const heading = title ? [element('p', { class: 'note-title' }, [title])] : [];
    return element('aside', { class: 'note' }, [...heading, ...renderChildren(node, context)]);
  },

  inline: (node) => element('strong', { class: 'inline-label' }, [param(node, 'text', 0) ?? '']),

  localbutton: (node, context) =>
    actionLink(
      context,
      siteLink(param(node, 'linkref') ?? param(node, 'link', 1)),
      param(node, 'text', 0),
      param(node, 'icon'),
      'button',
    ),

  localtextbutton: (node, context) =>
    actionLink(context, siteLink(param(node, 'link', 1)), param(node, 'text', 0), undefined, 'text'),

  '2calltoaction': (node, context) =>
    element('div', { class: 'actions' }, [
      actionLink(context, siteLink(param(node, 'link1', 1)), param(node, 'text1', 0), undefined, 'button'),
      actionLink(context, siteLink(param(node, 'link2', 3)), param(node, 'text2', 2), undefined, 'button'),
    ]),

  'icon-block-small-container': (node, context) =>
    element('div', { class: 'icon-row' }, renderChildren(node, context)),

  'icon-block-small': (node, context) => {
    const action = actionLink(context, siteLink(param(node, 'link')), param(node, 'text'), param(node, 'icon'), 'small');
    const description = param(node, 'description');
    if (description) action.append(element('span', { class: 'action-description' }, [description]));
    return action;
  },

  button: (node, context) => {
    const button = context.button;
    if (!button) {
      context.warnings.push(`line ${node.line}: "button" shows the posting's own button, and this posting has none; left out`);
      return null;
    }
    return actionLink(context, button.url, button.label, button.icon, 'button');
  },

  youtube: (node, context) => video(node, context, 'https://www.youtube.com/embed/', /^[\w-]{1,64}$/),

  vimeo: (node, context) => video(node, context, 'https://player.vimeo.com/video/', /^\d{1,20}$/),

  // A page's address, which the CLI writes in their place when it can (--base-url). One left here
  // gave none: as a link's destination the link goes and its words stay (url-policy.ts).
  ref: (node, context) => unresolvedReference(node, context),
  relref: (node, context) => unresolvedReference(node, context),
};

const INLINE_SHORTCODES = new Set(['inline', 'localtextbutton', 'icon-block-small', 'ref', 'relref']);

/** Shortcodes whose templates render their content as a Markdown document of its own (`.Page.RenderString`). */
const OWN_DOCUMENT = new Set(['ingress', 'note']);

/**
 * How Hugo treats a paired shortcode's content, which decides its typography: rendered as a
 * document of its own (`own`), as part of the page's Markdown (`page`: the `%` form of a template
 * that prints `.Inner`), or not as Markdown at all (`none`: the `<` form of such a template, whose
 * content the widget renders anyway, without typography). `inline`: content on one line, in a run of text.
 */
export function childDocument(node: ShortcodeNode): { inline: boolean; typography: 'own' | 'page' | 'none' } {
  const inline = !isKnownShortcode(node.name) && !isMultiLine(node);
  if (OWN_DOCUMENT.has(node.name)) return { inline, typography: 'own' };
  return { inline, typography: node.form === '%' ? 'page' : 'none' };
}

/** Whether the node stands as a block of its own (and so must not stay inside a paragraph). */
export function isBlockShortcode(node: ShortcodeNode): boolean {
  if (isKnownShortcode(node.name)) return !INLINE_SHORTCODES.has(node.name);
  return isMultiLine(node);
}

/** Builds the node a shortcode stands for; unknown ones keep their rendered inner content. */
export function buildShortcode(node: ShortcodeNode, context: BuildContext): Node | null {
  if (isKnownShortcode(node.name)) return BUILDERS[node.name](node, context);
  context.warnings.push(`line ${node.line}: unknown shortcode "${node.name}"${node.children ? ': its content is shown' : ' is left out'}`);
  if (!node.children) return null;
  if (!isMultiLine(node)) return context.renderChildren(node);
  return element('div', { class: 'shortcode-content' }, [context.renderChildren(node)]);
}

/**
 * A frame another site serves (an absolute http(s) address), as a card that loads it only when
 * the reader asks (careers-embed); with a preview image only when the posting gives one.
 */
export function embedElement(src: string, context: BuildContext, title = '', thumbnail?: string): Element {
  return element(BODY_ELEMENTS.embed, { src, 'frame-title': title, frames: context.frames, thumbnail: safeUrl(thumbnail, context.baseUrl, 'image') ?? '' });
}

/** Hugo's `youtube` and `vimeo`: the player's address, as Hugo embeds it, of the video the id names. */
function video(node: ShortcodeNode, context: BuildContext, player: string, id: RegExp): Element | null {
  const video = param(node, 'id', 0);
  if (video && id.test(video)) return embedElement(player + video, context, param(node, 'title'), param(node, 'thumbnail'));
  context.warnings.push(`line ${node.line}: "${node.name}" needs a video id; left out`);
  return null;
}

function unresolvedReference(node: ShortcodeNode, context: BuildContext): null {
  context.warnings.push(`line ${node.line}: ${node.name} ${JSON.stringify(param(node, 'path', 0) ?? '')} was not resolved (careers-feed build --base-url resolves it); a link to it keeps its words only`);
  return null;
}

function isMultiLine(node: ShortcodeNode): boolean {
  return node.inner?.includes('\n') ?? false;
}

function renderChildren(node: ShortcodeNode, context: BuildContext): Node[] {
  return node.children ? [context.renderChildren(node)] : [];
}

function resolved(raw: string | undefined, context: BuildContext): string {
  return safeUrl(raw, context.baseUrl, 'link') ?? '';
}

/** The words of a piece of HTML (a parameter the template prints as HTML), as text. */
function textOfHtml(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => HTML_TEXT[name]);
}
const HTML_TEXT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>().,;:!?]+/g;

/**
 * Text whose e-mail addresses may wrap only after their `@` and before their dots: each address
 * a `span.email` of parts that never break (not even at a hyphen), with `<wbr>` between them.
 */
export function withEmailBreaks(text: string): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(EMAIL)) {
    nodes.push(document.createTextNode(text.slice(last, match.index)));
    const address = element('span', { class: 'email' });
    match[0].split(/(?<=@)|(?=\.)/).forEach((part, index) => {
      if (index) address.append(document.createElement('wbr'));
      address.append(element('span', {}, [part]));
    });
    nodes.push(address);
    last = match.index + match[0].length;
  }
  nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

interface ContactCardParts {
  image?: string;
  imageAlt?: string;
  name?: string;
  heading?: string;
  href?: string;
  linkLabel?: string;
  content: Node[];
}

function contactCard(context: BuildContext, parts: ContactCardParts): Element {
  return element(
    BODY_ELEMENTS.contactCard,
    {
      image: safeUrl(parts.image, context.baseUrl, 'image') ?? '',
      'image-alt': parts.imageAlt ?? '',
      name: parts.name ?? '',
      heading: parts.heading ?? '',
      href: resolved(parts.href, context),
      'link-label': parts.linkLabel ?? '',
    },
    parts.content,
  );
}

type ActionStyle = 'button' | 'text' | 'small';

function actionLink(
  context: BuildContext,
  href: string | undefined,
  text: string | undefined,
  iconClass: string | undefined,
  style: ActionStyle,
): Element {
  const action = link(context, href ?? '', [element('span', { class: 'action-label' }, [text ?? ''])], iconFor(iconClass));
  action.classList.add('action', `action--${style}`);
  return action;
}

function link(context: BuildContext, href: string, content: (Node | string)[], icon: keyof typeof ICON_PATHS | null): Element {
  const anchor = element('a', {}, icon ? [iconElement(icon), ...content] : content);
  setSafeLink(anchor, href, context.baseUrl);
  return anchor;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function iconElement(name: keyof typeof ICON_PATHS): Element {
  const svg = document.createElementNS(SVG_NS, 'svg');
  const presentation = { viewBox: '0 0 24 24', class: 'icon', 'aria-hidden': 'true', focusable: 'false' };
  for (const [key, value] of Object.entries(presentation)) svg.setAttribute(key, value);
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICON_PATHS[name]);
  svg.append(path);
  return svg;
}

function element(tag: string, attributes: Record<string, string>, children: (Node | string)[] = []): Element {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value) created.setAttribute(name, value);
  created.append(...children);
  return created;
}
