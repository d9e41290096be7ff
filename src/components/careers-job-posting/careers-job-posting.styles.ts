import { css } from 'lit';
import { focusRing, secondaryButton, tokens } from '../shared/tokens.js';
import { iconStyles } from '../shared/icon.js';

export const jobPostingStyles = [
  focusRing,
  iconStyles,
  css`
    :host {
      display: block;
      font-family: ${tokens.font};
      color: ${tokens.text};
      line-height: ${tokens.lineHeight};
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
      font-size: calc(${tokens.titleSize} * 1.4);
      line-height: 1.25;
      overflow-wrap: anywhere;
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
      gap: 0.25em 1.25em;
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
