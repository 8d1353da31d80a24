//! The code's dependencies point one way: each top-level module of `src/` uses only the layers
//! below it, and no two modules inside one (`pages::forward` and `pages::receive`, say) use each
//! other, however indirectly. Read from the `crate::…` and `super::…` paths in `src/**/*.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Bottom to top. A module may use the ones listed before it, never one after it.
const LAYERS: &[&str] = &[
    "sorting",
    "model",
    "content",
    "checker",
    "persist",
    "route",
    "state",
    "browser",
    "checking",
    "sealing",
    "storage",
    "pwa",
    "context",
    "hooks",
    "components",
    "pages",
    "app",
];

/// Only the root's saving (`context`) reads and writes storage: pages and components ask it.
const STORAGE_USERS: &[&str] = &["context"];

/// A module: its path below the crate, as far as two names (`pages::forward`).
type Node = String;

#[test]
fn each_module_uses_only_the_layers_below_it() {
    let graph = graph();
    let rank = |node: &str| {
        let top = node.split("::").next().unwrap_or(node);
        LAYERS
            .iter()
            .position(|l| *l == top)
            .unwrap_or_else(|| panic!("src/{top} is in no layer: add it to LAYERS"))
    };
    let mut wrong = Vec::new();
    for (from, tos) in &graph {
        for to in tos {
            if top(from) != top(to) && rank(to) > rank(from) {
                wrong.push(format!("{from} uses {to}, a layer above it"));
            }
            if top(to) == "storage" && !STORAGE_USERS.contains(&top(from)) {
                wrong.push(format!("{from} uses storage directly"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_modules_use_each_other_in_a_loop() {
    let graph = graph();
    let cycles = cycles(&graph);
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_checks_see_a_loop_and_a_wrong_way_use() {
    // The rules above would pass on a graph they cannot read: prove they can fail.
    let mut graph: BTreeMap<Node, BTreeSet<Node>> = BTreeMap::new();
    graph
        .entry("pages::a".into())
        .or_default()
        .insert("pages::b".into());
    graph
        .entry("pages::b".into())
        .or_default()
        .insert("pages::a".into());
    assert_eq!(cycles(&graph).len(), 1);
    let real = self::graph();
    assert!(real.get("app").is_some_and(|tos| tos.contains("pages")));
    assert!(real.keys().any(|n| n.starts_with("pages::")));
}

fn top(node: &str) -> &str {
    node.split("::").next().unwrap_or(node)
}

/// Every module and the other modules it names.
fn graph() -> BTreeMap<Node, BTreeSet<Node>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect(&src, &mut files);
    let mut graph: BTreeMap<Node, BTreeSet<Node>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap().with_extension("");
        let mut names: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if names.last().is_some_and(|n| n == "mod") {
            names.pop();
        }
        if matches!(names.as_slice(), [n] if n == "lib" || n == "main") {
            continue;
        }
        let from = node(&src, &names);
        let text = fs::read_to_string(&file).unwrap();
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let entry = graph.entry(from.clone()).or_default();
        for path in paths(&code) {
            let absolute = match path.first().map(String::as_str) {
                Some("crate") => path[1..].to_vec(),
                Some("super") => {
                    let mut base = names.clone();
                    let mut rest = &path[..];
                    while rest.first().is_some_and(|s| s == "super") {
                        base.pop();
                        rest = &rest[1..];
                    }
                    base.extend(rest.iter().cloned());
                    base
                }
                _ => continue,
            };
            if absolute.is_empty()
                || !src.join(&absolute[0]).exists() && !is_file_module(&src, &absolute[0])
            {
                continue;
            }
            let to = node(&src, &absolute);
            if to != from
                && !from.starts_with(&format!("{to}::"))
                && !to.starts_with(&format!("{from}::"))
            {
                entry.insert(to);
            }
        }
    }
    graph
}

fn is_file_module(src: &Path, name: &str) -> bool {
    src.join(format!("{name}.rs")).exists()
}

/// The node a module path belongs to: its first name, and its second when that is a module of its own.
fn node(src: &Path, names: &[String]) -> Node {
    match names {
        [] => String::new(),
        [top] => top.clone(),
        [top, second, ..] => {
            let dir = src.join(top);
            if dir.join(format!("{second}.rs")).exists() || dir.join(second).join("mod.rs").exists()
            {
                format!("{top}::{second}")
            } else {
                top.clone()
            }
        }
    }
}

fn collect(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// Every path starting with `crate` or `super`, with `use` groups (`crate::{a, b::c}`) spread out.
/// Only the first three names matter here.
fn paths(code: &str) -> Vec<Vec<String>> {
    let bytes: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0
            || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_' || bytes[i - 1] == ':');
        if starts_word {
            for head in ["crate::", "super::"] {
                let candidate: String = bytes[i..bytes.len().min(i + head.len())].iter().collect();
                if candidate == head {
                    let mut prefix = vec![head.trim_end_matches(':').to_owned()];
                    let mut j = i + head.len();
                    tree(&bytes, &mut j, &mut prefix, &mut out);
                }
            }
        }
        i += 1;
    }
    out
}

/// Reads one use tree at `*at`, after `prefix::`.
fn tree(chars: &[char], at: &mut usize, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    skip_space(chars, at);
    if chars.get(*at) == Some(&'{') {
        *at += 1;
        loop {
            skip_space(chars, at);
            match chars.get(*at) {
                None => return,
                Some('}') => {
                    *at += 1;
                    return;
                }
                Some(',') => *at += 1,
                _ => {
                    let mut inner = prefix.clone();
                    let before = *at;
                    tree(chars, at, &mut inner, out);
                    if *at == before {
                        *at += 1;
                    }
                }
            }
        }
    }
    let start = *at;
    while chars
        .get(*at)
        .is_some_and(|c| c.is_alphanumeric() || *c == '_')
    {
        *at += 1;
    }
    if *at == start {
        out.push(prefix.clone());
        return;
    }
    prefix.push(chars[start..*at].iter().collect());
    if chars.get(*at) == Some(&':') && chars.get(*at + 1) == Some(&':') {
        *at += 2;
        tree(chars, at, prefix, out);
    } else {
        out.push(prefix.clone());
    }
}

fn skip_space(chars: &[char], at: &mut usize) {
    while chars.get(*at).is_some_and(|c| c.is_whitespace()) {
        *at += 1;
    }
}

/// Each loop in the graph, once, as "a -> b -> a".
fn cycles(graph: &BTreeMap<Node, BTreeSet<Node>>) -> Vec<String> {
    let mut found = BTreeSet::new();
    for start in graph.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in graph.get(&at).into_iter().flatten() {
                if next == start {
                    let mut lap = trail.clone();
                    // One name per loop, however it is entered: start from its smallest module.
                    let low = lap
                        .iter()
                        .enumerate()
                        .min_by_key(|(_, n)| *n)
                        .map(|(i, _)| i)
                        .unwrap();
                    lap.rotate_left(low);
                    let first = lap[0].clone();
                    lap.push(first);
                    found.insert(lap.join(" -> "));
                } else if seen.insert(next.clone()) {
                    let mut trail = trail.clone();
                    trail.push(next.clone());
                    stack.push((next.clone(), trail));
                }
            }
        }
    }
    found.into_iter().collect()
}
