/**
 * The outline of a rendered body: every heading nests under the nearest higher-ranked heading
 * before it, one level below, as the site's page nests them — no level is ever skipped.
 */
import { slugify } from '../parse/slug.js';
import { BODY_ELEMENTS } from './body-elements.js';

/** The rank the site's templates give the titles of these elements. */
const TITLED_ELEMENTS: Record<string, number> = { [BODY_ELEMENTS.accordion]: 3, [BODY_ELEMENTS.contactCard]: 3 };
/** Elements whose content nests under their own title. */
const CONTAINERS = new Set<string>([BODY_ELEMENTS.accordion]);
const HEADING = /^h([1-6])$/;

interface Open {
  rank: number;
  depth: number;
}

/**
 * Nests the fragment's headings below a title at `titleLevel`, and gives each the id Hugo would.
 * Ranks are the site's: a Markdown `##` is an h2, an accordion's or card's title an h3. Headings
 * inside an accordion stay below its title; those after it nest as if its content were not there.
 * Each heading (on the widget's elements, the element, with a matching `heading-level`) carries
 * `data-heading-depth`: how many levels below the posting title it sits (1 = a section).
 */
export function nestHeadings(fragment: DocumentFragment, titleLevel: number): void {
  const open: Open[] = [{ rank: 1, depth: 0 }];
  const ids = new UniqueIds([...fragment.querySelectorAll('[id]:not(h1, h2, h3, h4, h5, h6)')].map((element) => element.id));
  const place = (rank: number, floor: number): number => {
    while (open.length > floor && open[open.length - 1].rank >= rank) open.pop();
    const depth = open[open.length - 1].depth + 1;
    open.push({ rank, depth });
    return depth;
  };
  const visit = (parent: ParentNode, floor: number) => {
    for (const element of [...parent.children]) {
      const heading = HEADING.exec(element.localName);
      const titled = TITLED_ELEMENTS[element.localName];
      if (heading) {
        const depth = place(Number(heading[1]), floor);
        const nested = document.createElement(`h${Math.min(6, titleLevel + depth)}`);
        nested.append(...element.childNodes);
        nested.id = ids.unique(element.id || slugify(element.getAttribute('data-slug') ?? nested.textContent ?? ''));
        nested.setAttribute('data-heading-depth', String(depth));
        element.replaceWith(nested);
        continue;
      }
      if (!titled || !element.getAttribute('heading')) {
        visit(element, floor);
        continue;
      }
      const depth = place(titled, floor);
      element.setAttribute('heading-level', String(Math.min(6, titleLevel + depth)));
      element.setAttribute('data-heading-depth', String(depth));
      if (!CONTAINERS.has(element.localName)) continue;
      // Its content nests below its title, and what follows it does not nest inside it.
      const after = open.length;
      visit(element, after);
      open.length = after;
    }
  };
  visit(fragment, 1);
}

/** Ids as Hugo makes them unique: `role`, `role-1`, `role-2`… (counting on per slug, so a thousand alike stay fast). */
class UniqueIds {
  private readonly taken: Set<string>;
  private readonly next = new Map<string, number>();

  constructor(taken: string[]) {
    this.taken = new Set(taken);
  }

  unique(slug: string): string {
    const base = slug || 'section';
    let n = this.next.get(base) ?? 0;
    let id = n ? `${base}-${n}` : base;
    while (this.taken.has(id)) id = `${base}-${++n}`;
    this.next.set(base, n + 1);
    this.taken.add(id);
    return id;
  }
}
