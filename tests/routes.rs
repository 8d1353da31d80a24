//! Every address and its meta: paths fixed for good, recognised with or without slashes, each
//! page titled once, and the steps numbered.

use std::collections::HashMap;

use mend::model::Step;
use mend::route::{Route, GUIDE};
use yew_router::Routable;

#[test]
fn every_route_has_a_distinct_title() {
    let mut titles: Vec<&str> = Route::ALL.iter().map(|r| r.meta().title).collect();
    assert!(titles.iter().all(|t| !t.trim().is_empty()));
    titles.sort();
    titles.dedup();
    assert_eq!(titles.len(), Route::ALL.len());
}

#[test]
fn the_four_parts_are_steps_one_to_four() {
    let steps: Vec<Option<(u8, u8)>> = [
        Route::Prepare,
        Route::Acknowledge,
        Route::Responsibility,
        Route::Remorse,
        Route::Change,
        Route::Review,
    ]
    .iter()
    .map(|r| r.meta().step.map(|s| (s.number, s.of)))
    .collect();
    assert_eq!(
        steps,
        vec![
            None,
            Some((1, 4)),
            Some((2, 4)),
            Some((3, 4)),
            Some((4, 4)),
            None
        ]
    );
}

#[test]
fn the_receivers_guide_is_steps_one_to_six() {
    let steps: Vec<(u8, u8)> = GUIDE
        .iter()
        .filter_map(|r| r.meta().step.map(|s| (s.number, s.of)))
        .collect();
    assert_eq!(steps, (1..=6).map(|n| (n, 6)).collect::<Vec<_>>());
    assert_eq!(Route::Safety.meta().step, None);
}

#[test]
fn steps_and_routes_map_both_ways() {
    for step in Step::ALL {
        assert_eq!(Route::for_step(step).step(), Some(step));
    }
}

#[test]
fn every_path_is_recognised_with_or_without_its_slashes() {
    for route in Route::ALL {
        let path = route.path();
        assert_eq!(Route::recognize(path), Some(route), "{path}");
        assert_eq!(
            Route::recognize(&format!("{path}/")),
            Some(route),
            "{path}/"
        );
        assert_eq!(
            Route::recognize(&path[1..]),
            Some(route),
            "{path} without its slash"
        );
        assert_eq!(Route::from_path(path, &HashMap::new()), Some(route));
    }
    assert_eq!(Route::recognize(""), Some(Route::Home));
    assert_eq!(Route::routes().len(), Route::ALL.len());
}

#[test]
fn unknown_addresses_are_not_found() {
    for path in [
        "/apology",
        "/apology/",
        "/apology/review/extra",
        "/APOLOGY/REVIEW",
        "/receive//needs",
        "/data.json",
        "/index.html",
    ] {
        assert_eq!(Route::recognize(path), Some(Route::NotFound), "{path}");
    }
}

#[test]
fn paths_match_the_product_contract() {
    // Written out, not derived from `path()`: these addresses are a promise to people who
    // bookmarked them, so a change here must be deliberate.
    let expected = [
        (Route::Home, "/"),
        (Route::Prepare, "/apology/prepare"),
        (Route::Acknowledge, "/apology/acknowledge"),
        (Route::Responsibility, "/apology/responsibility"),
        (Route::Remorse, "/apology/remorse"),
        (Route::Change, "/apology/change"),
        (Route::Review, "/apology/review"),
        (Route::Deliver, "/apology/deliver"),
        (Route::Open, "/open"),
        (Route::Receive, "/receive"),
        (Route::ReceiveNeeds, "/receive/needs"),
        (Route::ReceiveWeigh, "/receive/weigh"),
        (Route::ReceiveRespond, "/receive/respond"),
        (Route::ReceiveBoundaries, "/receive/boundaries"),
        (Route::ReceiveForgiveness, "/receive/forgiveness"),
        (Route::Safety, "/receive/safety"),
        (Route::Forward, "/forward"),
        (Route::Data, "/data"),
        (Route::NotFound, "/not-found"),
    ];
    assert_eq!(expected.len(), Route::ALL.len());
    for (route, path) in expected {
        assert_eq!(route.path(), path);
        assert_eq!(Route::recognize(path), Some(route), "{path}");
    }
}

#[test]
fn document_titles_lead_with_the_page() {
    assert_eq!(
        Route::Remorse.document_title(),
        format!("{} – Mend", Route::Remorse.meta().title)
    );
}
