/**
 * What each Hugo shortcode of the postings becomes (see docs: hugo-shortcodes.md), built
 * with DOM APIs: parameter text goes in as text, URLs through the URL policy.
 * Structural shortcodes become the widget's own elements; the rest become plain markup
 * that the posting's stylesheet dresses.
 */
import { param, type BodyNode, type ShortcodeNode } from './shortcodes.js';
import { ICON_PATHS, iconFor } from './icons.js';
import { safeUrl } from './url-policy.js';
import { isKnownShortcode, type KnownShortcode } from './known-shortcodes.js';
import { setSafeLink } from './safe-link.js';

export interface BuildContext {
  baseUrl: string;
  postingId: string;
  headingLevel: number;
  warnings: string[];
  /** Raw HTML elements the body has opened so far, against the cap in raw-html.ts. */
  openedRawElements: { count: number };
  renderNodes(nodes: BodyNode[], context: BuildContext, inline?: boolean): DocumentFragment;
}

type Builder = (node: ShortcodeNode, context: BuildContext) => Node | null;

/** Note titles that name a kind of call-out rather than a title to show. */
const NOTE_KINDS = new Set(['info', 'note', 'tip', 'warning', 'important', 'success', 'danger']);

const BUILDERS: Record<KnownShortcode, Builder> = {
  ingress: (node, context) => element('div', { class: 'ingress' }, renderChildren(node, context)),

  accordion: (node, context) => {
    const accordion = element(
      'careers-accordion',
      { heading: param(node, 'title', 0) ?? '', 'heading-level': String(context.headingLevel + 1) },
      renderChildren(node, context),
    );
    const id = param(node, 'id');
    if (id) accordion.id = id;
    return accordion;
  },

  'accordion-script': () => null,

  distance: () => element('div', { class: 'distance' }),

  'icon-block-horisontal': (node, context) =>
    element('careers-apply-button', {
      href: resolved(param(node, 'link'), context),
      label: param(node, 'text') ?? '',
      description: param(node, 'description') ?? '',
      icon: iconFor(param(node, 'icon')) ?? '',
      'posting-id': context.postingId,
    }),

  'horisontal-card': (node, context) =>
    contactCard(context, {
      image: param(node, 'image'),
      imageAlt: param(node, 'alt'),
      heading: param(node, 'cardtitle'),
      href: param(node, 'link') ?? param(node, 'linkref'),
      linkLabel: param(node, 'linktext'),
      content: [element('p', {}, [param(node, 'text') ?? ''])],
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
    return contactCard(context, {
      image: param(node, 'picture'),
      heading: param(node, 'name'),
      href: email ? `mailto:${email}` : undefined,
      linkLabel: email,
      content,
    });
  },

  note: (node, context) => {
    const title = param(node, 'title', 0) ?? '';
    const kind = NOTE_KINDS.has(title.toLowerCase()) ? title.toLowerCase() : 'note';
    const heading = title && kind === 'note' ? [element('p', { class: 'note-title' }, [title])] : [];
    return element('aside', { class: `note note--${kind}` }, [...heading, ...renderChildren(node, context)]);
  },

  inline: (node) => element('strong', { class: 'inline-label' }, [param(node, 'text', 0) ?? '']),

  localbutton: (node, context) =>
    actionLink(context, param(node, 'link') ?? param(node, 'linkref'), param(node, 'text'), param(node, 'icon'), 'button'),

  localtextbutton: (node, context) =>
    actionLink(context, param(node, 'link', 1), param(node, 'text', 0), undefined, 'text'),

  '2calltoaction': (node, context) =>
    element('div', { class: 'actions' }, [
      actionLink(context, param(node, 'link1', 1), param(node, 'text1', 0), undefined, 'button'),
      actionLink(context, param(node, 'link2', 3), param(node, 'text2', 2), undefined, 'button'),
    ]),

  'icon-block-small-container': (node, context) =>
    element('div', { class: 'icon-row' }, renderChildren(node, context)),

  'icon-block-small': (node, context) => {
    const action = actionLink(context, param(node, 'link'), param(node, 'text'), param(node, 'icon'), 'small');
    const description = param(node, 'description');
    if (description) action.append(element('span', { class: 'action-description' }, [description]));
    return action;
  },
};

const INLINE_SHORTCODES = new Set(['inline', 'localtextbutton', 'icon-block-small']);

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
  if (!isMultiLine(node)) return context.renderNodes(node.children, context, true);
  return element('div', { class: 'shortcode-content' }, [context.renderNodes(node.children, context)]);
}

function isMultiLine(node: ShortcodeNode): boolean {
  return node.inner?.includes('\n') ?? false;
}

function renderChildren(node: ShortcodeNode, context: BuildContext): Node[] {
  return node.children ? [context.renderNodes(node.children, context)] : [];
}

function resolved(raw: string | undefined, context: BuildContext): string {
  return safeUrl(raw, context.baseUrl, 'link') ?? '';
}

interface ContactCardParts {
  image?: string;
  imageAlt?: string;
  heading?: string;
  href?: string;
  linkLabel?: string;
  content: Node[];
}

function contactCard(context: BuildContext, parts: ContactCardParts): Element {
  return element(
    'careers-contact-card',
    {
      image: safeUrl(parts.image, context.baseUrl, 'image') ?? '',
      'image-alt': parts.imageAlt ?? '',
      heading: parts.heading ?? '',
      href: resolved(parts.href, context),
      'link-label': parts.linkLabel ?? '',
      'heading-level': String(context.headingLevel + 1),
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
