//! Every address in Mend (a stable contract: people bookmark them, and `paths_match_the_product_contract`
//! holds them fixed) and what each one is called.

use std::collections::HashMap;

use yew_router::Routable;

use crate::content::titles;
use crate::model::{Part, Step, StepOf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    Prepare,
    Acknowledge,
    Responsibility,
    Remorse,
    Change,
    Review,
    Deliver,
    /// A private link someone sent: the words live only in the address's `#` fragment.
    Open,
    Receive,
    ReceiveNeeds,
    ReceiveWeigh,
    ReceiveRespond,
    ReceiveBoundaries,
    ReceiveForgiveness,
    Safety,
    Forward,
    Data,
    /// Any address Mend does not know.
    NotFound,
}

/// Written out rather than derived: every path is fixed, so a plain comparison does what the
/// derive's general pattern matcher does, for a fraction of the wasm (13 KB less raw, 6 KB
/// gzipped).
/// Matching follows the derive: one leading and one trailing slash are optional.
impl Routable for Route {
    fn from_path(path: &str, _params: &HashMap<&str, &str>) -> Option<Self> {
        Route::ALL.into_iter().find(|route| route.path() == path)
    }

    fn to_path(&self) -> String {
        self.path().to_owned()
    }

    fn routes() -> Vec<&'static str> {
        Route::ALL.iter().map(|route| route.path()).collect()
    }

    fn not_found_route() -> Option<Self> {
        Some(Route::NotFound)
    }

    fn recognize(pathname: &str) -> Option<Self> {
        let trimmed = pathname.strip_suffix('/').unwrap_or(pathname);
        let trimmed = trimmed.strip_prefix('/').unwrap_or(trimmed);
        Route::ALL
            .into_iter()
            .find(|route| &route.path()[1..] == trimmed)
            .or(Some(Route::NotFound))
    }
}

/// What the shell needs to know about a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteMeta {
    /// The page's own title; the document title adds the app name.
    pub title: &'static str,
    /// "Step N of M": the four parts of an apology (of 4), the receiver's guide (of 6).
    pub step: Option<StepOf>,
}

/// The receiver's guide, in order.
pub const GUIDE: [Route; 6] = [
    Route::Receive,
    Route::ReceiveNeeds,
    Route::ReceiveWeigh,
    Route::ReceiveRespond,
    Route::ReceiveBoundaries,
    Route::ReceiveForgiveness,
];

impl Route {
    /// Every route a person can land on, for tests and tools.
    pub const ALL: [Route; 19] = [
        Route::Home,
        Route::Prepare,
        Route::Acknowledge,
        Route::Responsibility,
        Route::Remorse,
        Route::Change,
        Route::Review,
        Route::Deliver,
        Route::Open,
        Route::Receive,
        Route::ReceiveNeeds,
        Route::ReceiveWeigh,
        Route::ReceiveRespond,
        Route::ReceiveBoundaries,
        Route::ReceiveForgiveness,
        Route::Safety,
        Route::Forward,
        Route::Data,
        Route::NotFound,
    ];

    /// The address, fixed for good: a bookmark must keep working.
    pub const fn path(self) -> &'static str {
        match self {
            Route::Home => "/",
            Route::Prepare => "/apology/prepare",
            Route::Acknowledge => "/apology/acknowledge",
            Route::Responsibility => "/apology/responsibility",
            Route::Remorse => "/apology/remorse",
            Route::Change => "/apology/change",
            Route::Review => "/apology/review",
            Route::Deliver => "/apology/deliver",
            Route::Open => "/open",
            Route::Receive => "/receive",
            Route::ReceiveNeeds => "/receive/needs",
            Route::ReceiveWeigh => "/receive/weigh",
            Route::ReceiveRespond => "/receive/respond",
            Route::ReceiveBoundaries => "/receive/boundaries",
            Route::ReceiveForgiveness => "/receive/forgiveness",
            Route::Safety => "/receive/safety",
            Route::Forward => "/forward",
            Route::Data => "/data",
            Route::NotFound => "/not-found",
        }
    }

    pub fn meta(self) -> RouteMeta {
        let part = self.step().and_then(Step::numbered);
        let guide = GUIDE.iter().position(|r| *r == self).map(|i| StepOf {
            number: i as u8 + 1,
            of: GUIDE.len() as u8,
        });
        RouteMeta {
            title: self.title(),
            step: part.or(guide),
        }
    }

    /// The page's own title, from `content::titles`.
    pub fn title(self) -> &'static str {
        match self {
            Route::Home => titles::HOME,
            Route::Prepare => titles::of_step(Step::Prepare),
            Route::Acknowledge => titles::of_step(Step::Part(Part::Acknowledge)),
            Route::Responsibility => titles::of_step(Step::Part(Part::Responsibility)),
            Route::Remorse => titles::of_step(Step::Part(Part::Remorse)),
            Route::Change => titles::of_step(Step::Part(Part::Change)),
            Route::Review => titles::of_step(Step::Review),
            Route::Deliver => titles::DELIVER,
            Route::Open => titles::OPEN,
            Route::Receive => titles::RECEIVE,
            Route::ReceiveNeeds => titles::RECEIVE_NEEDS,
            Route::ReceiveWeigh => titles::RECEIVE_WEIGH,
            Route::ReceiveRespond => titles::RECEIVE_RESPOND,
            Route::ReceiveBoundaries => titles::RECEIVE_BOUNDARIES,
            Route::ReceiveForgiveness => titles::RECEIVE_FORGIVENESS,
            Route::Safety => titles::SAFETY,
            Route::Forward => titles::FORWARD,
            Route::Data => titles::DATA,
            Route::NotFound => titles::NOT_FOUND,
        }
    }

    /// The page's meta description, for its prerendered HTML (the start page keeps index.html's).
    pub fn description(self) -> Option<&'static str> {
        use titles::descriptions as d;
        Some(match self {
            Route::Home => return None,
            Route::Prepare => d::PREPARE,
            Route::Acknowledge => d::ACKNOWLEDGE,
            Route::Responsibility => d::RESPONSIBILITY,
            Route::Remorse => d::REMORSE,
            Route::Change => d::CHANGE,
            Route::Review => d::REVIEW,
            Route::Deliver => d::DELIVER,
            Route::Open => d::OPEN,
            Route::Receive => d::RECEIVE,
            Route::ReceiveNeeds => d::RECEIVE_NEEDS,
            Route::ReceiveWeigh => d::RECEIVE_WEIGH,
            Route::ReceiveRespond => d::RECEIVE_RESPOND,
            Route::ReceiveBoundaries => d::RECEIVE_BOUNDARIES,
            Route::ReceiveForgiveness => d::RECEIVE_FORGIVENESS,
            Route::Safety => d::SAFETY,
            Route::Forward => d::FORWARD,
            Route::Data => d::DATA,
            Route::NotFound => d::NOT_FOUND,
        })
    }

    /// Where this route's prerendered page is written in the build (`404.html` for any address
    /// Mend does not know, for hosts that answer those with it).
    pub fn prerendered_file(self) -> String {
        match self {
            Route::Home => "index.html".to_owned(),
            Route::NotFound => "404.html".to_owned(),
            other => format!("{}/index.html", &other.path()[1..]),
        }
    }

    /// The document title: the page first, so tabs and screen readers lead with what changed.
    pub fn document_title(self) -> String {
        match self {
            Route::Home => titles::APP_TITLE.to_owned(),
            other => format!("{} – {}", other.meta().title, titles::APP_NAME),
        }
    }

    /// The apology step this route shows, if it is one.
    pub fn step(self) -> Option<Step> {
        Some(match self {
            Route::Prepare => Step::Prepare,
            Route::Acknowledge => Step::Part(Part::Acknowledge),
            Route::Responsibility => Step::Part(Part::Responsibility),
            Route::Remorse => Step::Part(Part::Remorse),
            Route::Change => Step::Part(Part::Change),
            Route::Review => Step::Review,
            _ => return None,
        })
    }

    pub fn for_step(step: Step) -> Route {
        match step {
            Step::Prepare => Route::Prepare,
            Step::Part(Part::Acknowledge) => Route::Acknowledge,
            Step::Part(Part::Responsibility) => Route::Responsibility,
            Step::Part(Part::Remorse) => Route::Remorse,
            Step::Part(Part::Change) => Route::Change,
            Step::Review => Route::Review,
        }
    }
}
