// Local persistence: many assessments, reload, duplicate, compare, backup export →
// delete everything → import gives back byte-identical records; and every storage fault,
// driven for real, with the promised outcome and the original bytes checked.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { ORIGIN, watch, ready, expectNoAxeViolations, answerSme, toSmeScreen } from './helpers.js';

const REC = 'shindan.v2.a.';
const fixture = (name) =>
  readFileSync(new URL(`../fixtures/storage/${name}`, import.meta.url), 'utf8');

/** Picks `value` in question `id` (on the SME path, on its screen). */
async function answer(page, id, value) {
  if (id.startsWith('sc.') || id.startsWith('sme.')) return answerSme(page, id, value);
  await page.locator(`fieldset[data-item="${id}"] input[value="${value}"]`).check();
}

/** Every localStorage entry, sorted by key. */
const dump = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

/** The stored assessment records, parsed, keyed by id. */
async function records(page) {
  const all = await dump(page);
  return Object.fromEntries(
    Object.entries(all)
      .filter(([k]) => k.startsWith('shindan.v2.a.'))
      .map(([k, v]) => [k.slice('shindan.v2.a.'.length), JSON.parse(v)]),
  );
}

async function clickAndDownload(page, locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

/** Seeds localStorage once per tab (not again on reload). */
function seedOnce(page, entries) {
  return page.addInitScript((entries) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, entries);
}

async function setName(page, name) {
  await page.locator('#meta-name').fill(name);
  await page.locator('#meta-name').blur();
}

test('two assessments survive a reload; duplicate, compare, export, delete everything, import: identical', async ({ page }) => {
  const w = watch(page);
  await page.goto('/#/sme');
  await ready(page);
  // Nothing is stored before the user changes something.
  expect(Object.keys(await records(page))).toEqual([]);
  await setName(page, '株式会社A');
  await answer(page, 'sc.01', 'implemented');
  await answer(page, 'sc.02', 'partial');
  await page.goto('/#/executive');
  await answer(page, 'v3.a2.1-1', 'implemented');
  await expect.poll(async () => Object.keys(await records(page)).length).toBe(1);

  await page.goto('/#/assessments');
  await page.locator('#new-assessment').click();
  await page.goto('/#/sme');
  await expect(page.locator('#meta-name')).toHaveValue('');
  await setName(page, '株式会社B');
  await answer(page, 'sc.01', 'not_implemented');
  await page.goto('/#/executive');
  await answer(page, 'v3.a2.1-1', 'partial');
  await expect.poll(async () => Object.keys(await records(page)).length).toBe(2);

  // Reload: both are there, and the open one (B) is what the pages show.
  await page.goto('/#/assessments');
  await page.reload();
  await ready(page);
  const list = page.locator('#assessment-list tbody tr');
  await expect(list).toHaveCount(2);
  await expect(list.locator('.assessment-name')).toHaveText(['株式会社B', '株式会社A']);
  await expect(list.first()).toHaveClass(/is-open/);

  // Duplicate B ("next year's"), then delete the copy and undo.
  await list.first().locator('.act-duplicate').click();
  await expect(list).toHaveCount(3);
  await expect.poll(async () => Object.keys(await records(page)).length).toBe(3);
  const copyRow = page.locator('#assessment-list tbody tr.is-open');
  const copyId = await copyRow.getAttribute('data-id');
  await copyRow.locator('.act-delete').click();
  await expect(list).toHaveCount(2);
  await expect.poll(async () => Object.keys(await records(page))).not.toContain(copyId);
  await page.locator('#undo-delete').click();
  await expect(list).toHaveCount(3);
  await expect.poll(async () => Object.keys(await records(page))).toContain(copyId);

  // Rename the copy; filter by organisation.
  await page.locator(`tr[data-id="${copyId}"] .act-rename`).click();
  await page.locator('#rename-input').fill('株式会社B 2026');
  await page.locator('#rename-save').click();
  await expect(page.locator(`tr[data-id="${copyId}"] .assessment-name`)).toHaveText('株式会社B 2026');
  await page.locator('#assessment-filter').fill('株式会社B');
  await expect(list).toHaveCount(2);
  await page.locator('#assessment-filter').fill('');
  await expect(list).toHaveCount(3);

  // Compare A with B: deltas per item and overall, both radars overlaid.
  const recs = await records(page);
  const idOf = (name) => Object.keys(recs).find((id) => recs[id].assessment.name === name);
  await page.locator('#compare-a').selectOption(idOf('株式会社A'));
  await page.locator('#compare-b').selectOption(idOf('株式会社B'));
  await expect(page.locator('#compare-result')).toBeVisible();
  await expect(page.locator('#compare-overall tr[data-row="exec"] td[data-col="delta"]')).toHaveText('-50');
  await expect(page.locator('#compare-overall tr[data-row="sme"] td[data-col="delta"]')).toHaveText('-6');
  await expect(page.locator('#compare-radar polygon.series.cmp-a, #compare-radar polyline.series.cmp-a, #compare-radar circle.cmp-a')).not.toHaveCount(0);
  await expect(page.locator('#compare-radar rect.marker.cmp-b')).not.toHaveCount(0);
  await expect(page.locator('#compare-directions tr[data-direction="1"] td[data-col="delta"]')).toHaveText('-50');
  await expect(page.locator('#compare-items tbody tr')).toHaveCount(3); // sc.01, sc.02, v3.a2.1-1
  await expectNoAxeViolations(page, 'assessments with comparison');

  // Export all, and the CSV.
  const backup = await clickAndDownload(page, page.locator('#export-all'));
  expect(backup.name).toMatch(/^shindan-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(backup.text);
  expect(file.kind).toBe('shindan-backup');
  expect(file.version).toBe(2);
  expect(file.assessments).toHaveLength(3);
  const csv = await clickAndDownload(page, page.locator('#export-csv'));
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  expect(csv.text).toContain('株式会社A');
  expect(csv.text.split('\r\n')[0]).toBe('\ufeff診断ID,組織・部署名,診断日,回答者,区分,項目ID,項目,回答,回答コード');

  const before = await records(page);
  const rawBefore = Object.fromEntries(
    Object.entries(await dump(page)).filter(([k]) => k.startsWith(REC)),
  );

  // Delete everything through the privacy page.
  await page.goto('/#/privacy');
  await page.locator('#delete-all').click();
  await page.locator('#delete-confirm').click();
  await expect(page.locator('#delete-status')).toContainText('削除しました');
  expect(await records(page)).toEqual({});

  // Import the file: all three come back, byte for byte.
  await page.goto('/#/assessments');
  await page.locator('#import-file').setInputFiles(backup.path);
  await expect(page.locator('#import-plan li[data-count="new"]')).toContainText('3');
  await page.locator('#import-apply').click();
  await expect(page.locator('#import-done')).toContainText('3');
  await expect.poll(async () => Object.keys(await records(page)).length).toBe(3);
  const rawAfter = Object.fromEntries(
    Object.entries(await dump(page)).filter(([k]) => k.startsWith(REC)),
  );
  expect(rawAfter).toEqual(rawBefore);
  expect(await records(page)).toEqual(before);

  // Importing the same file again changes nothing (all identical).
  await page.locator('#import-file').setInputFiles(backup.path);
  await expect(page.locator('#import-plan li[data-count="same"]')).toContainText('3');
  await page.locator('#import-apply').click();
  await expect(page.locator('#import-done')).toContainText('0');
  expect(Object.fromEntries(Object.entries(await dump(page)).filter(([k]) => k.startsWith(REC)))).toEqual(rawBefore);

  // A re-export holds exactly the same assessments.
  const again = JSON.parse((await clickAndDownload(page, page.locator('#export-all'))).text);
  const byId = (a) => Object.fromEntries(a.map((r) => [r.id, r]));
  expect(byId(again.assessments)).toEqual(byId(file.assessments));

  // After a reload the screen the user was on comes back when the app is reopened bare.
  await page.goto('/#/executive');
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('shindan.v2.ui')).route))
    .toBe('#/executive');
  await page.goto('/');
  await page.evaluate(() => history.replaceState(null, '', location.pathname));
  await page.reload();
  await ready(page);
  await expect(page).toHaveURL(/#\/executive$/);
  w.assertClean(ORIGIN);
});

test('an import conflict is kept side by side or merged, by choice', async ({ page }) => {
  await page.goto('/#/sme');
  await ready(page);
  await setName(page, '株式会社C');
  await answer(page, 'sc.01', 'implemented');
  await page.goto('/#/assessments');
  const file = JSON.parse((await clickAndDownload(page, page.locator('#export-all'))).text);
  // Change the stored one after the export.
  await page.goto('/#/sme');
  await answer(page, 'sc.02', 'partial');
  await page.goto('/#/assessments');
  const importIt = async (choice) => {
    await page.locator('#import-file').setInputFiles({
      name: 'b.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(page.locator('#import-plan li[data-count="conflict"]')).toContainText('1');
    if (choice) await page.locator(`.import-conflict input[value="${choice}"]`).check();
    await page.locator('#import-apply').click();
    await expect(page.locator('#import-done')).toBeVisible();
  };
  await importIt(null); // default: keep both
  await expect.poll(async () => Object.keys(await records(page)).length).toBe(2);
  const stored = Object.values(await records(page));
  expect(stored.map((r) => Object.keys(r.assessment.answers).length).sort()).toEqual([1, 2]);
  await importIt('merge');
  // Merged into the stored one: still two records, nothing lost.
  await expect.poll(async () => Object.keys(await records(page)).length).toBe(2);
});

test('corrupt or truncated stored value: app starts, says so, keeps the bytes aside, offers them as a download', async ({ page }) => {
  const w = watch(page);
  const bad = '{"format":2,"id":"x1","created":1,"upd';
  await seedOnce(page, { 'shindan.v2.a.x1': bad });
  await page.goto('/#/sme');
  await ready(page);
  await expect(page.locator('#quarantine-notice')).toBeVisible();
  const quarantined = () =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('shindan.quarantine.'))
        .map((k) => localStorage.getItem(k)),
    );
  expect(await quarantined()).toEqual([bad]);
  const dl = await clickAndDownload(page, page.locator('.quarantine-download').first());
  expect(dl.text).toBe(bad);
  // The app works and never writes over the set-aside value.
  await answer(page, 'sc.01', 'implemented');
  await expect.poll(async () => Object.keys(await records(page)).length).toBe(1);
  expect(await quarantined()).toEqual([bad]);
  await page.reload();
  await ready(page);
  expect(await quarantined()).toEqual([bad]);
  await toSmeScreen(page, 'stage2');
  await expect(page.locator('fieldset[data-item="sc.01"] input[value="implemented"]')).toBeChecked();
  w.assertClean(ORIGIN);
});

test('values of a newer format are shown read-only and never written', async ({ page }) => {
  const newerRecord = fixture('v2-newer-record.json');
  const newerV1 = fixture('v1-newer.json');
  await seedOnce(page, {
    'shindan.v2.a.a18f3c2a1b0-00000003': newerRecord,
    'shindan.v1.current': newerV1,
  });
  await page.goto('/#/sme');
  await ready(page);
  await expect(page.locator('#newer-notice')).toBeVisible();
  await expect(page.locator('#newer-notice')).toContainText('新しい形式');
  await answer(page, 'sc.01', 'implemented');
  await expect.poll(async () => Object.keys(await dump(page)).filter((k) => k.startsWith(REC)).length).toBe(2);
  const after = await dump(page);
  expect(after['shindan.v2.a.a18f3c2a1b0-00000003']).toBe(newerRecord);
  expect(after['shindan.v1.current']).toBe(newerV1);
});

test('the released format 1 is migrated forward; the old value goes only after the new one is stored', async ({ page }) => {
  const v1 = fixture('v1-sme.json').trim();
  await seedOnce(page, { 'shindan.v1.current': v1 });
  await page.goto('/#/sme');
  await ready(page);
  await expect(page.locator('#meta-name')).toHaveValue('株式会社テスト');
  await toSmeScreen(page, 'stage2');
  await expect(page.locator('fieldset[data-item="sc.02"] input[value="partial"]')).toBeChecked();
  const all = await dump(page);
  expect(all['shindan.v1.current']).toBeUndefined();
  const migrated = JSON.parse(all['shindan.v2.a.v1-current']);
  expect(migrated.format).toBe(2);
  expect(migrated.assessment).toEqual(JSON.parse(v1).assessment);
});

test('a migration whose write is refused keeps the old value and the data in memory', async ({ page }) => {
  const v1 = fixture('v1-executive.json').trim();
  await seedOnce(page, { 'shindan.v1.current': v1 });
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (String(k).startsWith('shindan.v2.')) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
  await page.goto('/#/executive');
  await ready(page);
  await expect(page.locator('#migration-pending')).toBeVisible();
  await expect(page.locator('#meta-name')).toHaveValue('Acme, Inc. "Tokyo"');
  expect((await dump(page))['shindan.v1.current']).toBe(v1);
});

test('quota exceeded: the user is told, answers stay on screen, export is offered', async ({ page }) => {
  await page.goto('/#/sme');
  await ready(page);
  // Fill localStorage until the browser refuses.
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 16) {
      try {
        localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
  await answer(page, 'sc.01', 'implemented');
  await expect(page.locator('#save-error')).toBeVisible();
  await toSmeScreen(page, 'stage2');
  await expect(page.locator('fieldset[data-item="sc.01"] input[value="implemented"]')).toBeChecked();
  const dl = await clickAndDownload(page, page.locator('#save-error-export'));
  const file = JSON.parse(dl.text);
  expect(file.assessments[0].assessment.answers['sc.01']).toBe('implemented');
  // Once there is room again, the next change is saved and the banner goes.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k);
  });
  await answer(page, 'sc.02', 'partial');
  await expect(page.locator('#save-error')).toHaveCount(0);
  const saved = Object.values(await records(page));
  expect(saved[0].assessment.answers).toEqual({ 'sc.01': 'implemented', 'sc.02': 'partial' });
});

test('localStorage that throws on access: the app works in memory and says nothing will be kept', async ({ page }) => {
  const w = watch(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/#/sme');
  await ready(page);
  await expect(page.locator('.site-header .banner.warn, header .banner.warn').first()).toBeVisible();
  await answer(page, 'sc.01', 'implemented');
  await toSmeScreen(page, 'stage2');
  await expect(page.locator('fieldset[data-item="sc.01"] input[value="implemented"]')).toBeChecked();
  await page.locator('a[href="#/assessments"]').first().click();
  await expect(page.locator('#assessment-list tbody tr')).toHaveCount(1);
  await page.locator('a[href="#/sme"]').first().click();
  await toSmeScreen(page, 'stage2');
  await expect(page.locator('fieldset[data-item="sc.01"] input[value="implemented"]')).toBeChecked();
  w.assertClean(ORIGIN);
});

test('two tabs: a change in one appears in the other; a simultaneous change keeps both', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/#/sme');
  await ready(a);
  await setName(a, '共有テスト');
  await answer(a, 'sc.01', 'implemented');
  await expect.poll(async () => Object.keys(await records(a)).length).toBe(1);

  const b = await context.newPage();
  // Lets the test hold back storage events in tab B to create a real race.
  await b.addInitScript(() => {
    window.__blockStorage = false;
    window.addEventListener(
      'storage',
      (e) => {
        if (window.__blockStorage) e.stopImmediatePropagation();
      },
      true,
    );
  });
  await b.goto('/#/sme');
  await ready(b);
  await expect(b.locator('#meta-name')).toHaveValue('共有テスト');

  // A change in A shows up in B.
  await answer(a, 'sc.02', 'partial');
  await toSmeScreen(b, 'stage2');
  await expect(b.locator('fieldset[data-item="sc.02"] input[value="partial"]')).toBeChecked();

  // Both change sc.03 before B hears of A's change.
  await b.evaluate(() => (window.__blockStorage = true));
  await answer(a, 'sc.03', 'implemented');
  // Each tab's process keeps its own copy of localStorage, which the browser brings up to date
  // after another tab's write, asynchronously (the storage event comes with that update). A's
  // write being in A's copy does not mean it is in B's yet: until it is, B reads the revision it
  // knows, its write is not seen as a conflict, and the browser keeps whichever write reaches it
  // last. "Before B hears of A's change" is B's copy holding A's write while its event is held
  // back.
  await expect.poll(async () => Object.values(await records(b))[0].assessment.answers['sc.03']).toBe('implemented');
  await answer(b, 'sc.03', 'not_implemented');
  await expect(b.locator('#conflict-notice')).toBeVisible();
  await expect.poll(async () => Object.keys(await records(b)).length).toBe(2);
  const both = Object.values(await records(b)).map((r) => r.assessment.answers['sc.03']).sort();
  expect(both).toEqual(['implemented', 'not_implemented']);
  // B now shows its own version (the copy); A keeps its own.
  await toSmeScreen(b, 'stage2');
  await expect(b.locator('fieldset[data-item="sc.03"] input[value="not_implemented"]')).toBeChecked();
  await toSmeScreen(a, 'stage2');
  await expect(a.locator('fieldset[data-item="sc.03"] input[value="implemented"]')).toBeChecked();
});

// Two tabs can write the same record at the same revision: each checks the revision it knows
// before writing, but its copy of localStorage catches up with the other tab's write only after a
// moment, and the later write wins in storage. The tab that then hears of the other's version
// must not take it over its own (which would lose its change without a word): both are kept.
// Tab B's colliding write is made here directly in its storage (the app's own write path is the
// same setItem), after A's, at A's revision with another answer.
test('two tabs whose writes collided: the tab that hears of the other version keeps both', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('/#/sme');
  await ready(a);
  await answer(a, 'sc.01', 'implemented');
  await expect.poll(async () => Object.keys(await records(a)).length).toBe(1);
  const b = await context.newPage();
  await b.goto('/#/sme');
  await ready(b);

  await answer(a, 'sc.03', 'implemented');
  const [[id, ours]] = Object.entries(await records(a));
  await expect.poll(async () => (await records(b))[id].revision).toBe(ours.revision);
  // B's version: the same revision A wrote, another answer to sc.03 (A's write lost in storage).
  const theirs = structuredClone(ours);
  theirs.assessment.answers['sc.03'] = 'not_implemented';
  await b.evaluate(([k, v]) => localStorage.setItem(k, v), [`shindan.v2.a.${id}`, JSON.stringify(theirs)]);

  await expect(a.locator('#conflict-notice')).toBeVisible();
  await expect.poll(async () => Object.keys(await records(a)).length).toBe(2);
  const both = Object.values(await records(a)).map((r) => r.assessment.answers['sc.03']).sort();
  expect(both).toEqual(['implemented', 'not_implemented']);
  // A goes on with its own version (the copy); B's stays under the id.
  await toSmeScreen(a, 'stage2');
  await expect(a.locator('fieldset[data-item="sc.03"] input[value="implemented"]')).toBeChecked();
  expect((await records(a))[id].assessment.answers['sc.03']).toBe('not_implemented');
});

test('imports that are not ours, malformed, huge or newer are rejected and change nothing', async ({ page }) => {
  await page.goto('/#/sme');
  await ready(page);
  await answer(page, 'sc.01', 'implemented');
  await page.goto('/#/assessments');
  await expect.poll(async () => Object.keys(await records(page)).length).toBe(1);
  const snapshot = await dump(page);
  const cases = [
    ['NotOurs', 'other.json', Buffer.from(fixture('backup-not-ours.json'))],
    ['Malformed', 'bad.json', Buffer.from(fixture('backup-malformed.json'))],
    ['NotOurs', 'garbage.json', Buffer.from('\u0000\u0001 not json')],
    ['Malformed', 'cut.json', Buffer.from(fixture('backup-v1.json').slice(0, 300))],
    ['Newer', 'newer.json', Buffer.from(fixture('backup-newer.json'))],
    ['TooLarge', 'huge.json', Buffer.alloc(5 * 1024 * 1024 + 1, 0x20)],
  ];
  for (const [reason, name, buffer] of cases) {
    await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
    await expect(page.locator('#import-error'), name).toHaveAttribute('data-reason', reason);
    await expect(page.locator('#import-plan')).toHaveCount(0);
    expect(await dump(page), name).toEqual(snapshot);
  }
});

test('two tabs of incident records follow each other; a simultaneous change keeps both', async ({ context }) => {
  const incidents = async (p) => JSON.parse((await p.evaluate(() => localStorage.getItem('shindan.v1.incidents'))) || '{"records":[]}').records;
  const a = await context.newPage();
  await a.goto('/#/incidents');
  await ready(a);
  await a.locator('#incident-new').click();
  const id = await a.locator('.incident-records [data-record]').first().getAttribute('data-record');
  await a.locator(`[id="${id}--title"]`).fill('最初の記録');
  await expect.poll(async () => (await incidents(a))[0]?.title).toBe('最初の記録');

  const b = await context.newPage();
  await b.addInitScript(() => {
    window.__blockStorage = false;
    window.addEventListener('storage', (e) => { if (window.__blockStorage) e.stopImmediatePropagation(); }, true);
  });
  await b.goto('/#/incidents');
  await ready(b);
  await expect(b.locator(`[id="${id}--title"]`)).toHaveValue('最初の記録');

  // A new record in A appears in B (B did not reload).
  await a.locator('#incident-new').click();
  await expect(b.locator('.incident-records [data-record]')).toHaveCount(2);

  // Both retitle the first record before B hears of A's change: both versions are kept.
  await b.evaluate(() => (window.__blockStorage = true));
  await a.locator(`[id="${id}--title"]`).fill('Aの版');
  await expect.poll(async () => (await incidents(a)).find((r) => r.id === id)?.title).toBe('Aの版');
  // Chromium hands a write to other tabs asynchronously: wait until B's storage holds A's
  // version (its event is held back), so B's edit meets it on the write.
  await expect.poll(async () => (await incidents(b)).find((r) => r.id === id)?.title).toBe('Aの版');
  await b.locator(`[id="${id}--title"]`).fill('Bの版');
  await expect(b.locator('#incident-conflict')).toBeVisible();
  await expect.poll(async () => (await incidents(b)).map((r) => r.title).sort()).toEqual(['', 'Aの版', 'Bの版'].sort());
  const stored = await incidents(b);
  expect(stored.find((r) => r.id === id).title).toBe('Aの版');
  expect(stored.find((r) => r.id === `${id}-copy`).title).toBe('Bの版');
});
