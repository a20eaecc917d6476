use shindan::model;
#[test]
fn builtin_loads() {
    if let Err(errs) = model::load() {
        for e in &errs {
            eprintln!("{e}");
        }
        panic!("{} errors", errs.len());
    }
}
