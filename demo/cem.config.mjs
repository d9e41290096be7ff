/**
 * Settings for `cem analyze` (@custom-elements-manifest/analyzer), which writes
 * dist/custom-elements.json from the elements' JSDoc (`@slot @csspart @cssprop @fires`).
 * The files to read are given on the command line (package.json, `build:manifest`).
 *
 * Two things the analyzer cannot see in this code base on its own:
 * - Tag names: the elements are defined in one place (src/careers-widget.ts) from a map, so
 *   each element's tag is read from its module's `declare global { interface
 *   HTMLElementTagNameMap { 'careers-x': CareersX } }`.
 * - Events: it reports every `dispatchEvent(new CareersLoadEvent(…))` as a nameless event
 *   beside the `@fires careers-load` one; the two are merged (the class becomes the type).
 */

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function tagNamesFromTagNameMap() {
  /** module path → [tag, class name] */
  const found = new Map();
  return {
    name: 'careers-tag-names',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementTagNameMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) continue;
        if (!ts.isStringLiteral(member.name) && !ts.isIdentifier(member.name)) continue;
        const pairs = found.get(moduleDoc.path) ?? [];
        pairs.push([member.name.text, member.type.typeName.getText()]);
        found.set(moduleDoc.path, pairs);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const [tagName, className] of found.get(moduleDoc.path) ?? []) {
        const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === className);
        if (!declaration) continue;
        declaration.tagName = tagName;
        declaration.customElement = true;
        moduleDoc.exports ??= [];
        if (!moduleDoc.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tagName)) {
          moduleDoc.exports.push({ kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: moduleDoc.path } });
        }
      }
    },
  };
}

/** `CareersLoadEvent` → `careers-load`. */
const eventName = (className) =>
  /^Careers(\w+)Event$/.test(className)
    ? `careers-${className.replace(/^Careers|Event$/g, '').replace(/[A-Z]/g, (letter, index) => (index ? '-' : '') + letter.toLowerCase())}`
    : null;

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function mergeDetectedEvents() {
  return {
    name: 'careers-events',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (!declaration.events?.length) continue;
        const documented = declaration.events.filter((event) => event.description);
        for (const detected of declaration.events.filter((event) => !event.description)) {
          const name = eventName(detected.type?.text ?? '');
          if (!name) continue;
          const match = documented.find((event) => event.name === name);
          if (match) match.type ??= detected.type;
          else documented.push({ name, type: detected.type });
        }
        declaration.events = documented;
      }
    },
  };
}

export default {
  litelement: true,
  outdir: 'dist',
  // package.json names the manifest already ("customElements"); never rewrite it.
  packagejson: false,
  plugins: [tagNamesFromTagNameMap(), mergeDetectedEvents()],
};
