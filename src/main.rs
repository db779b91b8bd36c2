//! Browser entry point: install the panic banner, mount the app, register the offline copy.

fn main() {
    scaling_viz::panic_banner::install();
    let clock = scaling_viz::components::dom::now_ms();
    scaling_viz::components::plot_worker::start();
    leptos::mount::mount_to_body(scaling_viz::components::App);
    scaling_viz::components::plot_worker::mounted(clock);
    scaling_viz::components::offline::register();
}
