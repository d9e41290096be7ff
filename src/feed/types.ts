/** Feed format version 1: the contract between the CLI, feed hosts and the widget. */

export const FEED_VERSION = 1;

export interface ApplyLink {
  url: string;
  label?: string;
}

/** A link shown as a button: its address, words and icon (a Font Awesome class or an icon name). */
export interface ActionLink {
  url: string;
  label?: string;
  icon?: string;
}

export interface Organization {
  name: string;
  url?: string;
  logo?: string;
}

export interface Posting {
  /** Unique within the feed and URL-safe: `[A-Za-z0-9._~-]+`. */
  id: string;
  /** BCP 47 language tag of the posting's text. */
  lang: string;
  title: string;
  intro?: string;
  /** ISO 8601 date (`2026-03-01`) or date-time. */
  datePosted: string;
  validThrough?: string;
  team?: string;
  location?: string;
  employmentType?: string;
  image?: string;
  /** The posting's canonical page. */
  url?: string;
  apply?: ApplyLink;
  /** The posting's own button, which `{{% button %}}` in the body shows (the site builds it from the page's front matter). */
  button?: ActionLink;
  /** Postings that are translations of one another share this key. */
  translationKey?: string;
  /** `false`: the site lists the posting nowhere (Hugo's `_build: list: never`); it opens by its own link only. */
  listed?: boolean;
  /** Markdown with Hugo shortcodes. A list-only feed leaves it out: its posting file has it. */
  body?: string;
  /** In a list-only feed (`careers-feed build --split`): the URL of the posting's own file, the posting whole. */
  detail?: string;
}

export interface Feed {
  version: typeof FEED_VERSION;
  generated?: string;
  organization?: Organization;
  postings: Posting[];
}
