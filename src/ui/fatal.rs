//! What the user sees when the app panics: a WASM panic kills the app, so
//! instead of a frozen or blank page we show a message and a reload link:
//! one sentence in the page's language. What went wrong goes to the
//! console and the block's `data-detail` (for tests), never on screen.

/// Routes panics to the console and to the on-page error screen.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Reveals the `#fatal` block of index.html, creating the block if the page
/// lacks it; `detail` is kept in its `data-detail`, not shown.
pub fn show(detail: &str) {
    let Some(document) = crate::ui::window().and_then(|w| w.document()) else {
        return;
    };
    let block = match document.get_element_by_id("fatal") {
        Some(b) => b,
        None => {
            let Ok(b) = document.create_element("div") else {
                return;
            };
            b.set_id("fatal");
            b.set_class_name("fatal");
            let _ = b.set_attribute("role", "alert");
            b.set_inner_html(
                "<h2>Something went wrong</h2>\
                 <p>The explorer stopped because of an internal error; \
                 <a href=\"\">reload the page</a> to start again.</p>",
            );
            if let Some(body) = document.body() {
                let _ = body.append_child(&b);
            }
            b
        }
    };
    translate(&document);
    let _ = block.remove_attribute("hidden");
    let _ = block.set_attribute("data-detail", detail);
}

/// Writes the block's heading and message in the page's language (the app
/// sets `<html lang>`; index.html's text is English, which this rewrites
/// unchanged, so no language is a special case).
fn translate(document: &web_sys::Document) {
    let lang = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| crate::locale::Lang::parse(&l))
        .unwrap_or_default();
    let l = crate::locale::Locale {
        lang,
        ..crate::locale::Locale::default()
    };
    if let Ok(Some(h)) = document.query_selector("#fatal h2") {
        h.set_text_content(Some(l.tr("Something went wrong")));
    }
    let Ok(Some(p)) = document.query_selector("#fatal p") else {
        return;
    };
    p.set_text_content(Some(&format!(
        "{} ",
        l.tr("The explorer stopped because of an internal error;")
    )));
    let (Ok(a), Ok(rest)) = (
        document.create_element("a"),
        document.create_element("span"),
    ) else {
        return;
    };
    let _ = a.set_attribute("href", "");
    a.set_text_content(Some(l.tr("reload the page")));
    rest.set_text_content(Some(l.tr(" to start again.")));
    let _ = p.append_child(&a);
    let _ = p.append_child(&rest);
}
