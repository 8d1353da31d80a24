//! Small sorted collections keyed by text, for the few maps and sets in the stored document.
//!
//! They read and write the same JSON as `BTreeMap<String, V>` (an object, keys in order) and
//! `BTreeSet<String>` (an array, in order), so stored documents are unchanged; but a sorted `Vec`
//! is a fraction of a B-tree's code in the download, and these hold a handful of entries each.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A map from text keys to values, kept in key order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextMap<V>(Vec<(String, V)>);

impl<V> Default for TextMap<V> {
    fn default() -> Self {
        TextMap(Vec::new())
    }
}

impl<V> TextMap<V> {
    fn position(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.position(key).ok().map(|at| &self.0[at].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_ok()
    }

    /// Sets `key` to `value`, returning the value it replaced.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.position(&key) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, value)),
            Err(at) => {
                self.0.insert(at, (key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.position(key).ok().map(|at| self.0.remove(at).1)
    }

    /// The value under `key`, put there by `make` first if there was none.
    pub fn get_or_insert_with(&mut self, key: String, make: impl FnOnce() -> V) -> &mut V {
        let at = match self.position(&key) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (key, make()));
                at
            }
        };
        &mut self.0[at].1
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
}

impl<V> IntoIterator for TextMap<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<V> FromIterator<(String, V)> for TextMap<V> {
    /// A later entry for the same key replaces an earlier one, as in JSON objects.
    fn from_iter<I: IntoIterator<Item = (String, V)>>(entries: I) -> Self {
        let mut map = TextMap::default();
        for (key, value) in entries {
            map.insert(key, value);
        }
        map
    }
}

impl<V: Serialize> Serialize for TextMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for TextMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<V>(PhantomData<V>);

        impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
            type Value = TextMap<V>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<TextMap<V>, A::Error> {
                let mut map = TextMap::default();
                while let Some((key, value)) = access.next_entry::<String, V>()? {
                    map.insert(key, value);
                }
                Ok(map)
            }
        }

        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

/// A set of text, kept in order without repeats; stored as a JSON array.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextSet(Vec<String>);

impl TextSet {
    fn position(&self, item: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|held| held.as_str().cmp(item))
    }

    pub fn contains(&self, item: &str) -> bool {
        self.position(item).is_ok()
    }

    /// Adds `item`; false if it was already there.
    pub fn insert(&mut self, item: String) -> bool {
        match self.position(&item) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, item);
                true
            }
        }
    }

    /// Takes `item` out; false if it was not there.
    pub fn remove(&mut self, item: &str) -> bool {
        match self.position(item) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }
}

impl Extend<String> for TextSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, items: I) {
        for item in items {
            self.insert(item);
        }
    }
}

impl FromIterator<String> for TextSet {
    fn from_iter<I: IntoIterator<Item = String>>(items: I) -> Self {
        let mut set = TextSet::default();
        set.extend(items);
        set
    }
}

impl IntoIterator for TextSet {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Serialize for TextSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for TextSet {
    /// Any order and repeats are accepted, as a B-tree set accepted them.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<String>::deserialize(deserializer).map(TextSet::from_iter)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    #[test]
    fn a_map_keeps_keys_in_order_and_replaces_on_insert() {
        let mut map = TextMap::default();
        assert_eq!(map.insert("b".into(), 2), None);
        assert_eq!(map.insert("a".into(), 1), None);
        assert_eq!(map.insert("c".into(), 3), None);
        assert_eq!(map.insert("b".into(), 20), Some(2));
        assert_eq!(
            map.iter().collect::<Vec<_>>(),
            [("a", &1), ("b", &20), ("c", &3)]
        );
        assert_eq!(map.get("b"), Some(&20));
        assert_eq!(map.get("z"), None);
        assert_eq!(map.remove("a"), Some(1));
        assert_eq!(map.remove("a"), None);
        *map.get_or_insert_with("d".into(), || 0) += 4;
        *map.get_or_insert_with("c".into(), || 0) += 4;
        assert_eq!(map.values().copied().collect::<Vec<_>>(), [20, 7, 4]);
        assert_eq!(map.len(), 3);
        assert!(map.contains_key("d") && !map.contains_key("a"));
    }

    #[test]
    fn a_map_reads_and_writes_the_json_of_a_btree_map() {
        let json = r#"{"z":"last","a":"first","m":"middle"}"#;
        let ours: TextMap<String> = serde_json::from_str(json).unwrap();
        let btree: BTreeMap<String, String> = serde_json::from_str(json).unwrap();
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            serde_json::to_string(&btree).unwrap()
        );
        // A repeated key keeps its last value, as a B-tree map read does.
        let repeated: TextMap<u8> = serde_json::from_str(r#"{"k":1,"k":2}"#).unwrap();
        assert_eq!(repeated.get("k"), Some(&2));
        assert_eq!(repeated.len(), 1);
        assert!(serde_json::from_str::<TextMap<u8>>(r#"["k"]"#).is_err());
        assert!(serde_json::from_str::<TextMap<u8>>(r#"{"k":"text"}"#).is_err());
    }

    #[test]
    fn a_set_keeps_one_of_each_in_order() {
        let mut set = TextSet::default();
        assert!(set.insert("b".into()));
        assert!(set.insert("a".into()));
        assert!(!set.insert("b".into()));
        assert!(set.contains("a") && !set.contains("c"));
        assert!(set.remove("a"));
        assert!(!set.remove("a"));
        set.extend(["c".to_owned(), "a".to_owned(), "c".to_owned()]);
        assert_eq!(set.iter().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(set.len(), 3);
    }

    #[test]
    fn a_set_reads_and_writes_the_json_of_a_btree_set() {
        let json = r#"["z","a","z","m"]"#;
        let ours: TextSet = serde_json::from_str(json).unwrap();
        let btree: BTreeSet<String> = serde_json::from_str(json).unwrap();
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            serde_json::to_string(&btree).unwrap()
        );
        assert!(serde_json::from_str::<TextSet>(r#"{"a":1}"#).is_err());
    }
}
