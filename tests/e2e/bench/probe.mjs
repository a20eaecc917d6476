// "Interactive", shared by bench.mjs (Shindan) and floor.mjs (Shindan beside the floor app):
// installed with page.addInitScript(INTERACTIVE_PROBE, { radio, total }). When the first element
// matching `radio` is attached and enabled (outside Shindan's pre-render), it is clicked in a new task, and the time is taken
// when the click is reflected: the radio is checked AND the element matching `total` shows a
// different text. Times are performance.now(), i.e. from navigation start; they land in
// window.__bench.{ready, clicked, interactive}.
export const INTERACTIVE_PROBE = ({ radio, total: totalSel }) => {
  const b = (window.__bench = { ready: null, interactive: null });
  const total = () => document.querySelector(totalSel);
  const watchFirst = new MutationObserver(() => {
    // The app's radio: not the pre-rendered first screen's (inert, replaced when the app starts).
    const r = [...document.querySelectorAll(radio)].find((e) => !e.closest('[data-prerender]'));
    if (b.ready !== null || !r || !r.isConnected || r.disabled) return;
    b.ready = performance.now();
    watchFirst.disconnect();
    setTimeout(() => {
      const before = total() ? total().textContent : null;
      const done = () => {
        const t = total();
        if (b.interactive === null && r.checked && t && t.textContent !== before) {
          b.interactive = performance.now();
          watchClick.disconnect();
        }
      };
      const watchClick = new MutationObserver(done);
      watchClick.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      b.clicked = performance.now();
      r.click();
      done();
    }, 0);
  });
  watchFirst.observe(document, { subtree: true, childList: true });
};

// Shindan's first self-diagnosis question on #/sme/stage2 (sc.01, 実施している) and the count of
// answered items in the path's progress bar (0 / 25 → 1 / 25), which the first screenful shows.
// (The score under the 25th item, which this probe watched before stage 2 was rendered in
// slices, comes only with the last slice: watching it measured the whole list's rendering.)
export const SHINDAN_PROBE = { radio: 'fieldset[data-item="sc.01"] input[type=radio]', total: '[data-testid=sme-progress-count]' };
// The floor app's one radio group (bench/floor) and its total.
export const FLOOR_PROBE = { radio: 'fieldset[data-item="q1"] input[type=radio]', total: '[data-testid=total]' };
// The home page's first link to a questionnaire (#/): the app's, not the pre-render's.
export const HOME_PROBE = { radio: '[data-testid=home-sme]', total: null };
// Any page's heading, once it is the app's (hydrated or rendered anew), not the pre-render's.
export const PAGE_PROBE = { radio: 'main h1', total: null };
// The executive questionnaire's first question (#/executive).
export const EXECUTIVE_PROBE = { radio: 'fieldset[data-item] input[type=radio]', total: null };
