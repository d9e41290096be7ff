// The XSS corpus in the body as raw HTML (see test/support/xss-matrix.ts).
import { describeInjection } from '../support/xss-matrix.js';

describeInjection(['body raw HTML']);
