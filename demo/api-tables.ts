/**
 * API reference tables from custom-elements.json (written by `cem analyze` from the elements'
 * JSDoc into dist/; `npm start` and `npm run build` make it). Everything from the manifest
 * goes in as text; backticked runs become <code>.
 */
import { h, withCode, type Child } from './dom.js';

// The parts of the Custom Elements Manifest schema the tables read.
interface Described {
  name: string;
  description?: string;
  summary?: string;
}
interface TypeText {
  text?: string;
}
interface Attribute extends Described {
  type?: TypeText;
  default?: string;
  fieldName?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  type?: TypeText;
  default?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  parameters?: { name: string }[];
}
interface FiredEvent extends Described {
  type?: TypeText;
}
interface Declaration extends Described {
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: FiredEvent[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** Where the manifest is: vite resolves this to /dist/custom-elements.json in dev and copies it into a build. */
const MANIFEST_URL = new URL('../dist/custom-elements.json', import.meta.url).href;

export async function renderApiTables(container: HTMLElement): Promise<void> {
  const status = h('p', { role: 'status' }, 'Loading the API reference…');
  container.replaceChildren(status);
  let manifest: Manifest;
  try {
    const response = await fetch(MANIFEST_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    manifest = (await response.json()) as Manifest;
  } catch (error) {
    status.textContent = `The API reference could not be loaded from custom-elements.json (${(error as Error).message}). Run npm run build:manifest (npm start does) and reload.`;
    return;
  }
  const elements = (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is Declaration & { tagName: string } => Boolean(declaration.tagName));
  // The widget first, then the rest by name.
  elements.sort((a, b) => Number(b.tagName === 'careers-widget') - Number(a.tagName === 'careers-widget') || a.tagName.localeCompare(b.tagName));

  const index = h('ul', { class: 'api-index' }, ...elements.map((element) => h('li', {}, h('a', { href: `#api-${element.tagName}` }, h('code', {}, `<${element.tagName}>`)))));
  container.replaceChildren(h('nav', { 'aria-label': 'Elements' }, index), ...elements.map(renderElement));
}

function renderElement(element: Declaration & { tagName: string }): HTMLElement {
  const id = `api-${element.tagName}`;
  const publicMembers = (element.members ?? []).filter((member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_'));
  const attributeFields = new Set((element.attributes ?? []).map((attribute) => attribute.fieldName));
  const properties = publicMembers.filter((member) => member.kind === 'field' && !attributeFields.has(member.name));
  const methods = publicMembers.filter((member) => member.kind === 'method');
  const tables = [
    table(element.tagName, 'Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], element.attributes, (attribute) => [
      code(attribute.name),
      attribute.fieldName ? code(attribute.fieldName) : '—',
      type(attribute.type),
      attribute.default ? code(attribute.default) : '—',
      text(attribute),
    ]),
    table(element.tagName, 'Properties (set from JavaScript)', ['Property', 'Type', 'Default', 'Description'], properties, (member) => [
      code(member.name),
      type(member.type),
      member.default ? code(member.default) : '—',
      text(member),
    ]),
    table(element.tagName, 'Methods', ['Method', 'Description'], methods, (member) => [
      code(`${member.name}(${(member.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
      text(member),
    ]),
    table(element.tagName, 'Events', ['Event', 'Class', 'Description'], element.events, (event) => [code(event.name), type(event.type), text(event)]),
    table(element.tagName, 'Slots', ['Slot', 'Description'], element.slots, (slot) => [slot.name ? code(slot.name) : 'default (no name)', text(slot)]),
    table(element.tagName, 'CSS parts', ['Part', 'Description'], element.cssParts, (part) => [code(`::part(${part.name})`), text(part)]),
    table(element.tagName, 'CSS custom properties', ['Property', 'Description'], element.cssProperties, (property) => [code(property.name), text(property)]),
  ];
  const missing = ['Slots', 'Events', 'CSS parts'].filter((_, i) => ![element.slots, element.events, element.cssParts][i]?.length);
  return h(
    'section',
    { class: 'api-element', 'aria-labelledby': id },
    h('h3', { id }, h('code', {}, `<${element.tagName}>`)),
    element.description || element.summary ? h('p', { class: 'api-description' }, withCode(element.description ?? element.summary ?? '')) : null,
    ...tables,
    missing.length ? h('p', { class: 'hint' }, `No ${missing.join(', ').toLowerCase()}.`) : null,
  );
}

function table<T>(tagName: string, caption: string, columns: string[], rows: T[] | undefined, cells: (row: T) => Child[]): HTMLElement | null {
  if (!rows?.length) return null;
  const label = `${caption} of ${tagName}`;
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: 0 },
    h(
      'table',
      { class: 'api-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', { scope: 'col' }, column)))),
      h('tbody', {}, ...rows.map((row) => h('tr', {}, ...cells(row).map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))),
    ),
  );
}

const code = (value: string) => h('code', {}, value);
const type = (value: TypeText | undefined) => (value?.text ? code(value.text) : '—');
const text = (item: Described) => withCode(item.description ?? item.summary ?? '');
