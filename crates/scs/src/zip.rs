//! The zip container of an `.xlsx`: reading its central directory with every size checked
//! before anything is inflated, inflating one entry within a hard cap, and writing the archive
//! back with all entries but the replaced ones copied byte for byte.
//!
//! Only what Office files use is supported: stored or deflated entries, no encryption, no
//! ZIP64, one disk. Anything else is refused, never guessed at.

use crate::error::{Bomb, ReadError};
use crate::layout::Limits;

const EOCD: u32 = 0x0605_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const LOCAL: u32 = 0x0403_4b50;
const DESCRIPTOR: u32 = 0x0807_4b50;

#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub name: String,
    /// The central directory record, as it is in the file.
    record: std::ops::Range<usize>,
    method: u16,
    flags: u16,
    crc: u32,
    pub size: u64,
    local: usize,
    data: std::ops::Range<usize>,
    /// Local header, data and data descriptor: what the writer copies unchanged.
    span: std::ops::Range<usize>,
}

#[derive(Debug)]
pub(crate) struct Archive {
    pub entries: Vec<Entry>,
    comment: std::ops::Range<usize>,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn damaged(detail: &str) -> ReadError {
    ReadError::Damaged {
        part: "zip".into(),
        detail: detail.into(),
    }
}

impl Archive {
    pub fn parse(bytes: &[u8], limits: &Limits) -> Result<Archive, ReadError> {
        let starts_like_zip = bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06");
        let lowest = bytes.len().saturating_sub(22 + 0xFFFF);
        let mut eocd = None;
        let mut at = bytes.len().checked_sub(22);
        while let Some(pos) = at {
            if pos < lowest {
                break;
            }
            if u32_at(bytes, pos) == Some(EOCD) {
                let comment = u16_at(bytes, pos + 20).unwrap_or(0) as usize;
                if pos + 22 + comment == bytes.len() {
                    eocd = Some(pos);
                    break;
                }
            }
            at = pos.checked_sub(1);
        }
        let Some(eocd) = eocd else {
            return Err(if starts_like_zip {
                damaged("the end of the zip directory is missing (truncated file?)")
            } else {
                ReadError::NotZip
            });
        };
        let field16 = |o: usize| u16_at(bytes, eocd + o).unwrap_or(0);
        let field32 = |o: usize| u32_at(bytes, eocd + o).unwrap_or(0);
        if field16(4) != 0 || field16(6) != 0 || field16(8) != field16(10) {
            return Err(ReadError::Unsupported {
                what: "multi-disk zip".into(),
            });
        }
        let count = field16(10) as usize;
        let dir_size = field32(12) as usize;
        let dir_at = field32(16) as usize;
        if count == 0xFFFF || field32(12) == 0xFFFF_FFFF || field32(16) == 0xFFFF_FFFF {
            return Err(ReadError::Unsupported {
                what: "ZIP64".into(),
            });
        }
        if count > limits.entries {
            return Err(ReadError::ZipBomb(Bomb::Entries {
                count,
                limit: limits.entries,
            }));
        }
        if dir_at.checked_add(dir_size).is_none_or(|end| end > eocd) {
            return Err(damaged("the zip directory points outside the file"));
        }
        let comment_len = field16(20) as usize;
        let mut entries: Vec<Entry> = Vec::with_capacity(count);
        let mut total: u64 = 0;
        let mut pos = dir_at;
        for _ in 0..count {
            if u32_at(bytes, pos) != Some(CENTRAL) {
                return Err(damaged("a zip directory record is broken"));
            }
            let f16 = |o: usize| u16_at(bytes, pos + o).unwrap_or(0);
            let f32 = |o: usize| u32_at(bytes, pos + o).unwrap_or(0);
            let flags = f16(8);
            let method = f16(10);
            let crc = f32(16);
            let compressed = f32(20);
            let size = f32(24);
            let name_len = f16(28) as usize;
            let extra_len = f16(30) as usize;
            let comment = f16(32) as usize;
            let local = f32(42) as usize;
            let end = pos + 46 + name_len + extra_len + comment;
            if end > dir_at + dir_size {
                return Err(damaged("a zip directory record runs past the directory"));
            }
            let name_bytes = bytes
                .get(pos + 46..pos + 46 + name_len)
                .ok_or_else(|| damaged("a zip entry name is cut"))?;
            let name = String::from_utf8_lossy(name_bytes).into_owned();
            if flags & 1 != 0 {
                return Err(ReadError::Unsupported {
                    what: format!("encrypted entry {name}"),
                });
            }
            if method != 0 && method != 8 {
                return Err(ReadError::Unsupported {
                    what: format!("compression method {method} in {name}"),
                });
            }
            if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF {
                return Err(ReadError::Unsupported {
                    what: "ZIP64".into(),
                });
            }
            let (size, compressed) = (u64::from(size), u64::from(compressed));
            if size > limits.entry_bytes {
                return Err(ReadError::ZipBomb(Bomb::Entry {
                    name,
                    bytes: size,
                    limit: limits.entry_bytes,
                }));
            }
            total += size;
            if total > limits.total_bytes {
                return Err(ReadError::ZipBomb(Bomb::Total {
                    bytes: total,
                    limit: limits.total_bytes,
                }));
            }
            if size > limits.ratio_floor && size / compressed.max(1) > limits.ratio {
                return Err(ReadError::ZipBomb(Bomb::Ratio {
                    name,
                    ratio: size / compressed.max(1),
                    limit: limits.ratio,
                }));
            }
            if method == 0 && size != compressed {
                return Err(damaged("a stored zip entry has two sizes"));
            }
            if u32_at(bytes, local) != Some(LOCAL) {
                return Err(damaged("a zip entry's local header is missing"));
            }
            let local_name = u16_at(bytes, local + 26).unwrap_or(0) as usize;
            let local_extra = u16_at(bytes, local + 28).unwrap_or(0) as usize;
            let data_at = local + 30 + local_name + local_extra;
            let data_end = data_at
                .checked_add(compressed as usize)
                .filter(|&e| e <= dir_at)
                .ok_or_else(|| damaged("a zip entry runs past its place"))?;
            if bytes.get(local + 30..local + 30 + local_name) != Some(name_bytes) {
                return Err(damaged("a zip entry has two names"));
            }
            let mut span_end = data_end;
            if flags & 8 != 0 {
                span_end += if u32_at(bytes, data_end) == Some(DESCRIPTOR) {
                    16
                } else {
                    12
                };
                if span_end > dir_at {
                    return Err(damaged("a zip data descriptor runs past its place"));
                }
            }
            if entries.iter().any(|e| e.name == name) {
                return Err(damaged("two zip entries have the same name"));
            }
            entries.push(Entry {
                name,
                record: pos..end,
                method,
                flags,
                crc,
                size,
                local,
                data: data_at..data_end,
                span: local..span_end,
            });
            pos = end;
        }
        // Entries must not overlap: an overlapping pair is how "quoted" zip bombs multiply.
        let mut spans: Vec<_> = entries.iter().map(|e| e.span.clone()).collect();
        spans.sort_by_key(|s| s.start);
        if spans.windows(2).any(|w| w[0].end > w[1].start) {
            return Err(ReadError::ZipBomb(Bomb::Overlap));
        }
        Ok(Archive {
            entries,
            comment: eocd + 22..eocd + 22 + comment_len,
        })
    }

    pub fn find(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// Inflates one entry; it may not grow past its declared size (which the directory check
    /// already capped), and its CRC must match.
    pub fn read(&self, bytes: &[u8], entry: &Entry) -> Result<Vec<u8>, ReadError> {
        let data = bytes
            .get(entry.data.clone())
            .ok_or_else(|| damaged("a zip entry is cut"))?;
        let out = if entry.method == 0 {
            data.to_vec()
        } else {
            let limit = usize::try_from(entry.size).unwrap_or(usize::MAX);
            match miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit) {
                Ok(out) => out,
                Err(e) if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                    return Err(ReadError::ZipBomb(Bomb::Lied {
                        name: entry.name.clone(),
                        declared: entry.size,
                    }))
                }
                Err(_) => {
                    return Err(ReadError::Damaged {
                        part: entry.name.clone(),
                        detail: "its compressed data is broken".into(),
                    })
                }
            }
        };
        if out.len() as u64 != entry.size || crc32(&out) != entry.crc {
            return Err(ReadError::Damaged {
                part: entry.name.clone(),
                detail: "its checksum does not match".into(),
            });
        }
        Ok(out)
    }

    /// The archive with the named entries' contents replaced (deflated) and every other entry's
    /// local header, data and descriptor copied unchanged; the directory keeps its order.
    pub fn rebuild(&self, bytes: &[u8], replace: &[(&str, &[u8])]) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(bytes.len() + 4096);
        let mut directory = Vec::new();
        for entry in &self.entries {
            let offset = u32::try_from(out.len()).ok()?;
            let record = bytes.get(entry.record.clone())?;
            if let Some((_, content)) = replace.iter().find(|(n, _)| *n == entry.name) {
                let packed = miniz_oxide::deflate::compress_to_vec(content, 6);
                let crc = crc32(content);
                let name = entry.name.as_bytes();
                let flags = entry.flags & !0x0008;
                let version = u16_at(bytes, entry.local + 4)?;
                let time = u32_at(bytes, entry.local + 10)?;
                let size = u32::try_from(content.len()).ok()?;
                let packed_len = u32::try_from(packed.len()).ok()?;
                let name_len = u16::try_from(name.len()).ok()?;
                out.extend_from_slice(&LOCAL.to_le_bytes());
                out.extend_from_slice(&version.to_le_bytes());
                out.extend_from_slice(&flags.to_le_bytes());
                out.extend_from_slice(&8u16.to_le_bytes());
                out.extend_from_slice(&time.to_le_bytes());
                out.extend_from_slice(&crc.to_le_bytes());
                out.extend_from_slice(&packed_len.to_le_bytes());
                out.extend_from_slice(&size.to_le_bytes());
                out.extend_from_slice(&name_len.to_le_bytes());
                out.extend_from_slice(&0u16.to_le_bytes());
                out.extend_from_slice(name);
                out.extend_from_slice(&packed);
                // The directory record: the original's fixed part with the new sizes, no extra
                // field or comment (they described the old data).
                let mut rec = record.get(..46)?.to_vec();
                rec[8..10].copy_from_slice(&flags.to_le_bytes());
                rec[10..12].copy_from_slice(&8u16.to_le_bytes());
                rec[16..20].copy_from_slice(&crc.to_le_bytes());
                rec[20..24].copy_from_slice(&packed_len.to_le_bytes());
                rec[24..28].copy_from_slice(&size.to_le_bytes());
                rec[30..32].copy_from_slice(&0u16.to_le_bytes());
                rec[32..34].copy_from_slice(&0u16.to_le_bytes());
                rec[42..46].copy_from_slice(&offset.to_le_bytes());
                rec.extend_from_slice(name);
                directory.extend_from_slice(&rec);
            } else {
                out.extend_from_slice(bytes.get(entry.span.clone())?);
                let mut rec = record.to_vec();
                rec.get_mut(42..46)?.copy_from_slice(&offset.to_le_bytes());
                directory.extend_from_slice(&rec);
            }
        }
        let dir_at = u32::try_from(out.len()).ok()?;
        let dir_len = u32::try_from(directory.len()).ok()?;
        let count = u16::try_from(self.entries.len()).ok()?;
        out.extend_from_slice(&directory);
        out.extend_from_slice(&EOCD.to_le_bytes());
        out.extend_from_slice(&[0, 0, 0, 0]);
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&dir_len.to_le_bytes());
        out.extend_from_slice(&dir_at.to_le_bytes());
        let comment = bytes.get(self.comment.clone())?;
        out.extend_from_slice(&u16::try_from(comment.len()).ok()?.to_le_bytes());
        out.extend_from_slice(comment);
        Some(out)
    }
}

/// CRC-32 (IEEE) over a 256-entry table built at compile time: zip needs it for a few hundred
/// kilobytes at most, which does not earn a crate.
pub(crate) fn crc32(data: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut t = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            t[i] = c;
            i += 1;
        }
        t
    };
    let mut crc = !0u32;
    for &b in data {
        crc = TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::crc32;

    #[test]
    fn crc32_matches_the_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
