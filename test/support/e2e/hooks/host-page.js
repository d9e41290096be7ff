// The host page's own code, as the end-to-end tests need it: a counter that must keep ticking
// whatever the widget meets, and a record of what the page saw go wrong. An external script,
// because a strict host page runs no inline script.
window.__ticks = 0;
setInterval(() => window.__ticks++, 10);
window.__uncaught = [];
window.addEventListener('error', (event) => window.__uncaught.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.__uncaught.push(`unhandledrejection: ${event.reason}`));
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
});
window.__careersErrors = [];
document.addEventListener('careers-error', (event) => window.__careersErrors.push({ target: event.target.id, ...event.detail }));
window.__xssCalls = [];
window.__xss = (n) => window.__xssCalls.push(n);
