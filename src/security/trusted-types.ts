import type { TrustedTypePolicy, TrustedTypesWindow } from 'trusted-types/lib/index.js';

/** The Trusted Types policy name a strict host allows for this widget (see docs/security.md, A strict host page). */
const POLICY_NAME = 'careers-widget';

// undefined until asked for; null where the browser has no Trusted Types or the host refuses the name.
let policy: TrustedTypePolicy | null | undefined;

/**
 * The widget's own policy, handed to its private DOMPurify so that parsing feed HTML never
 * needs the default `dompurify` policy (only sanitiser input passes through it; the output is
 * DOM nodes), used to read a lone character reference (markdown-dom.ts), and for the JSON-LD
 * script, which it accepts only as JSON. Made once per page: a second copy of the script never
 * renders (src/elements.ts leaves the first copy's elements be), so it never asks.
 */
export function widgetPolicy(): TrustedTypePolicy | undefined {
  if (policy === undefined) {
    try {
      policy =
        ((globalThis as unknown as TrustedTypesWindow).trustedTypes?.createPolicy(POLICY_NAME, {
          createHTML: (input) => input,
          // Only the JSON-LD block for search engines: data, never code. Anything else is refused.
          createScript: (input) => {
            JSON.parse(input);
            return input;
          },
        }) as TrustedTypePolicy | undefined) ?? null;
    } catch {
      // Refused by the host's CSP: the caller degrades (raw-HTML bodies as plain text) and the browser reports it.
      policy = null;
    }
  }
  return policy ?? undefined;
}
