import { css, unsafeCSS } from 'lit';
import { focusRing, secondaryButton, tokens, visuallyHidden } from '../shared/tokens.js';
import { iconStyles } from '../shared/icon.js';
import { factStyles } from '../shared/posting-facts.js';

const LEVELS = [1, 2, 3, 4, 5, 6];

/**
 * Selectors for the body headings `steps` levels below the title, for every title level
 * (the body exposes it as data-title-level): a heading's size follows its role, never its tag.
 * Tags stop at h6, so below a deep title several roles share h6 and the nearest role wins.
 */
function headingsBelowTitle(steps: (level: number) => boolean) {
  const selectors = LEVELS.flatMap((title) =>
    LEVELS.filter((level) => steps(level - title)).map((level) => `[data-title-level='${title}'] h${level}`),
  );
  return unsafeCSS(selectors.join(',\n'));
}

/** Headings of the body, by role: a section, a subsection, anything further below (minor). */
const bodyHeadings = css`
  [part='body'] :is(h1, h2, h3, h4, h5, h6) {
    margin: 1.5em 0 0.375em;
    font-size: ${tokens.minorSize};
    font-weight: 600;
    line-height: ${tokens.headingLineHeight};
  }
  ${headingsBelowTitle((steps) => steps === 2)} {
    margin-top: 1.6em;
    font-size: ${tokens.subsectionSize};
  }
  ${headingsBelowTitle((steps) => steps <= 1)} {
    margin: 1.75em 0 0.5em;
    font-size: ${tokens.sectionSize};
    font-weight: 700;
  }
  [part='body'] > :is(h1, h2, h3, h4, h5, h6):first-child {
    margin-top: 0;
  }
`;

export const jobPostingStyles = [
  focusRing,
  iconStyles,
  visuallyHidden,
  factStyles,
  bodyHeadings,
  css`
    :host {
      display: block;
      font-family: ${tokens.font};
      color: ${tokens.text};
      line-height: ${tokens.lineHeight};
      container: careers-posting / inline-size;
    }
    /* Running text keeps to the measure; tables, code and images may be wider. */
    article > *,
    [part='body'] :is(p, ul, ol, dl, blockquote, h1, h2, h3, h4, h5, h6, hr, .ingress, .note, .actions, .icon-row),
    [part='body'] :is(careers-accordion, careers-contact-card, careers-apply-button) {
      max-inline-size: min(100%, ${tokens.measure});
    }
    article > [part='body'] {
      max-inline-size: none;
    }
    [part='back'] {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-height: 44px;
      color: ${tokens.accent};
      font-weight: 600;
    }
    [part='back'] .icon {
      transform: scaleX(-1);
    }
    [part='title'] {
      margin: 0.25em 0 0.5em;
      font-size: ${tokens.postingTitleSize};
      font-weight: 700;
      line-height: 1.2;
      overflow-wrap: anywhere;
    }
    @container careers-posting (max-width: 30rem) {
      [part='title'] {
        font-size: calc(${tokens.postingTitleSize} * 0.8125);
      }
    }
    [part='title']:focus {
      outline: none;
    }
    [part='title']:focus-visible {
      outline: 3px solid ${tokens.focus};
    }
    [part='meta'] {
      overflow-wrap: anywhere;
      display: flex;
      flex-wrap: wrap;
      gap: 0.375em 1.25em;
      margin: 0 0 1em;
      padding: 0;
      list-style: none;
      color: ${tokens.muted};
    }
    [part='share'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      margin: 0 0 1em;
    }
    [part='copy-link'] {
      ${secondaryButton}
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
    }
    [part='copy-status'] {
      font-weight: 600;
    }
    [part='share-url'] {
      width: min(100%, 32em);
      font: inherit;
    }
    [part='translations'] ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0 0 1em;
      padding: 0;
      list-style: none;
    }
    [part='translations'] a,
    [part='site-link'] a {
      color: ${tokens.accent};
    }
    [part='site-link'] {
      margin: 0 0 1em;
    }
    [part='image'] {
      display: block;
      max-width: 100%;
      height: auto;
      margin: 0 0 1.5em;
      border-radius: ${tokens.radius};
    }
    .icon {
      width: 1.125em;
      height: 1.125em;
      vertical-align: -0.2em;
    }

    /* The rendered body: Markdown and the markup of the simpler shortcodes. */
    [part='body'] {
      overflow-wrap: break-word;
    }
    [part='body'] a {
      color: ${tokens.accent};
    }
    [part='body'] img {
      max-width: 100%;
      height: auto;
    }
    [part='body'] pre {
      overflow-x: auto;
      padding: 0.75em;
      border-radius: ${tokens.radius};
      background: ${tokens.subtle};
    }
    [part='body'] table {
      display: block;
      overflow-x: auto;
      border-collapse: collapse;
    }
    [part='body'] th,
    [part='body'] td {
      padding: 0.4em 0.75em;
      border: 1px solid ${tokens.border};
      text-align: start;
    }
    .ingress {
      margin: 1em 0 1.5em;
      font-size: 1.1875em;
    }
    .ingress > :first-child {
      margin-top: 0;
    }
    .note {
      margin: 1.5em 0;
      padding: 0.75em ${tokens.space};
      border-inline-start: 4px solid ${tokens.accent};
      border-radius: ${tokens.radius};
      background: ${tokens.subtle};
    }
    .note-title {
      margin: 0 0 0.25em;
      font-weight: 700;
    }
    .distance {
      height: 1.5em;
    }
    .actions,
    .icon-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      margin: 1em 0;
    }
    a.action {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      min-height: 44px;
      font-weight: 600;
    }
    a.action--button {
      padding: 0 1.25em;
      border-radius: ${tokens.radius};
      background: ${tokens.accent};
      color: ${tokens.accentText};
      text-decoration: none;
    }
    a.action--button:hover {
      text-decoration: underline;
    }
    .action-description {
      font-weight: 400;
    }
    .inline-label {
      font-weight: 700;
    }
    /* An address breaks only where the renderer put <wbr>: after its @, before its dots. */
    .email > span {
      white-space: nowrap;
    }
  `,
];
