//! Browser entry point: install the panic banner, then mount the app.

fn main() {
    scaling_viz::panic_banner::install();
    leptos::mount::mount_to_body(scaling_viz::components::App);
}
