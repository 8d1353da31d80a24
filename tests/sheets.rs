//! The component sheets (stylist) that the build writes into every page and hashes into the
//! CSP: every one is listed, has a class of its own that scopes all its rules, the same text
//! every time, and uses the design tokens. (Native only: the build writes the sheets natively.)
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use mend::app::sheets;

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// A sheet missing from the list would never reach a page: the build writes only the listed
/// ones, so the component would lose its look.
#[test]
fn every_sheet_in_the_source_is_in_the_apps_list() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut written = Vec::new();
    for file in &files {
        let code = fs::read_to_string(file).unwrap();
        for _ in code.matches("= sheet!(") {
            written.push(file.display().to_string());
        }
    }
    assert_eq!(
        written.len(),
        sheets::ALL.len(),
        "each sheet! must be named once in src/app/sheets.rs ALL; found in {written:?}"
    );
}

/// A component's markup writes its sheet's class as a plain literal (`class="qr stylist-qr"`,
/// static in Yew, no class list built at run time): every sheet's class must be in some markup.
#[test]
fn every_sheets_class_is_written_in_markup() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut in_markup = Vec::new();
    for file in &files {
        let code = fs::read_to_string(file).unwrap();
        for attribute in code.split("class=\"").skip(1) {
            let value = attribute.split('"').next().unwrap_or_default();
            in_markup.extend(value.split_whitespace().map(str::to_owned));
        }
    }
    for sheet in sheets::ALL {
        assert!(
            in_markup.iter().any(|class| class == sheet.class),
            "{} is in no element's class=\"…\": its rules would apply nowhere",
            sheet.class
        );
    }
}

/// The browser carries only the classes, so two sheets under one class would mix their rules.
#[test]
fn every_sheet_has_a_class_of_its_own_and_stylist_scopes_it_there() {
    let mut classes: Vec<&str> = sheets::ALL.iter().map(|sheet| sheet.class).collect();
    classes.sort_unstable();
    classes.dedup();
    assert_eq!(classes.len(), sheets::ALL.len(), "classes are unique");
    for sheet in sheets::ALL {
        let class = sheet.class;
        assert!(class.starts_with("stylist-"), "{class}: named as stylist's");
        let css = sheet.css();
        assert!(
            css.starts_with(&format!(".{class}")),
            "scoped to its class: {css}"
        );
        for line in css
            .lines()
            .map(str::trim)
            .filter(|l| l.ends_with('{') && !l.starts_with('@'))
        {
            let selectors = line.trim_end_matches('{');
            for selector in selectors.split(',') {
                assert!(
                    selector.contains(&format!(".{class}")),
                    "{class}: every selector is scoped, not {selector}"
                );
            }
        }
        // A sheet that sets a size or a colour takes it from the tokens; one that only shows
        // or hides (the undo line) has no value to take.
        assert!(
            css.contains("var(--") || !css.chars().any(|c| c.is_ascii_digit()),
            "uses the design tokens: {css}"
        );
        for literal in ["#", "rgb(", "hsl(", "oklch("] {
            assert!(
                !css.contains(literal),
                "colours come from tokens.css, not {literal}…: {css}"
            );
        }
        assert_eq!(css, sheet.css(), "the same text every time");
    }
}
