//! What the reader expects of the workbook, in one place: the header texts and what each column
//! holds, the editions it knows, and the limits that keep a hostile file from exhausting the
//! browser. Each expectation says where it comes from (LAYOUT.md has the sources): **known**
//! ones were read from public code that ran against IPA's file; **assumed** ones are ours —
//! verify them against the official file before relying on them.

/// A column of the criteria sheet: its letter, its number (A = 1), the header text IPA's file
/// has in the header row, and whether the reader insists on that header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub letter: char,
    pub number: u16,
    pub header: &'static str,
    /// `true`: a sheet whose header differs is not the workbook (known headers only);
    /// `false`: the header is recorded but not checked (assumed).
    pub checked: bool,
}

const fn col(letter: char, header: &'static str, checked: bool) -> Column {
    Column {
        letter,
        number: letter as u16 - 'A' as u16 + 1,
        header,
        checked,
    }
}

/// The criteria sheet's layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The header row (known: row 2). The reader looks for it in rows 1..=`header_search_rows`,
    /// so that a row the user inserted above the table does not make the file unreadable.
    pub header_row: u32,
    pub header_search_rows: u32,
    /// Official content, B–N: the reader keeps each criterion's copy of these cells so that a
    /// later file can be compared with the first one read ([`crate::compare_official`]).
    pub official: [Column; 13],
    /// The answer columns, O–R: the mark (○ / △ / ✖ / blank) and three free texts.
    pub answers: [Column; 4],
    /// Where the ID of the category (大分類No.), requirement (要求事項No.), level (★3/★4),
    /// criterion (評価基準No.) and its text (評価基準) are, as indexes into `official`.
    pub category_name: usize,
    pub requirement_id: usize,
    pub requirement_name: usize,
    pub requirement_text: usize,
    pub level: usize,
    pub criterion_id: usize,
    pub criterion_text: usize,
    /// The text in row 1 that marks Shindan's synthetic workbook (never in IPA's file).
    pub synthetic_marker: &'static str,
}

/// The layout of the 2026-03-27 workbook as far as public sources show it (LAYOUT.md).
pub const LAYOUT: Layout = Layout {
    header_row: 2,
    header_search_rows: 5,
    official: [
        // B–J: headers from a public self-check tool's CSV export, which mirrors the official
        // columns; content of C, F and J confirmed by the PoC's column numbers. Assumed headers:
        // not checked.
        col('B', "大分類No.", false),
        col('C', "大分類", false),
        col('D', "中分類No.", false),
        col('E', "中分類", false),
        col('F', "要求事項No.", false),
        col('G', "★3", false),
        col('H', "★4", false),
        col('I', "要求事項名", false),
        col('J', "要求事項", false),
        // K–M: known (the PoC checked these headers against IPA's file).
        col('K', "★3/★4", true),
        col('L', "評価基準No.", true),
        col('M', "評価基準", true),
        // N: unknown in public sources; official (B–N) but its header is not checked.
        col('N', "", false),
    ],
    answers: [
        col('O', "自己評価", true),
        col('P', "理由", true),
        col('Q', "根拠および実施する事", true),
        col('R', "補足情報", true),
    ],
    category_name: 1,
    requirement_id: 4,
    requirement_name: 7,
    requirement_text: 8,
    level: 9,
    criterion_id: 10,
    criterion_text: 11,
    synthetic_marker: "SHINDAN SYNTHETIC TEST WORKBOOK",
};

/// The seven categories (大分類), by number: facts of the scheme, not prose.
pub const CATEGORY_NAMES: [&str; 7] = [
    "ガバナンスの整備",
    "取引先管理",
    "リスクの特定",
    "攻撃等の防御",
    "攻撃等の検知",
    "インシデントへの対応",
    "インシデントからの復旧",
];

/// An edition of the requirements and criteria, recognised by its structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edition {
    /// Stable identifier, stored with the assessment.
    pub id: &'static str,
    /// IPA's publication date of the workbook.
    pub published: &'static str,
    /// ★3 criteria per category 1–7 (known: 8/4/11/48/3/6/1 = 81).
    pub star3_per_category: [u16; 7],
    /// Criteria that only ★4 adds (known: 72).
    pub star4_only: u16,
    /// SHA-256 of the file as downloaded from IPA, as one public repository recorded it (a copy
    /// the user has filled in has another hash; this only tells an untouched download apart).
    pub download_sha256: &'static str,
    /// [`crate::Workbook::official_digest`] of the edition's official content, once read from
    /// IPA's file (not yet: nobody here has the file). Pins the edition by content, not only by
    /// its counts.
    pub official_digest: Option<&'static str>,
}

impl Edition {
    pub fn star3(&self) -> u16 {
        self.star3_per_category.iter().sum()
    }
}

/// The editions the reader knows. A file with the layout but other counts is a different
/// edition, refused by name.
pub const EDITIONS: [Edition; 1] = [Edition {
    id: "scs-2026-03-27",
    published: "2026-03-27",
    star3_per_category: [8, 4, 11, 48, 3, 6, 1],
    star4_only: 72,
    download_sha256: "d4c27aa4bfed5521a98ff9ce8c042743e4204e4b8310ceb3df0c54eabfdc8dd1",
    official_digest: None,
}];

/// Caps on what a file may make the reader do. Assumed (ours): IPA's workbook is a few hundred
/// kilobytes; these leave room for a user's formatting and notes and stop well before a browser
/// tab runs out of memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub file_bytes: usize,
    pub entries: usize,
    /// Declared and actual uncompressed size of one entry.
    pub entry_bytes: u64,
    /// Declared uncompressed size of all entries together.
    pub total_bytes: u64,
    /// Largest uncompressed/compressed ratio for an entry above `ratio_floor` bytes.
    pub ratio: u64,
    pub ratio_floor: u64,
    pub sheets: usize,
    /// Rows and cells of a worksheet the reader keeps (beyond, the sheet is not the workbook).
    pub rows: u32,
    pub cells: usize,
    pub merges: usize,
    pub shared_strings: usize,
    /// Characters Excel allows in one cell; the writer refuses longer answers.
    pub cell_chars: usize,
}

pub const LIMITS: Limits = Limits {
    file_bytes: 10 * 1024 * 1024,
    entries: 1000,
    entry_bytes: 32 * 1024 * 1024,
    total_bytes: 64 * 1024 * 1024,
    ratio: 200,
    ratio_floor: 1024 * 1024,
    sheets: 64,
    rows: 5000,
    cells: 200_000,
    merges: 20_000,
    shared_strings: 200_000,
    cell_chars: 32_767,
};
