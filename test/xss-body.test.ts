// The XSS corpus in the body: as is, in Markdown contexts, as raw HTML, inside shortcodes (see support/xss-matrix.ts).
import { describeInjection } from './support/xss-matrix.js';

describeInjection(['body as is', 'body Markdown contexts', 'body raw HTML', 'shortcode params positional', 'shortcode content']);
