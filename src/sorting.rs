//! One stable sort for every list in the app.
//!
//! The standard library's sort is compiled again for each element type and comparison, about
//! 3 KB of wasm each time. Here only a list of indices is ever sorted by the standard sort, so it
//! is compiled once; each caller adds a few bytes to move its items into that order.

use std::cmp::Ordering;

/// Sorts `items` in place, keeping equal items in their original order, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, &order);
}

/// Sorts `items` in place by a key, keeping equal items in order, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `compare` gives them (stable).
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|a, b| compare(*a, *b));
    order
}

/// Rearranges `items` so that the item at position `k` is the one that was at `order[k]`,
/// by following each cycle of the permutation with swaps.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no extra crate.
    fn pseudo_random(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        let mut seed = 7;
        for len in [0, 1, 2, 3, 5, 8, 13, 40, 200] {
            for _ in 0..20 {
                // (key, original position): equal keys are common, so stability is exercised.
                let items: Vec<(u64, usize)> = (0..len)
                    .map(|i| (pseudo_random(&mut seed) % 5, i))
                    .collect();
                let mut ours = items.clone();
                let mut theirs = items.clone();
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                theirs.sort_by_key(|a| a.0);
                assert_eq!(ours, theirs, "len {len}");
            }
        }
    }

    #[test]
    fn sorts_by_key_and_in_reverse() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "plum"];
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "apple"]);
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["plum", "pear", "kiwi", "fig", "apple"]);
    }

    #[test]
    fn moves_owned_values_without_losing_any() {
        let mut items: Vec<String> = ["c", "a", "d", "b"].iter().map(|s| s.to_string()).collect();
        sort_by(&mut items, |a, b| a.cmp(b));
        assert_eq!(items, ["a", "b", "c", "d"]);
    }
}
