/**
 * The shortcodes the widget renders (docs: hugo-shortcodes.md). Any other one loses its tags
 * and keeps its content, and the CLI warns about it. shortcode-nodes.ts has one builder for
 * each name here: the compiler keeps the two in step.
 */
export const KNOWN_SHORTCODES = [
  'ingress',
  'accordion',
  'accordion-script',
  'icon-block-horisontal',
  'horisontal-card',
  'contact',
  'note',
  'inline',
  'localbutton',
  'localtextbutton',
  '2calltoaction',
  'icon-block-small-container',
  'icon-block-small',
  'distance',
  'button',
  // Hugo's own
  'youtube',
  'vimeo',
  'ref',
  'relref',
] as const;

export type KnownShortcode = (typeof KNOWN_SHORTCODES)[number];

export function isKnownShortcode(name: string): name is KnownShortcode {
  return (KNOWN_SHORTCODES as readonly string[]).includes(name);
}
