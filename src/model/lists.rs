//! The one way a removed item goes back into its list, for every "Undo" after a removal.

/// Puts `item` back at `index`, or at the end when the list has since grown shorter, unless an
/// item with the same id is already there (a second Undo, or another tab's copy). Returns whether
/// it went back.
pub fn put_back<T>(items: &mut Vec<T>, index: usize, item: T, id: impl Fn(&T) -> &str) -> bool {
    if items.iter().any(|held| id(held) == id(&item)) {
        return false;
    }
    items.insert(index.min(items.len()), item);
    true
}

#[cfg(test)]
mod tests {
    use super::put_back;

    fn id<'a>(s: &'a &'static str) -> &'a str {
        s
    }

    #[test]
    fn an_item_goes_back_where_it_was_once() {
        let mut items = vec!["a", "c"];
        assert!(put_back(&mut items, 1, "b", id));
        assert_eq!(items, ["a", "b", "c"]);
        assert!(!put_back(&mut items, 0, "b", id));
        assert!(put_back(&mut items, 9, "d", id));
        assert_eq!(items, ["a", "b", "c", "d"]);
    }
}
