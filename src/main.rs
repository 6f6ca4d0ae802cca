//! The web app's entry point, built by Trunk.

fn main() {
    live_commerce_explorer::ui::start();
}
