// A host page that configures its own marked and DOMPurify (loaded from /vendor/) as
// permissively and as hostilely as it can. None of it may reach the widget's private instances.
marked.use({
  renderer: {
    paragraph: () => '<p class="host-renderer"><img src=x onerror="__xss(101)">host paragraph</p>\n',
    link: () => '<a href="javascript:__xss(102)">host link</a>',
  },
  hooks: { postprocess: (html) => `${html}<img src=x onerror="__xss(103)">` },
  walkTokens: (token) => {
    if (token.type === 'text') token.text = '<img src=x onerror="__xss(104)">';
  },
});
marked.setOptions({ breaks: true, pedantic: true });
DOMPurify.setConfig({ ADD_TAGS: ['script', 'iframe', 'style'], ADD_ATTR: ['onerror', 'onclick', 'onload'], ALLOW_UNKNOWN_PROTOCOLS: true });
DOMPurify.addHook('uponSanitizeAttribute', (node, data) => {
  data.forceKeepAttr = true;
});
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeType === 1) node.setAttribute('onclick', '__xss(105)');
});
// Proof that the host's settings are live: its own DOMPurify now keeps handlers.
window.__hostSanitized = DOMPurify.sanitize('<b onclick="x()">host</b>');
