//! How findings cross between the checker's worker and the page: four numbers per finding (the
//! rule's place in [`RULES`], the start and end of its byte range, its extent). Pure, so the
//! page can read an answer without linking the checker itself, and so both ends are tested here.

use super::{Extent, Finding, Scope, RULES};
use crate::model::Part;

/// Numbers per finding on the wire.
const WIDTH: usize = 4;

/// The findings as numbers, for the worker's answer.
pub fn encode(findings: &[Finding]) -> Vec<u32> {
    findings
        .iter()
        .flat_map(|f| {
            let rule = RULES
                .iter()
                .position(|r| std::ptr::eq(r, f.rule))
                .unwrap_or(usize::MAX);
            [rule, f.range.start, f.range.end, extent_code(f.extent)].map(as_u32)
        })
        .collect()
}

/// The findings an answer describes in `text`, or `None` when the answer does not fit it (an
/// unknown rule or extent, a range outside the text or inside a character): the page then shows
/// no notes rather than wrong ones.
pub fn decode(numbers: &[u32], text: &str) -> Option<Vec<Finding>> {
    if !numbers.len().is_multiple_of(WIDTH) {
        return None;
    }
    numbers
        .chunks_exact(WIDTH)
        .map(|n| {
            let rule = RULES.get(n[0] as usize)?;
            let range = n[1] as usize..n[2] as usize;
            text.get(range.clone())?;
            let extent = extent_from(n[3])?;
            Some(Finding {
                rule,
                range,
                extent,
            })
        })
        .collect()
}

/// A scope by its stable id, as the page names it in a request.
pub fn scope_from_id(id: &str) -> Option<Scope> {
    if id == Scope::Whole.id() {
        return Some(Scope::Whole);
    }
    Part::ALL
        .into_iter()
        .find(|part| part.id() == id)
        .map(Scope::Part)
}

fn extent_code(extent: Extent) -> usize {
    match extent {
        Extent::Phrase => 0,
        Extent::Sentence => 1,
        Extent::Whole => 2,
    }
}

fn extent_from(code: u32) -> Option<Extent> {
    match code {
        0 => Some(Extent::Phrase),
        1 => Some(Extent::Sentence),
        2 => Some(Extent::Whole),
        _ => None,
    }
}

/// Texts and rule counts are far below 4 GiB; saturate rather than wrap if one ever is not.
fn as_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::check_all_in;

    #[test]
    fn every_scope_and_finding_comes_back_as_it_went() {
        let text = "I’m sorry if you were upset, but you made me do it. I guess I was tired. \
                    I’m sorry we had a fight. It won’t happen again.";
        for scope in Part::ALL.into_iter().map(Scope::Part).chain([Scope::Whole]) {
            assert_eq!(scope_from_id(scope.id()), Some(scope));
            let found = check_all_in(scope, text);
            assert!(!found.is_empty(), "{scope:?} finds something here");
            assert_eq!(decode(&encode(&found), text), Some(found));
        }
        assert_eq!(scope_from_id("elsewhere"), None);
    }

    #[test]
    fn an_answer_that_does_not_fit_the_text_is_refused() {
        let text = "I’m sorry if you were upset.";
        let found = check_all_in(Scope::Whole, text);
        let good = encode(&found);
        assert!(decode(&good, text).is_some());
        // Another, shorter text: the range falls outside it.
        assert_eq!(decode(&good, "ok"), None);
        // A range ending inside the curly apostrophe (bytes 1..4).
        assert_eq!(decode(&[0, 0, 2, 0], text), None);
        assert_eq!(decode(&[RULES.len() as u32, 0, 1, 0], text), None);
        assert_eq!(decode(&[0, 0, 1, 9], text), None);
        assert_eq!(decode(&good[..3], text), None);
        assert_eq!(decode(&[], text), Some(Vec::new()));
    }
}
