// The XSS corpus in the body, as is and in Markdown contexts (see test/support/xss-matrix.ts); raw HTML and shortcodes have files of their own, so browsers run them side by side.
import { describeInjection } from '../support/xss-matrix.js';

describeInjection(['body as is', 'body Markdown contexts']);
