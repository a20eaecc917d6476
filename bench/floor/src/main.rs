//! The floor: one Yew component with one radio group; a click updates the displayed total.
//! What Shindan's first question does, with nothing else (no model, no text table, no storage).

#[cfg(target_arch = "wasm32")]
mod app {
    use yew::prelude::*;

    const OPTIONS: [(&str, &str, u32); 4] = [
        ("implemented", "実施している", 4),
        ("partial", "一部実施している", 2),
        ("not_implemented", "実施していない", 0),
        ("dont_know", "わからない", 0),
    ];

    #[function_component(Floor)]
    pub fn floor() -> Html {
        let chosen = use_state(|| None::<usize>);
        let total = chosen.map_or(0, |i| OPTIONS[i].2);
        html! {
            <main>
                <fieldset data-item="q1">
                    <legend>{ "質問 1" }</legend>
                    { for OPTIONS.iter().enumerate().map(|(i, &(value, label, _))| {
                        let onchange = {
                            let chosen = chosen.clone();
                            Callback::from(move |_: Event| chosen.set(Some(i)))
                        };
                        html! {
                            <label>
                                <input type="radio" name="q1" {value} {onchange}
                                    checked={*chosen == Some(i)} />
                                { label }
                            </label>
                        }
                    }) }
                </fieldset>
                <p>{ "合計 " }<output data-testid="total">{ total }</output></p>
            </main>
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<app::Floor>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
