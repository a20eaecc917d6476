// The SCS reader's refusals in the browser: with a workbook already opened and a criterion
// answered, each kind of bad file chosen or dropped on #/scs is refused with the reader's own
// message for that kind (in the page's language), and nothing stored changes — the stored SCS
// assessment stays byte for byte what it was, and no key is added or removed.
//
// The files: those that need the workbook's XML edited are committed, made from the synthetic
// workbook by crates/scs/tests/bad_fixtures.rs (which checks them byte for byte); a zip bomb's
// declared size, a file cut short and an oversized file are made here from the synthetic
// workbook's bytes.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ORIGIN, watch, ready } from './helpers.js';
import { FIXTURES, BLANK, XLSX, scsMain as main, openScs, pick } from './scs-helpers.js';

const bad = (name) => readFileSync(new URL(`bad/${name}`, FIXTURES));
const SHEET = 'xl/worksheets/sheet1.xml';

/** The synthetic workbook whose sheet's directory record declares `size` unpacked bytes. */
function declaring(size) {
  const zip = Buffer.from(BLANK);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) continue;
    const len = zip.readUInt16LE(at + 28);
    if (zip.toString('latin1', at + 46, at + 46 + len) === SHEET) {
      zip.writeUInt32LE(size, at + 24);
      return zip;
    }
  }
  throw new Error(`no directory record for ${SHEET}`);
}

// The reader's limits (crates/scs/src/layout.rs, LIMITS).
const FILE_BYTES = 10 * 1024 * 1024;
const ENTRY_BYTES = 32 * 1024 * 1024;

/** Each case: the file, how it reaches the page, the code and what the message must say. */
const CASES = {
  ja: [
    {
      name: '別のブック.xlsx',
      bytes: () => bad('not-the-workbook.xlsx'),
      code: 'not-the-workbook',
      says: ['SCSの要求事項・評価基準のブックではありません', 'セルQ2', '「備考」'],
    },
    {
      name: '旧版.xlsx',
      bytes: () => bad('different-edition.xlsx'),
      code: 'different-edition',
      says: ['評価基準の版が異なります', '★3 80'],
      drop: true,
    },
    {
      name: '重複.xlsx',
      bytes: () => bad('duplicate-id.xlsx'),
      code: 'duplicate-id',
      says: ['評価基準1-2-1-1がL6とL7の2か所にあります。'],
    },
    {
      name: '数式.xlsx',
      bytes: () => bad('formula-in-answer.xlsx'),
      code: 'formula-in-answer',
      says: ['回答欄のセルO6に数式があります。'],
    },
    {
      name: '爆弾.xlsx',
      bytes: () => declaring(ENTRY_BYTES + 1),
      code: 'zip-bomb',
      says: ['zip爆弾', `構成要素 ${SHEET} の展開後の大きさが${ENTRY_BYTES + 1}バイトです`],
    },
  ],
  en: [
    {
      name: 'readme.xlsx',
      bytes: () => bad('not-xlsx.xlsx'),
      code: 'not-xlsx',
      says: ['This is not an Excel workbook (.xlsx): its part [Content_Types].xml is missing.'],
    },
    {
      name: 'unknown-id.xlsx',
      bytes: () => bad('unknown-id.xlsx'),
      code: 'unknown-id',
      says: ['Cell L7 holds “8-1-1-1”, which is not a criterion number (c-g-r-n).'],
      drop: true,
    },
    {
      name: 'cut-short.xlsx',
      bytes: () => BLANK.subarray(0, BLANK.length - 200),
      code: 'damaged',
      says: ['The file is damaged:', 'zip'],
    },
    {
      name: 'too-large.xlsx',
      bytes: () => Buffer.alloc(FILE_BYTES + 1),
      code: 'too-large',
      says: [`The file is ${FILE_BYTES + 1} bytes; files up to ${FILE_BYTES} bytes are accepted.`],
    },
  ],
};

const choose = (page, name, buffer) => pick(page, '#scs-file', name, buffer);

/** Drops `buffer` as a file named `name` on the page's drop zone. */
async function drop(page, name, buffer) {
  const dt = await page.evaluateHandle(
    ({ name, b64, type }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      return dt;
    },
    { name, b64: buffer.toString('base64'), type: XLSX },
  );
  await main(page).locator('[data-testid="scs-drop"]').dispatchEvent('drop', { dataTransfer: dt });
}

/** Every key and value in localStorage. */
const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

const metTotal = (page) => main(page).locator('[data-testid="scs-result3"] [data-testid="scs-met-total"]');

for (const lang of ['ja', 'en']) {
  test(`each kind of bad file is refused with the reader's message and nothing stored changes (${lang})`, async ({ page }) => {
    const w = watch(page);
    await openScs(page, lang);
    // A workbook opened before, with one criterion answered and stored.
    await choose(page, 'scs-synthetic.xlsx', BLANK);
    await expect(metTotal(page)).toHaveText('0 / 81');
    await page.goto('/#/scs/star3');
    await ready(page);
    await page.locator('[id="scs-1-2-1-1-met"]').check();
    await expect
      .poll(() => page.evaluate(() => JSON.stringify(JSON.parse(localStorage.getItem('shindan.v1.scs') || 'null')?.answers || {})))
      .toContain('1-2-1-1');
    await page.goto('/#/scs');
    await ready(page);
    await expect(metTotal(page)).toHaveText('1 / 81');
    const before = await stored(page);
    expect(before['shindan.v1.scs']).toContain('"edition"');

    const refused = main(page).locator('[data-testid="scs-refused"]');
    for (const c of CASES[lang]) {
      const bytes = c.bytes();
      if (c.drop) {
        await drop(page, c.name, bytes);
      } else {
        await choose(page, c.name, bytes);
      }
      // This file's refusal (the name tells it from the one before), with the reader's words.
      await expect(refused).toContainText(c.name);
      await expect(refused).toHaveAttribute('data-code', c.code);
      for (const s of c.says) await expect(refused).toContainText(s);
      // Nothing stored changed, and the page still shows the workbook and its answer.
      expect(await stored(page)).toEqual(before);
      await expect(metTotal(page)).toHaveText('1 / 81');
      await expect(main(page).locator('[data-testid="scs-workbook"]')).toBeVisible();
    }
    // After a reload too: the stored assessment is the one answered before the refusals.
    await page.reload();
    await ready(page);
    await expect(metTotal(page)).toHaveText('1 / 81');
    expect((await stored(page))['shindan.v1.scs']).toBe(before['shindan.v1.scs']);
    w.assertClean(ORIGIN);
  });
}
