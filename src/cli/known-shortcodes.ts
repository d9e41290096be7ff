/**
 * The shortcodes the widget renders as its own elements (src/content/shortcode-nodes.ts,
 * docs: hugo-shortcodes.md). Any other one loses its tags in the widget, so the CLI warns.
 * test/node/cli-build.test.mjs checks that this list and the widget's stay the same.
 */
export const KNOWN_SHORTCODES: ReadonlySet<string> = new Set([
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
]);
