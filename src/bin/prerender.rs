//! The build's last Rust step (Trunk's `post_build` hook, see Trunk.toml): writes every route's
//! page as HTML, rendered natively by the app's own components, so a visitor sees the words
//! before the wasm has arrived and the browser then adopts the page in place (hydration).
//!
//! Each page is Trunk's `index.html` with the route's title and description, and the rendered
//! body marked with the route it is (`<body data-route="/apology/acknowledge">`): the browser
//! hydrates only a page that is the one for its address.
//!
//! Usage: run by Trunk with TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL set, or by hand:
//!   cargo run --bin prerender -- <dir> [public-url]

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match native::run() {
        Ok(count) => {
            println!("prerender: {count} pages written");
            std::process::ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("prerender: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};
    use std::{env, fs};

    use base64::prelude::{Engine, BASE64_STANDARD};
    use mend::app::sheets::Sheet;
    use mend::app::{sheets, ServerApp, ServerAppProps};
    use mend::route::Route;
    use sha2::{Digest, Sha256};

    /// Where the rendered page goes in Trunk's `index.html` (the opening tag may already carry a
    /// route from an earlier run: running again gives the same pages).
    const BODY_OPEN: &str = "<body";
    const BODY_CLOSE: &str = "</body>";

    pub fn run() -> Result<usize, String> {
        let mut args = env::args().skip(1);
        let dir: PathBuf = env::var_os("TRUNK_STAGING_DIR")
            .map(PathBuf::from)
            .or_else(|| args.next().map(PathBuf::from))
            .ok_or("usage: prerender <dir> [public-url]")?;
        let public_url = env::var("TRUNK_PUBLIC_URL")
            .ok()
            .or_else(|| args.next())
            .unwrap_or_else(|| "/".to_owned());
        let template = Template::read(&dir.join("index.html"))?.with_sheets(sheets::ALL)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| e.to_string())?;
        let base = public_url.trim_end_matches('/');
        for route in Route::ALL {
            let body = runtime.block_on(render(route, base));
            let page = template.page(route, &body);
            let file = dir.join(route.prerendered_file());
            if let Some(parent) = file.parent() {
                fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
            }
            fs::write(&file, page).map_err(|e| format!("{}: {e}", file.display()))?;
        }
        Ok(Route::ALL.len())
    }

    async fn render(route: Route, base: &str) -> String {
        let props = ServerAppProps {
            path: format!("{base}{}", route.path()).into(),
            basename: (!base.is_empty()).then(|| base.to_owned().into()),
        };
        // Hydration needs no state passed from the server: the app's first render in the browser
        // starts from the same empty state the server rendered.
        yew::LocalServerRenderer::<ServerApp>::with_props(props)
            .hydratable(true)
            .render()
            .await
    }

    /// Trunk's `index.html`, cut where each page's own parts go.
    struct Template {
        head: String,
        tail: String,
        /// The `<style>` of every stylist sheet, for the end of every page's `<head>`.
        sheets: String,
    }

    impl Template {
        fn read(path: &Path) -> Result<Template, String> {
            let html = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let start = html
                .find(BODY_OPEN)
                .ok_or("index.html has no <body> to render into")?;
            let end = html.rfind(BODY_CLOSE).ok_or("index.html has no </body>")?;
            Ok(Template {
                head: html[..start].to_owned(),
                tail: html[end..].to_owned(),
                sheets: String::new(),
            })
        }

        /// Every stylist sheet, in the order of [`sheets::ALL`], in one `<style>` for every page,
        /// and its sha256 in the CSP's `style-src`, so the policy allows exactly this inline
        /// style and nothing else. The browser adds none, so a panel that opens later, or a page
        /// reached inside the app, finds its rules already there. One element and one hash, not
        /// one per sheet: each hash is 50 bytes that do not compress, and each page carries them
        /// all. Sheets from an earlier run go.
        fn with_sheets(self, sheets: &[&Sheet]) -> Result<Template, String> {
            let mut head = self.head;
            let old = format!("<style {}=", sheets::STYLE_ATTRIBUTE);
            while let Some(start) = head.find(&old) {
                let end = head[start..]
                    .find("</style>")
                    .map(|i| start + i + "</style>".len())
                    .ok_or("index.html has an unclosed <style>")?;
                head.replace_range(start..end, "");
            }
            let css = sheets
                .iter()
                .map(|sheet| sheet.css())
                .collect::<Vec<_>>()
                .join("\n");
            let digest = Sha256::digest(css.as_bytes());
            let directive = format!(
                "style-src 'self' 'sha256-{}'",
                BASE64_STANDARD.encode(digest)
            );
            let start = head
                .find("style-src ")
                .ok_or("index.html has no CSP style-src (scripts/csp.mjs runs first)")?;
            let len = head[start..]
                .find([';', '"'])
                .ok_or("index.html's CSP is not closed")?;
            head.replace_range(start..start + len, &directive);
            let sheets = format!(
                "<style {}=\"{}\">{css}</style>",
                sheets::STYLE_ATTRIBUTE,
                sheets::STYLE_NAME
            );
            Ok(Template {
                head,
                tail: self.tail,
                sheets,
            })
        }

        fn page(&self, route: Route, body: &str) -> String {
            let head = replace_between(
                &self.head,
                "<title>",
                "</title>",
                &escape(&route.document_title()),
            );
            let head = match route.description() {
                Some(text) => replace_between(
                    &head,
                    "<meta name=\"description\" content=\"",
                    "\"",
                    &escape(text),
                ),
                None => head,
            };
            let end = head.rfind("</head>").unwrap_or(head.len());
            format!(
                "{}{}{}<body data-route=\"{}\">{body}{}",
                &head[..end],
                self.sheets,
                &head[end..],
                escape(route.path()),
                self.tail
            )
        }
    }

    /// `html` with the text between the first `open` and the next `close` replaced.
    fn replace_between(html: &str, open: &str, close: &str, with: &str) -> String {
        let Some(start) = html.find(open).map(|i| i + open.len()) else {
            return html.to_owned();
        };
        let Some(len) = html[start..].find(close) else {
            return html.to_owned();
        };
        format!("{}{with}{}", &html[..start], &html[start + len..])
    }

    fn escape(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }
}
