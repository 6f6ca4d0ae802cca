//! Downloads made in the browser: text turned into a blob URL for an
//! `<a download>` link, so nothing is fetched from anywhere.
//!
//! The blob is made when the link is used, not when it is drawn: the tables
//! behind these links change on every slider step, and a `Blob` and an object
//! URL per step cost more than redrawing the charts (`cargo xtask bench`).

use gloo::file::{Blob, ObjectUrl};
use std::rc::Rc;
use web_sys::HtmlAnchorElement;
use yew::prelude::*;

/// Props of [`DownloadLink`].
#[derive(Properties, PartialEq)]
pub struct DownloadLinkProps {
    /// The text to save; ignored when `make` is given.
    #[prop_or_default]
    pub text: Rc<String>,
    /// Writes the text when the link is used, for text that changes on
    /// every slider step but is rarely downloaded.
    #[prop_or_default]
    pub make: Option<Callback<(), Rc<String>>>,
    pub mime: &'static str,
    pub file_name: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// A link that saves `text` as `file_name`. Clicking (or pressing Enter on)
/// it points it at a blob of the current text just before the browser
/// follows it; the blob is kept until the text changes and the link is used
/// again, or the link goes away.
#[function_component(DownloadLink)]
pub fn download_link(p: &DownloadLinkProps) -> Html {
    let link = use_node_ref();
    let made = use_mut_ref(|| None::<(Rc<String>, ObjectUrl)>);
    let onclick = {
        let link = link.clone();
        let (text, make) = (p.text.clone(), p.make.clone());
        let mime = p.mime;
        Callback::from(move |_: MouseEvent| {
            let Some(a) = link.cast::<HtmlAnchorElement>() else {
                return;
            };
            let text = make.as_ref().map_or_else(|| text.clone(), |m| m.emit(()));
            let mut made = made.borrow_mut();
            if !matches!(&*made, Some((t, _)) if *t == text) {
                let url = ObjectUrl::from(Blob::new_with_options(text.as_str(), Some(mime)));
                *made = Some((text.clone(), url));
            }
            if let Some((_, url)) = &*made {
                a.set_href(url);
            }
        })
    };
    html! {
        <a class="download" id={p.id.clone()} href="#" download={p.file_name.clone()} ref={link} {onclick}>
            { p.label.clone() }
        </a>
    }
}
