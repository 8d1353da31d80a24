//! A component's own rules, written beside it as a stylist sheet (`sheet!`, below). The shared
//! design tokens, the base element styles and the print sheet stay plain CSS in styles/; a sheet
//! uses them through `var(--…)` and interpolates nothing, so its text is fixed at build time.
//!
//! stylist runs in the build only. Its macro parses the rules when the app is compiled; the
//! prerender step (src/bin/prerender.rs, natively) has stylist scope and print each sheet under
//! its class, puts them all in one `<style>` in every page's `<head>` and its sha256 in the CSP.
//! The browser needs nothing of that but the class, a fixed string: so the wasm carries neither
//! the parsed rules nor stylist's printer, registry or DOM code (src/app/sheets.rs lists every
//! sheet).

/// A component's sheet: the class that scopes it and, in the build, its rules.
pub struct Sheet {
    /// The class the component's root element carries, written beside its own in the markup
    /// (`class="qr stylist-qr"`: a literal costs Yew nothing at run time; tests/sheets.rs checks
    /// it is there). The sheet's selectors are scoped under it (`.qr__code` is written
    /// `.stylist-qr .qr__code`; `&` is the root itself).
    pub class: &'static str,
    /// The rules as stylist parsed them when the app was compiled (not in the browser's build).
    #[cfg(not(target_arch = "wasm32"))]
    pub rules: fn() -> stylist::ast::Sheet,
}

#[cfg(not(target_arch = "wasm32"))]
impl Sheet {
    /// The sheet's CSS, scoped under its class by stylist: the text of its `<style>`.
    pub fn css(&self) -> String {
        use stylist::ast::ToStyleStr;
        (self.rules)().to_style_str(Some(self.class))
    }
}

/// A component's [`Sheet`]: `sheet!("stylist-name", r#"…rules…"#)`. The class must be unique
/// (tests/sheets.rs checks) and the sheet listed in src/app/sheets.rs.
#[macro_export]
macro_rules! sheet {
    ($class:literal, $rules:tt) => {
        $crate::components::sheet::Sheet {
            class: $class,
            #[cfg(not(target_arch = "wasm32"))]
            rules: || ::stylist::ast::sheet!($rules),
        }
    };
}
