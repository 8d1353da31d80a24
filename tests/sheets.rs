//! The component sheets (stylist) that the build hashes into the CSP: every one is registered,
//! in a fixed order, with the same class and text every time, and uses the design tokens.

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

/// A sheet missing from the list would get a class at run time that the build never hashed:
/// the CSP would refuse it and the component would lose its look.
#[test]
fn every_css_sheet_in_the_source_is_in_the_apps_list() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut written = Vec::new();
    for file in &files {
        let code = fs::read_to_string(file).unwrap();
        for _ in code.matches("css!(") {
            written.push(file.display().to_string());
        }
    }
    assert_eq!(
        written.len(),
        sheets::ALL.len(),
        "each css! sheet must be named once in src/app/sheets.rs ALL; found in {written:?}"
    );
}

/// One test, so one thread: stylist's class counter is shared by the whole process.
#[test]
fn sheets_get_numbered_classes_in_list_order_and_the_same_text_every_time() {
    let first = sheets::register();
    assert_eq!(first.len(), sheets::ALL.len(), "every sheet registers");
    for (n, style) in first.iter().enumerate() {
        let class = format!("stylist-style-{n}");
        assert_eq!(style.get_class_name(), class);
        let css = style.get_style_str();
        assert!(
            css.starts_with(&format!(".{class}")),
            "scoped to its class: {css}"
        );
        assert!(css.contains("var(--"), "uses the design tokens: {css}");
        for literal in ["#", "rgb(", "hsl(", "oklch("] {
            assert!(
                !css.contains(literal),
                "colours come from tokens.css, not {literal}…: {css}"
            );
        }
    }
    let again = sheets::register();
    let texts = |styles: &[stylist::Style]| -> Vec<(String, String)> {
        styles
            .iter()
            .map(|s| (s.get_class_name().to_owned(), s.get_style_str().to_owned()))
            .collect()
    };
    assert_eq!(
        texts(&first),
        texts(&again),
        "registering again changes nothing"
    );
}
