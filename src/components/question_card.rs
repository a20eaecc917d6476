//! One question: a `fieldset` with a `legend` and real radio inputs with labels.
//! Keyboard: Tab reaches the group, arrow keys choose (native radio behaviour).

use yew::prelude::*;

use shindan_core::assessment::Chosen;
use shindan_core::model::Id;

/// One choice of a question.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: Chosen,
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    /// The model ID of the item (also the radio group name).
    pub id: Id,
    /// Short number or code shown before the text ("No.7", "5-3").
    #[prop_or_default]
    pub code: AttrValue,
    pub legend: AttrValue,
    /// Optional help shown under the legend (why it matters, CSF IDs …).
    #[prop_or_default]
    pub hint: Option<Html>,
    pub choices: Vec<Choice>,
    /// The selected choice.
    pub selected: Option<Chosen>,
    pub on_choose: Callback<(Id, Chosen)>,
}

#[component]
pub fn QuestionCard(props: &QuestionCardProps) -> Html {
    let name = props.id.to_string();
    let hint_id = format!("{name}-hint");
    html! {
        <fieldset class={classes!("question", props.selected.is_some().then_some("answered"))}
                  data-item={name.clone()}
                  aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}>
            <legend>
                if !props.code.is_empty() { <span class="code">{ props.code.clone() }</span> }
                { props.legend.clone() }
            </legend>
            if let Some(hint) = &props.hint {
                <div class="hint" id={hint_id.clone()}>{ hint.clone() }</div>
            }
            <div class="choices">
                { for props.choices.iter().map(|c| {
                    let code = c.value.code();
                    let input_id = format!("{name}--{code}");
                    let on_choose = props.on_choose.clone();
                    let id = props.id.clone();
                    let value = c.value;
                    let onchange = Callback::from(move |_: Event| on_choose.emit((id.clone(), value)));
                    html! {
                        <label class="choice" for={input_id.clone()} key={code}>
                            <input type="radio" id={input_id} name={name.clone()} value={code}
                                   checked={props.selected == Some(c.value)} {onchange} />
                            { c.label.clone() }
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct LazyDetailsProps {
    pub summary: AttrValue,
    pub children: Html,
}

/// A `<details>` whose content enters the DOM when it is first opened (and then stays). The
/// assessment pages carry ~30 of these, closed; leaving their ~150 elements out of the first
/// render makes the page ready sooner. What a closed `<details>` shows, reads aloud and prints
/// (the summary only) is unchanged.
#[component]
pub fn LazyDetails(props: &LazyDetailsProps) -> Html {
    let opened = use_state(|| false);
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |_: Event| opened.set(true))
    };
    html! {
        <details {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            if *opened { { props.children.clone() } }
        </details>
    }
}
