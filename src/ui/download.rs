//! Downloads made in the browser: text turned into a blob URL for an
//! `<a download>` link, so nothing is fetched from anywhere.

use gloo::file::{Blob, ObjectUrl};
use std::rc::Rc;
use yew::prelude::*;

/// A blob URL for `text`, kept while `text` stays the same and revoked when
/// it changes or the component goes away.
#[hook]
pub fn use_object_url(text: Rc<String>, mime: &'static str) -> Rc<ObjectUrl> {
    let made = use_memo(text, move |t| {
        Rc::new(ObjectUrl::from(Blob::new_with_options(
            t.as_str(),
            Some(mime),
        )))
    });
    (*made).clone()
}

/// Props of [`DownloadLink`].
#[derive(Properties, PartialEq)]
pub struct DownloadLinkProps {
    pub text: Rc<String>,
    pub mime: &'static str,
    pub file_name: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// A link that saves `text` as `file_name`.
#[function_component(DownloadLink)]
pub fn download_link(p: &DownloadLinkProps) -> Html {
    let url = use_object_url(p.text.clone(), p.mime);
    html! {
        <a class="download" id={p.id.clone()} href={url.to_string()} download={p.file_name.clone()}>
            { p.label.clone() }
        </a>
    }
}
