//! A labelled range input that reports every `input` event (not only the
//! release), with its current value shown in an `<output>`.

use crate::views::Bounds;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Slider`].
#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// Element id; the shown value has id `{id}-value`.
    pub id: AttrValue,
    pub label: AttrValue,
    /// One line under the slider saying what the number means.
    #[prop_or_default]
    pub help: AttrValue,
    pub bounds: Bounds,
    pub value: f64,
    /// The value as shown, e.g. "×2 (+100%)".
    pub shown: AttrValue,
    /// Called with the parsed value; NaN when the input could not be read,
    /// so the caller's bounds check can say so.
    pub oninput: Callback<f64>,
    /// Called when the slider is released (the `change` event): the end of
    /// a drag, so the moves before it are one undo step.
    #[prop_or_default]
    pub onchange: Callback<()>,
}

/// See the module docs.
#[function_component(Slider)]
pub fn slider(p: &SliderProps) -> Html {
    let oninput = {
        let cb = p.oninput.clone();
        Callback::from(move |e: InputEvent| {
            // Measured from the event to the charts' redraw (see `timing`).
            let _input = crate::ui::timing::input(e.time_stamp());
            let v = e
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|i| i.value().parse::<f64>().ok())
                .unwrap_or(f64::NAN);
            let handled = crate::ui::timing::now();
            cb.emit(v);
            crate::ui::timing::piece("slider callback", handled);
        })
    };
    let onchange = p.onchange.reform(|_: Event| ());
    let value_id = format!("{}-value", p.id);
    let help_id = format!("{}-help", p.id);
    html! {
        <div class="control">
            <div class="control-head">
                <label for={p.id.clone()}>{ p.label.clone() }</label>
                <output id={value_id} for={p.id.clone()}>{ p.shown.clone() }</output>
            </div>
            <input
                type="range"
                id={p.id.clone()}
                min={p.bounds.min.to_string()}
                max={p.bounds.max.to_string()}
                step={p.bounds.step.to_string()}
                value={p.value.to_string()}
                aria-valuetext={p.shown.clone()}
                aria-describedby={help_id.clone()}
                {oninput}
                {onchange}
            />
            <p class="help" id={help_id}>{ p.help.clone() }</p>
        </div>
    }
}
