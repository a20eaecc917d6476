//! The first screen's model: which texts it keeps, read from the one declaration of the first
//! screen (`Route::FIRST_SCREEN` in `crates/core/src/route.rs`, each page's `model_texts`), and
//! the model with every other text left empty.

use syn::{Expr, ImplItem, Item, Lit, Member, Type};

/// Every `model_texts` path of `Route::FIRST_SCREEN` in `route_src` (the text of route.rs), split
/// at its dots, in the order written (duplicates included).
pub fn model_texts(route_src: &str) -> Result<Vec<Vec<String>>, String> {
    let fail = |what: &str| format!("src/route.rs: Route::FIRST_SCREEN: {what}");
    let file = syn::parse_file(route_src).map_err(|e| fail(&format!("cannot parse: {e}")))?;
    let table = file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(i) if matches!(&*i.self_ty, Type::Path(p) if p.path.is_ident("Route")) => {
                Some(i)
            }
            _ => None,
        })
        .flat_map(|i| &i.items)
        .find_map(|item| match item {
            ImplItem::Const(c) if c.ident == "FIRST_SCREEN" => Some(&c.expr),
            _ => None,
        })
        .ok_or_else(|| fail("not found in `impl Route`"))?;
    let mut out = Vec::new();
    for row in array(table).ok_or_else(|| fail("not written as `&[FirstPage { … }, …]`"))? {
        let Expr::Struct(row) = row else {
            return Err(fail("a row that is not a `FirstPage { … }`"));
        };
        let texts = row
            .fields
            .iter()
            .find(|f| matches!(&f.member, Member::Named(n) if n == "model_texts"))
            .ok_or_else(|| fail("a row without `model_texts`"))?;
        for path in array(&texts.expr).ok_or_else(|| fail("`model_texts` not `&[\"…\", …]`"))? {
            match path {
                Expr::Lit(l) => match &l.lit {
                    Lit::Str(s) => out.push(s.value().split('.').map(str::to_string).collect()),
                    _ => return Err(fail("a `model_texts` entry that is not a string")),
                },
                _ => return Err(fail("a `model_texts` entry that is not a string literal")),
            }
        }
    }
    Ok(out)
}

/// The elements of `&[…]`.
fn array(e: &Expr) -> Option<&syn::punctuated::Punctuated<Expr, syn::Token![,]>> {
    match e {
        Expr::Reference(r) => match &*r.expr {
            Expr::Array(a) => Some(&a.elems),
            _ => None,
        },
        _ => None,
    }
}

/// `value` with every text (the strings under `ja` and `en`, the shape of every text type of
/// `types.rs`) empty unless the path of field names leading to it starts with one of `keep`
/// (arrays passed through); structure, IDs and every other value as they were.
pub fn keep_texts<T: serde::Serialize + serde::de::DeserializeOwned>(
    value: &T,
    keep: &[Vec<String>],
) -> Result<T, String> {
    fn walk(v: &mut serde_json::Value, path: &mut Vec<String>, keep: &[Vec<String>]) {
        match v {
            serde_json::Value::Object(map) => {
                let kept = keep.iter().any(|k| path.starts_with(k));
                for (k, x) in map.iter_mut() {
                    match x {
                        serde_json::Value::String(s) if k == "ja" || k == "en" => {
                            if !kept {
                                s.clear();
                            }
                        }
                        _ => {
                            path.push(k.clone());
                            walk(x, path, keep);
                            path.pop();
                        }
                    }
                }
            }
            serde_json::Value::Array(xs) => xs.iter_mut().for_each(|x| walk(x, path, keep)),
            _ => {}
        }
    }
    let fail = |e: serde_json::Error| format!("src/model/data: the first screen's model: {e}");
    let mut v = serde_json::to_value(value).map_err(fail)?;
    walk(&mut v, &mut Vec::new(), keep);
    serde_json::from_value(v).map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_paths_of_every_row() {
        let src = r#"
            impl Route {
                pub const FIRST_SCREEN: &'static [FirstPage] = &[
                    FirstPage { route: Route::Home, block: "home", keep: None, model_texts: &["sources"] },
                    FirstPage { route: Route::Sme, block: "sme", keep: Some(5), model_texts: &["a.b", "c"] },
                ];
            }
        "#;
        let p = model_texts(src).unwrap_or_default();
        assert_eq!(p, [vec!["sources"], vec!["a", "b"], vec!["c"]]);
        assert!(model_texts("impl Route {}").is_err());
    }

    #[test]
    fn keeps_only_the_texts_under_a_kept_path() {
        let v = serde_json::json!({
            "a": { "title": { "ja": "A", "en": "A", "src": "x" }, "items": [
                { "text": { "ja": "t", "en": "t" }, "note": { "ja": "n", "en": "n" } } ] },
            "b": { "ja": "B", "en": "B" }
        });
        let keep = vec![vec!["a".to_string(), "items".into(), "text".into()]];
        let out = keep_texts(&v, &keep).unwrap_or_default();
        assert_eq!(out["a"]["items"][0]["text"]["ja"], "t");
        assert_eq!(out["a"]["items"][0]["note"]["ja"], "");
        assert_eq!(out["a"]["title"]["en"], "");
        assert_eq!(out["a"]["title"]["src"], "x");
        assert_eq!(out["b"]["ja"], "");
    }
}
