// A host page that uses DOMPurify itself has already made the `dompurify` Trusted Types policy
// before the widget arrives (as DOMPurify does on its first sanitize).
window.__hostPolicy = trustedTypes.createPolicy('dompurify', { createHTML: (html) => html, createScriptURL: (url) => url });
