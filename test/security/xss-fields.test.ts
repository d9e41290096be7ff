// The XSS corpus in every field of a posting but the body (see test/support/xss-matrix.ts).
import { describeInjection } from '../support/xss-matrix.js';

describeInjection(['title, intro, team, location, employmentType, translationKey, apply.label', 'image, url, apply.url', 'id', 'lang', 'datePosted', 'validThrough']);
