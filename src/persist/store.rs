//! The key-value store the app saves into: localStorage in the browser, memory in tests.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why the store refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is blocked or missing (private mode, disabled cookies, a sandboxed frame).
    Unavailable(String),
    /// The browser's quota for this site is used up.
    Full,
    /// Anything else the browser reported.
    Failed(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unavailable(why) => write!(f, "storage is unavailable: {why}"),
            StoreError::Full => write!(f, "storage is full"),
            StoreError::Failed(why) => write!(f, "storage failed: {why}"),
        }
    }
}

/// The few operations Mend needs from a string key-value store.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;

    /// Whether `get(key)` returns the stored value exactly. A browser's string can hold lone
    /// surrogates, which no Rust `String` can: `get` hands them back as U+FFFD.
    fn is_exact(&self, key: &str) -> Result<bool, StoreError> {
        let _ = key;
        Ok(true)
    }

    /// Copies the value under `from` to `to` exactly as stored, even when `get` could not.
    fn copy(&self, from: &str, to: &str) -> Result<(), StoreError> {
        let value = self.get(from)?.unwrap_or_default();
        self.set(to, &value)
    }
}

/// An in-memory store that can be made to fail like a browser does; for tests and tools.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    /// Total characters (keys and values) allowed, like a browser's quota.
    pub quota: Option<usize>,
    /// Every call fails as blocked storage does.
    pub blocked: bool,
    /// Keys whose value stands for one a browser holds with lone surrogates (see `Store::is_exact`).
    inexact: RefCell<Vec<String>>,
}

impl MemoryStore {
    pub fn with_quota(quota: usize) -> MemoryStore {
        MemoryStore {
            quota: Some(quota),
            ..MemoryStore::default()
        }
    }

    pub fn blocked() -> MemoryStore {
        MemoryStore {
            blocked: true,
            ..MemoryStore::default()
        }
    }

    /// Puts a value in place directly, bypassing the quota, as earlier visits would have.
    pub fn seed(&self, key: &str, value: &str) {
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
    }

    /// Marks the value under `key` as one `get` can't return exactly, as a browser's lone
    /// surrogates; a `copy` of it is exact, and inexact too.
    pub fn mark_inexact(&self, key: &str) {
        self.inexact.borrow_mut().push(key.to_owned());
    }

    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.entries.borrow().clone()
    }

    fn check_access(&self) -> Result<(), StoreError> {
        if self.blocked {
            Err(StoreError::Unavailable("access denied".into()))
        } else {
            Ok(())
        }
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check_access()?;
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check_access()?;
        let mut entries = self.entries.borrow_mut();
        if let Some(quota) = self.quota {
            let others: usize = entries
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(StoreError::Full);
            }
        }
        entries.insert(key.to_owned(), value.to_owned());
        // A value written from Rust is exact.
        self.inexact.borrow_mut().retain(|k| k != key);
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.check_access()?;
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check_access()?;
        Ok(self.entries.borrow().keys().cloned().collect())
    }

    fn is_exact(&self, key: &str) -> Result<bool, StoreError> {
        self.check_access()?;
        Ok(!self.inexact.borrow().iter().any(|k| k == key))
    }

    fn copy(&self, from: &str, to: &str) -> Result<(), StoreError> {
        let value = self.get(from)?.unwrap_or_default();
        let exact = self.is_exact(from)?;
        self.set(to, &value)?;
        let mut inexact = self.inexact.borrow_mut();
        inexact.retain(|k| k != to);
        if !exact {
            inexact.push(to.to_owned());
        }
        Ok(())
    }
}
