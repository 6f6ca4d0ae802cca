//! A number field that says, next to itself, what it did with what was
//! typed: refused (with why, `aria-invalid`, the text kept to correct), or
//! held within the model's bounds (the field then shows the value used).
//! The reading is the core's [`read_field`], the same for every field.

use super::prefs::use_prefs;
use crate::views::input::{FieldKind, Typed, read_field};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The input's id; the message is `{id}-msg`.
    pub id: AttrValue,
    /// The accessible name.
    pub label: AttrValue,
    pub kind: FieldKind,
    /// The value the model uses now (a multiplier, or billion yuan).
    pub value: f64,
    /// Told the text to apply when it is accepted: as typed, or the value
    /// used when it had to be held within bounds.
    pub on_text: Callback<String>,
}

/// What the field last said (`refused`: a refusal), and the value it was
/// said of: shown only while the model still uses that value, so a change
/// from elsewhere (a slider, Undo, a preset) clears it.
#[derive(Clone, PartialEq)]
struct Said {
    refused: bool,
    text: String,
    of: f64,
}

impl Said {
    fn holds(&self, value: f64) -> bool {
        (self.of - value).abs() <= 1e-9 * value.abs().max(1.0)
    }
}

/// See the module docs.
#[function_component(NumberField)]
pub fn number_field(p: &NumberFieldProps) -> Html {
    let l = use_prefs().locale;
    let said = use_state(|| None::<Said>);
    let onchange = {
        let (kind, value, on_text, said, l) =
            (p.kind, p.value, p.on_text.clone(), said.clone(), l.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let text = input.value();
            let next = match read_field(&l, kind, &text, value) {
                Typed::Refused(why) => Some(Said {
                    refused: true,
                    text: why,
                    of: value,
                }),
                Typed::Used {
                    value: used,
                    shown,
                    note,
                } => {
                    let apply = if note.is_some() { shown.clone() } else { text };
                    input.set_value(&shown);
                    on_text.emit(apply);
                    note.map(|text| Said {
                        refused: false,
                        text,
                        of: used,
                    })
                }
            };
            said.set(next);
        })
    };
    let msg_id = format!("{}-msg", p.id);
    let said = said.as_ref().filter(|s| s.holds(p.value));
    let invalid = said.is_some_and(|s| s.refused);
    html! {
        <span class="number-field">
            <input class="num" type="text" inputmode="decimal" id={p.id.clone()} autocomplete="off"
                aria-label={p.label.clone()} value={p.kind.show(&l, p.value)} {onchange}
                aria-invalid={if invalid { "true" } else { "false" }}
                aria-describedby={said.is_some().then(|| msg_id.clone())} />
            if let Some(s) = said {
                <span class={classes!("field-msg", s.refused.then_some("field-error"))} id={msg_id} role="status">
                    { s.text.clone() }
                </span>
            }
        </span>
    }
}
