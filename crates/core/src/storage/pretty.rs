//! PURE: indents compact JSON text the way `serde_json::to_string_pretty` does (two spaces,
//! `": "`, empty `[]` / `{}` kept on one line). The export files are written compactly by
//! serde_json and indented here, so the app carries one serializer per type instead of two
//! (serde_json's pretty printer is a second copy of every `Serialize` impl it writes).

/// Indents `compact`, which must be JSON as serde_json writes it (no whitespace outside
/// strings). Strings, escapes included, are copied unchanged.
pub fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.next_if_eq(&close).is_some() {
                    out.push(close);
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::pretty;

    #[test]
    fn matches_serde_json_pretty() {
        let samples = [
            r#"{"a":1,"b":[],"c":{},"d":[1,2,{"e":"x:y,{z}\"]"}],"f":"\\","g":null,"h":-1.5e3}"#,
            r#"[]"#,
            r#"{}"#,
            r#""plain""#,
            r#"[[],[[]],{"k":[{}]}]"#,
            r#"{"ja":"診断：「テスト」, {x}","esc":"a\"b\\c\n\u0001"}"#,
        ];
        for s in samples {
            let v: serde_json::Value = serde_json::from_str(s).expect("sample is JSON");
            let compact = serde_json::to_string(&v).expect("serialises");
            let expected = serde_json::to_string_pretty(&v).expect("serialises");
            assert_eq!(pretty(&compact), expected, "{s}");
        }
    }
}
