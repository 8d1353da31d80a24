//! Prints the path of every page a person can visit, one a line, from `Route::ALL`: the browser
//! suite's list of addresses (`tests/e2e/routes.js`), so a new route is covered without editing it.
//!
//! Run with `cargo run --quiet --example routes`. The not-found page is left out: it is reached by
//! an address Mend does not know.

use mend::route::Route;

fn main() {
    for route in Route::ALL {
        if route != Route::NotFound {
            println!("{}", route.path());
        }
    }
}
