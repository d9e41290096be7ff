// The XSS corpus in the body inside shortcodes: as positional parameters and as their content (see test/support/xss-matrix.ts).
import { describeInjection } from '../support/xss-matrix.js';

describeInjection(['shortcode params positional', 'shortcode content']);
