//! Browser entry point: install the panic banner, mount the app, register the offline copy.

fn main() {
    scaling_viz::panic_banner::install();
    leptos::mount::mount_to_body(scaling_viz::components::App);
    scaling_viz::components::offline::register();
}
