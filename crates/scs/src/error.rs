//! Why a file was refused, or an export could not be made: one variant per kind, each naming
//! what was wrong (the cell, the part, the limit). `code()` is stable for the UI to map to its
//! own messages; `ja()` and `en()` are complete sentences with the details filled in; `Display`
//! is the English one.

use crate::model::{CellRef, CriterionId};
use std::fmt;

/// How a zip tried to make the reader inflate too much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bomb {
    Entries {
        count: usize,
        limit: usize,
    },
    Entry {
        name: String,
        bytes: u64,
        limit: u64,
    },
    Total {
        bytes: u64,
        limit: u64,
    },
    Ratio {
        name: String,
        ratio: u64,
        limit: u64,
    },
    /// The entry inflated past the size its directory record declared.
    Lied {
        name: String,
        declared: u64,
    },
    /// Two entries share compressed bytes.
    Overlap,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The file is larger than the reader accepts.
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Not a zip archive at all (an `.xls`, a PDF, a renamed file…).
    NotZip,
    /// A zip, but not an Excel workbook: a part every `.xlsx` has is missing.
    NotXlsx {
        missing: String,
    },
    /// A zip feature Office files do not use (encryption, ZIP64, another compression).
    Unsupported {
        what: String,
    },
    ZipBomb(Bomb),
    /// A part is cut, its checksum fails or its XML does not parse.
    Damaged {
        part: String,
        detail: String,
    },
    /// No sheet has the criteria table's headers; names the closest sheet's first mismatch.
    NotTheWorkbook {
        sheet: Option<String>,
        cell: Option<CellRef>,
        expected: String,
        found: String,
    },
    /// The table is there, but its criteria are not an edition the reader knows.
    DifferentEdition {
        found: String,
        expected: String,
    },
    /// A criterion ID that is not `c-g-r-n` with a category 1–7.
    UnknownId {
        cell: CellRef,
        found: String,
    },
    DuplicateId {
        id: CriterionId,
        first: CellRef,
        second: CellRef,
    },
    /// An official cell disagrees with the criterion's ID (category, requirement, level).
    Inconsistent {
        cell: CellRef,
        expected: String,
        found: String,
    },
    /// An answer cell (O–R) holds a formula.
    FormulaInAnswer {
        cell: CellRef,
    },
    /// The mark column holds something other than ○ / △ / ✖ / blank.
    UnknownMark {
        cell: CellRef,
        found: String,
    },
}

fn bomb_en(b: &Bomb) -> String {
    match b {
        Bomb::Entries { count, limit } => {
            format!("it has {count} parts (at most {limit} are accepted)")
        }
        Bomb::Entry { name, bytes, limit } => {
            format!("its part {name} would unpack to {bytes} bytes (at most {limit})")
        }
        Bomb::Total { bytes, limit } => {
            format!("it would unpack to more than {bytes} bytes (at most {limit})")
        }
        Bomb::Ratio { name, ratio, limit } => {
            format!("its part {name} is compressed {ratio}:1 (at most {limit}:1)")
        }
        Bomb::Lied { name, declared } => {
            format!("its part {name} unpacks to more than the {declared} bytes it declares")
        }
        Bomb::Overlap => "two of its parts share the same compressed bytes".into(),
    }
}

fn bomb_ja(b: &Bomb) -> String {
    match b {
        Bomb::Entries { count, limit } => {
            format!("構成要素が{count}個あります（上限{limit}個）")
        }
        Bomb::Entry { name, bytes, limit } => {
            format!("構成要素 {name} の展開後の大きさが{bytes}バイトです（上限{limit}バイト）")
        }
        Bomb::Total { bytes, limit } => {
            format!("展開後の合計が{bytes}バイトを超えます（上限{limit}バイト）")
        }
        Bomb::Ratio { name, ratio, limit } => {
            format!("構成要素 {name} の圧縮率が{ratio}:1です（上限{limit}:1）")
        }
        Bomb::Lied { name, declared } => {
            format!("構成要素 {name} が申告した{declared}バイトを超えて展開されます")
        }
        Bomb::Overlap => "二つの構成要素が同じ圧縮データを共有しています".into(),
    }
}

impl ReadError {
    /// Stable code for the UI's messages.
    pub fn code(&self) -> &'static str {
        match self {
            ReadError::TooLarge { .. } => "too-large",
            ReadError::NotZip => "not-zip",
            ReadError::NotXlsx { .. } => "not-xlsx",
            ReadError::Unsupported { .. } => "unsupported",
            ReadError::ZipBomb(_) => "zip-bomb",
            ReadError::Damaged { .. } => "damaged",
            ReadError::NotTheWorkbook { .. } => "not-the-workbook",
            ReadError::DifferentEdition { .. } => "different-edition",
            ReadError::UnknownId { .. } => "unknown-id",
            ReadError::DuplicateId { .. } => "duplicate-id",
            ReadError::Inconsistent { .. } => "inconsistent",
            ReadError::FormulaInAnswer { .. } => "formula-in-answer",
            ReadError::UnknownMark { .. } => "unknown-mark",
        }
    }

    pub fn en(&self) -> String {
        match self {
            ReadError::TooLarge { bytes, limit } => {
                format!("The file is {bytes} bytes; files up to {limit} bytes are accepted.")
            }
            ReadError::NotZip => {
                "This is not an Excel workbook (.xlsx): the file is not a zip archive.".into()
            }
            ReadError::NotXlsx { missing } => {
                format!("This is not an Excel workbook (.xlsx): its part {missing} is missing.")
            }
            ReadError::Unsupported { what } => {
                format!("The file uses something this reader does not support: {what}.")
            }
            ReadError::ZipBomb(b) => format!("The file was refused as a zip bomb: {}.", bomb_en(b)),
            ReadError::Damaged { part, detail } => {
                format!("The file is damaged: {part}: {detail}.")
            }
            ReadError::NotTheWorkbook {
                sheet,
                cell,
                expected,
                found,
            } => match (sheet, cell) {
                (Some(sheet), Some(cell)) => format!(
                    "This is not the SCS requirements/criteria workbook: on sheet “{sheet}”, cell {cell} should read “{expected}” but reads “{found}”."
                ),
                _ => format!(
                    "This is not the SCS requirements/criteria workbook: no sheet has the criteria table ({expected})."
                ),
            },
            ReadError::DifferentEdition { found, expected } => format!(
                "This is a different edition of the criteria: the file has {found}; the edition this app knows has {expected}."
            ),
            ReadError::UnknownId { cell, found } => {
                format!("Cell {cell} holds “{found}”, which is not a criterion number (c-g-r-n).")
            }
            ReadError::DuplicateId { id, first, second } => {
                format!("Criterion {id} appears twice, in {first} and {second}.")
            }
            ReadError::Inconsistent {
                cell,
                expected,
                found,
            } => format!(
                "Cell {cell} should read “{expected}” for its criterion but reads “{found}”."
            ),
            ReadError::FormulaInAnswer { cell } => format!(
                "Cell {cell} is an answer cell but holds a formula; answers must be plain text."
            ),
            ReadError::UnknownMark { cell, found } => format!(
                "Cell {cell} holds “{found}”; the self-assessment mark must be ○, △, ✖ or blank."
            ),
        }
    }

    pub fn ja(&self) -> String {
        match self {
            ReadError::TooLarge { bytes, limit } => {
                format!("ファイルの大きさが{bytes}バイトです。{limit}バイトまでのファイルを開けます。")
            }
            ReadError::NotZip => {
                "Excelブック（.xlsx）ではありません（zip形式のファイルではありません）。".into()
            }
            ReadError::NotXlsx { missing } => {
                format!("Excelブック（.xlsx）ではありません（{missing} がありません）。")
            }
            ReadError::Unsupported { what } => {
                format!("このファイルは対応していない形式を含みます：{what}。")
            }
            ReadError::ZipBomb(b) => format!(
                "展開すると過大になるファイル（zip爆弾）として拒否しました：{}。",
                bomb_ja(b)
            ),
            ReadError::Damaged { part, detail } => {
                format!("ファイルが壊れています：{part}（{detail}）。")
            }
            ReadError::NotTheWorkbook {
                sheet,
                cell,
                expected,
                found,
            } => match (sheet, cell) {
                (Some(sheet), Some(cell)) => format!(
                    "SCSの要求事項・評価基準のブックではありません：シート「{sheet}」のセル{cell}は「{expected}」のはずですが「{found}」です。"
                ),
                _ => format!(
                    "SCSの要求事項・評価基準のブックではありません：評価基準の表があるシートが見つかりません（{expected}）。"
                ),
            },
            ReadError::DifferentEdition { found, expected } => format!(
                "評価基準の版が異なります：このファイルは{found}、このアプリが知る版は{expected}です。"
            ),
            ReadError::UnknownId { cell, found } => {
                format!("セル{cell}の「{found}」は評価基準No.（c-g-r-n）ではありません。")
            }
            ReadError::DuplicateId { id, first, second } => {
                format!("評価基準{id}が{first}と{second}の2か所にあります。")
            }
            ReadError::Inconsistent {
                cell,
                expected,
                found,
            } => format!("セル{cell}は評価基準No.から見て「{expected}」のはずですが「{found}」です。"),
            ReadError::FormulaInAnswer { cell } => {
                format!("回答欄のセル{cell}に数式があります。回答は文字で入力してください。")
            }
            ReadError::UnknownMark { cell, found } => format!(
                "セル{cell}の「{found}」は自己評価の記号ではありません（○・△・✖・空欄のいずれか）。"
            ),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

impl std::error::Error for ReadError {}

/// Why the answered workbook could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// The original file does not read (the same refusal as [`crate::read`]).
    Read(ReadError),
    /// An answer for a criterion the workbook does not have.
    UnknownId(CriterionId),
    /// An answer text longer than an Excel cell holds.
    TooLong {
        id: CriterionId,
        column: char,
        chars: usize,
        limit: usize,
    },
    /// The answer cell is merged into another cell, so what is written there would not show.
    MergedAnswerCell { cell: CellRef },
    /// The sheet's XML could not be rewritten (a structure the writer does not expect).
    Sheet { detail: String },
}

impl ExportError {
    pub fn code(&self) -> &'static str {
        match self {
            ExportError::Read(e) => e.code(),
            ExportError::UnknownId(_) => "export-unknown-id",
            ExportError::TooLong { .. } => "export-too-long",
            ExportError::MergedAnswerCell { .. } => "export-merged-cell",
            ExportError::Sheet { .. } => "export-sheet",
        }
    }

    pub fn en(&self) -> String {
        match self {
            ExportError::Read(e) => e.en(),
            ExportError::UnknownId(id) => {
                format!("The workbook has no criterion {id}; its answer cannot be written.")
            }
            ExportError::TooLong {
                id,
                column,
                chars,
                limit,
            } => format!(
                "The answer to {id} in column {column} has {chars} characters; an Excel cell holds at most {limit}."
            ),
            ExportError::MergedAnswerCell { cell } => format!(
                "Answer cell {cell} is merged into another cell; unmerge it in Excel and try again."
            ),
            ExportError::Sheet { detail } => {
                format!("The criteria sheet could not be rewritten: {detail}.")
            }
        }
    }

    pub fn ja(&self) -> String {
        match self {
            ExportError::Read(e) => e.ja(),
            ExportError::UnknownId(id) => {
                format!("ブックに評価基準{id}がないため、その回答を書き込めません。")
            }
            ExportError::TooLong {
                id,
                column,
                chars,
                limit,
            } => format!(
                "評価基準{id}の{column}列の回答が{chars}文字あります。Excelのセルには{limit}文字までしか入りません。"
            ),
            ExportError::MergedAnswerCell { cell } => format!(
                "回答欄のセル{cell}がほかのセルと結合されています。Excelで結合を解除してから、もう一度お試しください。"
            ),
            ExportError::Sheet { detail } => {
                format!("評価基準のシートを書き換えられませんでした：{detail}。")
            }
        }
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

impl std::error::Error for ExportError {}

impl From<ReadError> for ExportError {
    fn from(e: ReadError) -> Self {
        ExportError::Read(e)
    }
}
