/**
 * Theme knobs: one control per `--careers-*` custom property, read from the widget's own
 * token list (src/components/shared/tokens.ts), so a new token gets a knob without touching
 * the demo. Colours get a value for the light scheme and one for the dark, written back as
 * `light-dark(light, dark)` like the defaults. The result is live CSS for the preview and the
 * gallery, a contrast check, and a `careers-widget { … }` block to copy.
 */
import { tokens } from '../src/components/shared/tokens.js';
import { h } from './dom.js';
import type { Tokens } from './frame-messages.js';

interface Details {
  label: string;
  hint?: string;
  min?: number;
  max?: number;
  step?: number;
}

// Names, hints and slider ranges; a token missing here still gets a knob, named after itself.
const DETAILS: Record<string, Details> = {
  '--careers-color-text': { label: 'Text' },
  '--careers-color-muted': { label: 'Muted text', hint: 'team, location, date' },
  '--careers-color-accent': { label: 'Accent', hint: 'links and buttons' },
  '--careers-color-accent-text': { label: 'Text on accent' },
  '--careers-color-surface': { label: 'Surface', hint: 'cards, accordions' },
  '--careers-color-subtle': { label: 'Subtle', hint: 'notes, contact cards, placeholders' },
  '--careers-color-border': { label: 'Border' },
  '--careers-color-divider': { label: 'Divider', hint: 'lines between rows and in cards' },
  '--careers-color-background': { label: 'Background', hint: 'painted when the widget has a theme' },
  '--careers-color-danger': { label: 'Danger', hint: 'the error box' },
  '--careers-color-focus': { label: 'Focus ring' },
  '--careers-radius': { label: 'Corner radius', min: 0, max: 32, step: 1 },
  '--careers-space': { label: 'Inner spacing', min: 0.25, max: 2.5, step: 0.125 },
  '--careers-gap': { label: 'Gap between cards', hint: 'follows inner spacing until you move it', min: 0, max: 3, step: 0.125 },
  '--careers-card-min-width': { label: 'Narrowest card column', min: 10, max: 32, step: 0.5 },
  '--careers-title-size': { label: 'Card title size', min: 0.875, max: 2, step: 0.0625 },
  '--careers-text-size': { label: 'Text size', min: 0.75, max: 1.5, step: 0.0625 },
  '--careers-line-height': { label: 'Line height', min: 1, max: 2.2, step: 0.05 },
  '--careers-posting-title-size': { label: 'Posting title', hint: 'times the text size', min: 1.25, max: 3, step: 0.0625 },
  '--careers-section-heading-size': { label: 'Section headings', hint: 'one level below the title', min: 1, max: 2.5, step: 0.0625 },
  '--careers-subsection-heading-size': { label: 'Subsection headings', hint: 'two levels below', min: 0.875, max: 2, step: 0.0625 },
  '--careers-minor-heading-size': { label: 'Minor headings', hint: 'further below; accordion and contact card titles', min: 0.75, max: 1.5, step: 0.03125 },
  '--careers-heading-line-height': { label: 'Heading line height', min: 1, max: 1.6, step: 0.05 },
  '--careers-measure': { label: 'Reading measure', hint: 'longest line of running text, in characters of the font', min: 40, max: 90, step: 1 },
  '--careers-font-family': { label: 'Font family', hint: 'inherits the host page’s font by default' },
};

const FONT_SUGGESTIONS = [
  'inherit',
  'system-ui, sans-serif',
  "'Helvetica Neue', Arial, sans-serif",
  "Georgia, 'Times New Roman', serif",
  "'Iowan Old Style', 'Palatino Linotype', serif",
  "ui-rounded, 'Trebuchet MS', sans-serif",
  'ui-monospace, Menlo, Consolas, monospace',
];

type Knob =
  | { kind: 'color'; name: string; light: string; dark: string; defaultLight: string; defaultDark: string }
  | { kind: 'length'; name: string; value: number; unit: string; defaultValue: number; min: number; max: number; step: number }
  | { kind: 'text'; name: string; value: string; defaultValue: string };

const HEX = /^#[0-9a-f]{6}$/i;

/** Reads `var(--careers-x, DEFAULT)` for every token into a knob. */
function knobsFromTokens(): Knob[] {
  const defaults = new Map<string, string>();
  for (const token of Object.values(tokens)) {
    const match = /^var\((--careers-[a-z0-9-]+),\s*([\s\S]+)\)$/.exec(token.cssText.trim());
    if (match) defaults.set(match[1], match[2].trim());
  }

  const knobs: Knob[] = [];
  for (const [name, raw] of defaults) {
    const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(raw);
    const single = HEX.test(raw) ? raw : null;
    // A default that follows another token (`var(--careers-space, 1rem)`) starts from its fallback.
    const length = /^(?:var\(--careers-[a-z0-9-]+,\s*)?(-?[\d.]+)(px|rem|em|ch|)\)?$/.exec(raw);
    if (pair || single) {
      const [light, dark] = pair ? [pair[1], pair[2]] : [single!, single!];
      knobs.push({ kind: 'color', name, light, dark, defaultLight: light, defaultDark: dark });
    } else if (length) {
      const value = Number(length[1]);
      const unit = length[2];
      const details = DETAILS[name] ?? {};
      const generic = unit === 'px' ? { min: 0, max: 48, step: 1 } : unit ? { min: 0, max: 4, step: 0.125 } : { min: 0, max: 3, step: 0.05 };
      knobs.push({ kind: 'length', name, value, unit, defaultValue: value, min: details.min ?? generic.min, max: details.max ?? generic.max, step: details.step ?? generic.step });
    } else {
      knobs.push({ kind: 'text', name, value: raw, defaultValue: raw });
    }
  }
  const order = Object.keys(DETAILS);
  const rank = (knob: Knob) => (order.includes(knob.name) ? order.indexOf(knob.name) : order.length);
  return knobs.sort((a, b) => rank(a) - rank(b));
}

const labelOf = (name: string) => DETAILS[name]?.label ?? name;
const idOf = (name: string, suffix = '') => `knob${name.replace(/^--careers/, '')}${suffix}`;
const formatNumber = (value: number) => String(Number(value.toFixed(4)));

function isChanged(knob: Knob): boolean {
  switch (knob.kind) {
    case 'color':
      return knob.light.toLowerCase() !== knob.defaultLight.toLowerCase() || knob.dark.toLowerCase() !== knob.defaultDark.toLowerCase();
    case 'length':
      return knob.value !== knob.defaultValue;
    case 'text':
      return knob.value.trim() !== knob.defaultValue;
  }
}

function valueOf(knob: Knob): string {
  switch (knob.kind) {
    case 'color':
      return knob.light.toLowerCase() === knob.dark.toLowerCase() ? knob.light : `light-dark(${knob.light}, ${knob.dark})`;
    case 'length':
      return `${formatNumber(knob.value)}${knob.unit}`;
    case 'text':
      return knob.value.trim() || knob.defaultValue;
  }
}

/** The CSS a site pastes: the changed properties, or all of them. */
function cssBlock(knobs: Knob[], includeUnchanged: boolean): string {
  const lines = knobs.filter((knob) => includeUnchanged || isChanged(knob)).map((knob) => `  ${knob.name}: ${valueOf(knob)};`);
  return `careers-widget {\n${lines.length ? lines.join('\n') : '  /* Every property has its default value. */'}\n}\n`;
}

export interface KnobsOptions {
  /** Called with the changed properties whenever a knob moves (and once at the start). */
  onChange: (tokens: Tokens) => void;
}

/** Builds the knobs into `container` and wires the CSS output, copy button and contrast table found in it. */
export function createKnobs(container: HTMLElement, { onChange }: KnobsOptions): void {
  const knobs = knobsFromTokens();
  const colours = h('fieldset', { class: 'knob-group' }, h('legend', {}, 'Colours'), h('p', { class: 'hint' }, 'Each colour has a value for the light scheme and one for the dark.'));
  const sizes = h('fieldset', { class: 'knob-group' }, h('legend', {}, 'Sizes and spacing'));
  const type = h('fieldset', { class: 'knob-group' }, h('legend', {}, 'Type'));
  const inputs = new Map<string, HTMLInputElement[]>();

  for (const knob of knobs) {
    const details = DETAILS[knob.name];
    const name = h('span', { class: 'knob-name' }, labelOf(knob.name), details?.hint ? h('span', { class: 'hint' }, ` (${details.hint})`) : null);
    const property = h('code', { class: 'knob-property' }, knob.name);
    if (knob.kind === 'color') {
      const light = h('input', { type: 'color', id: idOf(knob.name, '-light'), value: knob.light, 'data-knob': knob.name, 'data-scheme': 'light' });
      const dark = h('input', { type: 'color', id: idOf(knob.name, '-dark'), value: knob.dark, 'data-knob': knob.name, 'data-scheme': 'dark' });
      light.addEventListener('input', () => ((knob.light = light.value), changed()));
      dark.addEventListener('input', () => ((knob.dark = dark.value), changed()));
      inputs.set(knob.name, [light, dark]);
      const nameId = idOf(knob.name, '-name');
      colours.append(
        h(
          'div',
          { class: 'color-knob', role: 'group', 'aria-labelledby': nameId },
          h('div', { id: nameId, class: 'knob-label' }, name, ' ', property),
          h(
            'div',
            { class: 'color-inputs' },
            h('label', { for: light.id }, h('span', { class: 'visually-hidden' }, `${labelOf(knob.name)}, `), 'Light'),
            light,
            h('label', { for: dark.id }, h('span', { class: 'visually-hidden' }, `${labelOf(knob.name)}, `), 'Dark'),
            dark,
          ),
        ),
      );
    } else if (knob.kind === 'length') {
      const id = idOf(knob.name);
      const range = h('input', { type: 'range', id, min: knob.min, max: knob.max, step: knob.step, value: knob.value, 'data-knob': knob.name });
      const output = h('output', { for: id, class: 'knob-value' }, valueOf(knob));
      range.addEventListener('input', () => {
        knob.value = Number(range.value);
        output.textContent = valueOf(knob);
        changed();
      });
      inputs.set(knob.name, [range]);
      sizes.append(h('div', { class: 'range-knob' }, h('label', { for: id }, name, ' ', property), range, output));
    } else {
      const id = idOf(knob.name);
      const listId = `${id}-suggestions`;
      const input = h('input', { type: 'text', id, value: knob.value, list: listId, spellcheck: 'false', autocomplete: 'off', 'data-knob': knob.name });
      input.addEventListener('input', () => ((knob.value = input.value), changed()));
      inputs.set(knob.name, [input]);
      type.append(
        h('div', { class: 'text-knob' }, h('label', { for: id }, name, ' ', property), input, h('datalist', { id: listId }, ...FONT_SUGGESTIONS.map((font) => h('option', { value: font })))),
      );
    }
  }
  container.prepend(colours, sizes, type);

  const output = container.querySelector<HTMLTextAreaElement>('#css-output')!;
  const includeAll = container.querySelector<HTMLInputElement>('#css-include-all')!;
  const copy = container.querySelector<HTMLButtonElement>('#copy-css')!;
  const status = container.querySelector<HTMLElement>('#copy-status')!;
  const reset = container.querySelector<HTMLButtonElement>('#reset-knobs')!;
  const contrast = container.querySelector<HTMLTableSectionElement>('#contrast-rows')!;

  function changed() {
    const changedTokens: Tokens = Object.fromEntries(knobs.filter(isChanged).map((knob) => [knob.name, valueOf(knob)]));
    output.value = cssBlock(knobs, includeAll.checked);
    status.textContent = '';
    renderContrast(contrast, knobs);
    onChange(changedTokens);
  }

  includeAll.addEventListener('change', changed);
  reset.addEventListener('click', () => {
    for (const knob of knobs) {
      const [first, second] = inputs.get(knob.name)!;
      if (knob.kind === 'color') {
        first.value = knob.light = knob.defaultLight;
        second.value = knob.dark = knob.defaultDark;
      } else if (knob.kind === 'length') {
        knob.value = knob.defaultValue;
        first.value = String(knob.value);
        first.nextElementSibling!.textContent = valueOf(knob);
      } else {
        first.value = knob.value = knob.defaultValue;
      }
    }
    changed();
    status.textContent = 'Every property is back to its default.';
  });
  copy.addEventListener('click', async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(output.value);
      status.textContent = 'Copied to the clipboard.';
    } catch {
      output.focus();
      output.select();
      status.textContent = 'This browser did not let the page copy. The CSS is selected in the box: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  });
  changed();
}

// Contrast (WCAG 2.x relative luminance), for the pairs the widget draws on one another.

const PAIRS: { text: string; on: string; what: string; needs: number }[] = [
  { text: '--careers-color-text', on: '--careers-color-surface', what: 'Text on surface', needs: 4.5 },
  { text: '--careers-color-text', on: '--careers-color-subtle', what: 'Text on subtle', needs: 4.5 },
  { text: '--careers-color-muted', on: '--careers-color-surface', what: 'Muted text on surface', needs: 4.5 },
  { text: '--careers-color-accent', on: '--careers-color-surface', what: 'Links on surface', needs: 4.5 },
  { text: '--careers-color-accent', on: '--careers-color-subtle', what: 'Links on subtle', needs: 4.5 },
  { text: '--careers-color-accent-text', on: '--careers-color-accent', what: 'Button text on accent', needs: 4.5 },
  { text: '--careers-color-text', on: '--careers-color-background', what: 'Text on background', needs: 4.5 },
  { text: '--careers-color-border', on: '--careers-color-surface', what: 'Border on surface', needs: 3 },
  { text: '--careers-color-focus', on: '--careers-color-background', what: 'Focus ring on background', needs: 3 },
  { text: '--careers-color-danger', on: '--careers-color-background', what: 'Error border on background', needs: 3 },
];

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function renderContrast(body: HTMLTableSectionElement, knobs: Knob[]): void {
  const colour = new Map(knobs.flatMap((knob) => (knob.kind === 'color' ? [[knob.name, knob] as const] : [])));
  const rows = PAIRS.filter((pair) => colour.has(pair.text) && colour.has(pair.on)).map((pair) => {
    const cell = (scheme: 'light' | 'dark') => {
      const ratio = contrastRatio(colour.get(pair.text)![scheme], colour.get(pair.on)![scheme]);
      const passes = ratio >= pair.needs;
      return h('td', { class: passes ? 'pass' : 'fail' }, `${ratio.toFixed(1)}:1 `, h('span', { class: 'verdict' }, passes ? 'passes' : 'too low'));
    };
    return h('tr', {}, h('th', { scope: 'row' }, pair.what), cell('light'), cell('dark'), h('td', {}, `${pair.needs}:1`));
  });
  body.replaceChildren(...rows);
}
