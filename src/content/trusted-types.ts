import type { TrustedTypePolicy, TrustedTypesWindow } from 'trusted-types/lib/index.js';

/** The Trusted Types policy name a strict host allows for this widget (see README, CSP). */
export const POLICY_NAME = 'careers-widget';

// Shared across copies of the script on one page: a second createPolicy with the same
// name throws where the host's CSP does not allow duplicates.
const POLICY_KEY = Symbol.for('careers-widget.trusted-types-policy');

type PolicyHolder = typeof globalThis & { [POLICY_KEY]?: TrustedTypePolicy | null };

/**
 * The widget's own policy, handed to its private DOMPurify so that parsing feed HTML never
 * needs the default `dompurify` policy (only sanitiser input passes through it; the output is
 * DOM nodes), and used for the JSON-LD script, which it accepts only as JSON. Undefined where the browser has no Trusted Types or the policy cannot be made.
 */
export function widgetPolicy(): TrustedTypePolicy | undefined {
  const holder = globalThis as PolicyHolder;
  if (holder[POLICY_KEY] === undefined) {
    const factory = (globalThis as unknown as TrustedTypesWindow).trustedTypes;
    try {
      const policy = factory?.createPolicy(POLICY_NAME, {
        createHTML: (input) => input,
        // Only the JSON-LD block for search engines: data, never code. Anything else is refused.
        createScript: (input) => {
          JSON.parse(input);
          return input;
        },
      });
      holder[POLICY_KEY] = (policy as TrustedTypePolicy | undefined) ?? null;
    } catch {
      holder[POLICY_KEY] = null;
    }
  }
  return holder[POLICY_KEY] ?? undefined;
}
