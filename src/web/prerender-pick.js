// The pre-render picker: the one inline script besides the loader (src/web/post_build.mjs
// inlines it, comment lines removed, after the data blocks src/ssr.rs rendered, and puts
// its sha256 into the CSP). It runs while the page is parsed, before the first paint, parses ONE
// block's markup (the others are never parsed) and puts it at the start of <body>:
// - a page's block (one per page of the first screen, `Route::FIRST_SCREEN`, and language:
//   `prerender-home`, `-sme`, `-executive`, and `-home-en`, `-sme-en`, `-executive-en`), the one
//   whose `data-path` is the address and whose `data-lang` is the stored language (Japanese
//   when none): the first render of that page in that language, for `#/` (or no fragment),
//   `#/sme`, `#/executive` — only when storage holds nothing of this app but the language,
//   because stored answers, a saved screen (a reopened app with no fragment returns to it) or
//   banners make the app's first screen differ;
// - `prerender-shell` (`prerender-shell-en` when the stored language is English): the header
//   alone (no page is marked current): every other address, a returning user, storage that
//   cannot be read. What follows the header is only ever added by the app, so no other page's
//   content is shown first and nothing moves.
// The address is read as src/route.rs reads it (fragment, query cut, slashes trimmed); anything it
// cannot read exactly (a percent escape) gets the shell. Yew's first render empties <body> (this
// script with it) and renders the same markup in the same task; until then a change of the
// fragment (a link in the pre-render) picks again.
// Parsing markup is a Trusted Types sink: the CSP allows one policy for it, `shindan-prerender`,
// created here and held in this closure only; it passes the blocks' own text.
(function () {
  var d = document;
  var tt = window.trustedTypes
    ? trustedTypes.createPolicy('shindan-prerender', {
        createHTML: function (s) {
          return s;
        },
      })
    : null;
  var me = d.currentScript;
  var title = d.title;
  var shown = [];
  function pick() {
    var lang = 'ja';
    var fresh = true;
    try {
      var s = localStorage;
      for (var i = 0; i < s.length; i++) {
        var k = s.key(i);
        if (k.indexOf('shindan.') === 0 && k !== 'shindan.v1.lang') fresh = false;
      }
      if (s.getItem('shindan.v1.lang') === '"en"') lang = 'en';
    } catch (e) {
      fresh = false;
    }
    var h = location.hash.slice(1).split('?')[0].replace(/^\/+|\/+$/g, '');
    // The page blocks name their address and language (src/ssr.rs renders one per page of the
    // first screen and language).
    var pages = d.querySelectorAll('script[data-path]');
    for (var j = 0; fresh && j < pages.length; j++) {
      var b = pages[j];
      if (b.getAttribute('data-path') === h && b.getAttribute('data-lang') === lang) return b.id.slice('prerender-'.length);
    }
    return lang === 'en' ? 'shell-en' : 'shell';
  }
  function show() {
    // Once the app has rendered, this script is no longer in the document: nothing to do.
    if (!me.isConnected) return;
    for (var i = 0; i < shown.length; i++) shown[i].remove();
    var t = d.getElementById('prerender-' + pick());
    if (!t) return;
    var p = d.createElement('template');
    p.innerHTML = tt ? tt.createHTML(t.text) : t.text;
    // As the browser writes these nodes out: the first screen hydrates only if <body> still
    // starts with exactly this (src/boot.rs).
    window.__shindanPainted = p.innerHTML;
    var f = p.content;
    shown = Array.prototype.slice.call(f.childNodes);
    d.body.prepend(f);
    d.documentElement.lang = t.getAttribute('data-lang');
    d.title = t.getAttribute('data-title') || title;
    // A page rendered for hydration: the app keeps these nodes (src/boot.rs).
    if (t.hasAttribute('data-hydrate')) d.body.setAttribute('data-hydrate', '');
    else d.body.removeAttribute('data-hydrate');
  }
  show();
  addEventListener('hashchange', show);
})();
