import type { TrustedTypePolicy, TrustedTypePolicyOptions, TrustedTypesWindow } from 'trusted-types/lib/index.js';

/** The Trusted Types policy name a strict host allows for this widget (see README, CSP). */
const POLICY_NAME = 'careers-widget';

/**
 * Where a copy of the script publishes its policies: a static slot on its `careers-widget`
 * class, the one global the widget owns. A second copy on the page (both builds, or one under
 * two URLs) takes its policies from there, because a second `createPolicy` with the same name
 * throws where the host's CSP does not allow duplicates.
 */
export const SHARED_POLICIES = Symbol.for('careers-widget.policies');

type PolicyRegistry = Map<string, TrustedTypePolicy | null>;
type PublishingElement = CustomElementConstructor & { [SHARED_POLICIES]?: PolicyRegistry };

/** The policies this copy made; `CareersWidget` publishes them. */
export const policiesOfThisCopy: PolicyRegistry = new Map();

/**
 * The named policy, made once per page: by this copy, or by the copy whose `careers-widget`
 * the page runs. Undefined where the browser has no Trusted Types or the host refuses the name.
 * The build hands Lit's `lit-html` policy through here too (scripts/lit-without-globals.ts).
 */
export function sharedPolicy(name: string, rules: TrustedTypePolicyOptions): TrustedTypePolicy | undefined {
  const first = globalThis.customElements?.get('careers-widget') as PublishingElement | undefined;
  const policies = first?.[SHARED_POLICIES] ?? policiesOfThisCopy;
  if (!policies.has(name)) {
    let policy: TrustedTypePolicy | null = null;
    try {
      policy = ((globalThis as unknown as TrustedTypesWindow).trustedTypes?.createPolicy(name, rules) as TrustedTypePolicy | undefined) ?? null;
    } catch {
      // Refused by the host's CSP: the caller degrades (raw-HTML bodies as plain text) and the browser reports it.
    }
    policies.set(name, policy);
  }
  return policies.get(name) ?? undefined;
}

/**
 * The widget's own policy, handed to its private DOMPurify so that parsing feed HTML never
 * needs the default `dompurify` policy (only sanitiser input passes through it; the output is
 * DOM nodes), used to read a lone character reference (markdown-dom.ts), and for the JSON-LD
 * script, which it accepts only as JSON.
 */
export const widgetPolicy = () =>
  sharedPolicy(POLICY_NAME, {
    createHTML: (input) => input,
    // Only the JSON-LD block for search engines: data, never code. Anything else is refused.
    createScript: (input) => {
      JSON.parse(input);
      return input;
    },
  });
