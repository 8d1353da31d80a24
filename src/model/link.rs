//! A private link: an apology (or a reply to one) carried whole in the address's `#` fragment.
//!
//! Browsers never send a fragment to the server, so the host never sees the words. This module
//! is the pure half: the message, the frame around its bytes (version, flags, length, checksum)
//! and the base64url text. Compressing and locking are byte-to-byte steps done by the browser
//! (`CompressionStream`, WebCrypto) between `LinkMessage::to_bytes` and `Frame::to_fragment`.
//!
//! A fragment reads `m1.` then base64url (no padding) of:
//! `flags (1) · body length (4, big-endian) · [salt (16) · iv (12) when locked] · body · CRC-32 (4)`.
//! The checksum covers everything before it, so a link that was cut off or altered is caught
//! before any of it is read, and is never shown as some other text.

use serde::{Deserialize, Serialize};

use super::apology::Millis;

/// The link format this build writes and reads.
pub const LINK_VERSION: u32 = 1;
/// Messaging apps and mail clients carry links up to about this length safely; past it, Mend
/// suggests sharing the words as text.
pub const SAFE_LINK_CHARS: usize = 2_000;
/// The longest fragment Mend makes or reads: far more than any apology needs, far less than a
/// browser's address limit, so a hostile link can't make the page work through megabytes.
pub const MAX_FRAGMENT_CHARS: usize = 60_000;
/// Salt and nonce sizes for a link locked with a passphrase (PBKDF2-SHA-256, AES-GCM).
pub const SALT_LEN: usize = 16;
pub const IV_LEN: usize = 12;

const PREFIX: &str = "m";
const FLAG_COMPRESSED: u8 = 0b01;
const FLAG_LOCKED: u8 = 0b10;
const KNOWN_FLAGS: u8 = FLAG_COMPRESSED | FLAG_LOCKED;
const HEADER_LEN: usize = 1 + 4;
const CHECKSUM_LEN: usize = 4;

/// What a link carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    Apology,
    Reply,
}

/// The words a link carries, and the little it needs to say who they are from and for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkMessage {
    pub kind: LinkKind,
    pub text: String,
    /// The first name of the person it is for, if the sender gave one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub to: String,
    /// The name the sender chose to sign with, if any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
    /// The apology's id on the apologizer's device: a reply carries it back, so it finds its way
    /// to the apology it answers. An opaque token; it says nothing about the words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub thread: String,
    pub sent_at: Millis,
}

impl LinkMessage {
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_string(self).unwrap_or_default().into_bytes()
    }

    /// The message in `bytes`, which passed the frame's checks; anything else is `Altered`.
    pub fn from_bytes(bytes: &[u8]) -> Result<LinkMessage, LinkError> {
        // Through `from_str`, as the stored document is read: one JSON reader in the wasm, not two.
        let text = std::str::from_utf8(bytes).map_err(|_| LinkError::Altered)?;
        let message: LinkMessage = serde_json::from_str(text).map_err(|_| LinkError::Altered)?;
        if message.text.trim().is_empty() {
            return Err(LinkError::Altered);
        }
        Ok(message)
    }
}

/// A locked link's key material, stored in the clear beside the body (neither is secret).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lock {
    pub salt: [u8; SALT_LEN],
    pub iv: [u8; IV_LEN],
}

/// The bytes of a link, with how they were made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The body is `deflate-raw` of the message's bytes (before locking, if locked).
    pub compressed: bool,
    pub lock: Option<Lock>,
    pub body: Vec<u8>,
}

/// Why a fragment could not be read. Each says exactly what happened to the link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// No fragment at all, or not one Mend makes.
    NotALink,
    /// Shorter than it says it is: part of the address was lost when it was copied or sent.
    CutOff,
    /// The right length, but its contents don't match their checksum.
    Altered,
    /// Made by a newer version of Mend than this one.
    Newer { version: u32 },
    /// Longer than any link Mend makes.
    TooLong,
}

impl Frame {
    /// The fragment's text, without the leading `#`.
    pub fn to_fragment(&self) -> String {
        let lock_len = if self.lock.is_some() {
            SALT_LEN + IV_LEN
        } else {
            0
        };
        let mut bytes = Vec::with_capacity(HEADER_LEN + lock_len + self.body.len() + CHECKSUM_LEN);
        let mut flags = 0;
        if self.compressed {
            flags |= FLAG_COMPRESSED;
        }
        if self.lock.is_some() {
            flags |= FLAG_LOCKED;
        }
        bytes.push(flags);
        bytes.extend_from_slice(&(self.body.len() as u32).to_be_bytes());
        if let Some(lock) = &self.lock {
            bytes.extend_from_slice(&lock.salt);
            bytes.extend_from_slice(&lock.iv);
        }
        bytes.extend_from_slice(&self.body);
        bytes.extend_from_slice(&crc32(&bytes).to_be_bytes());
        format!("{PREFIX}{LINK_VERSION}.{}", base64url_encode(&bytes))
    }

    /// Reads a fragment (with or without its `#`), checking version, length and checksum.
    pub fn from_fragment(fragment: &str) -> Result<Frame, LinkError> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
        if fragment.len() > MAX_FRAGMENT_CHARS {
            return Err(LinkError::TooLong);
        }
        let rest = fragment.strip_prefix(PREFIX).ok_or(LinkError::NotALink)?;
        let (version, data) = rest.split_once('.').ok_or(LinkError::NotALink)?;
        if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
            return Err(LinkError::NotALink);
        }
        let version: u32 = version.parse().map_err(|_| LinkError::NotALink)?;
        if version > LINK_VERSION {
            return Err(LinkError::Newer { version });
        }
        if version != LINK_VERSION {
            return Err(LinkError::NotALink);
        }
        let Lenient {
            bytes,
            dangling,
            canonical,
        } = decode_leniently(data)?;
        if dangling || bytes.len() < HEADER_LEN {
            return Err(LinkError::CutOff);
        }
        let flags = bytes[0];
        let body_len = u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]) as usize;
        let locked = flags & FLAG_LOCKED != 0;
        let lock_len = if locked { SALT_LEN + IV_LEN } else { 0 };
        let expected = HEADER_LEN
            .saturating_add(lock_len)
            .saturating_add(body_len)
            .saturating_add(CHECKSUM_LEN);
        // A length past what any link could hold is an altered header, not a cut-off link.
        if body_len > MAX_FRAGMENT_CHARS {
            return Err(LinkError::Altered);
        }
        if bytes.len() < expected {
            return Err(LinkError::CutOff);
        }
        if bytes.len() > expected || !canonical {
            return Err(LinkError::Altered);
        }
        let (content, checksum) = bytes.split_at(expected - CHECKSUM_LEN);
        if crc32(content).to_be_bytes() != checksum {
            return Err(LinkError::Altered);
        }
        if flags & !KNOWN_FLAGS != 0 {
            return Err(LinkError::Altered);
        }
        let mut at = HEADER_LEN;
        let lock = locked.then(|| {
            let mut salt = [0; SALT_LEN];
            let mut iv = [0; IV_LEN];
            salt.copy_from_slice(&content[at..at + SALT_LEN]);
            iv.copy_from_slice(&content[at + SALT_LEN..at + SALT_LEN + IV_LEN]);
            at += SALT_LEN + IV_LEN;
            Lock { salt, iv }
        });
        Ok(Frame {
            compressed: flags & FLAG_COMPRESSED != 0,
            lock,
            body: content[at..].to_vec(),
        })
    }
}

/// The link's fragment from a full address, or from what someone pasted (the address or just
/// the part after `#`).
pub fn fragment_of(address: &str) -> &str {
    match address.split_once('#') {
        Some((_, fragment)) => fragment,
        None => address,
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5): safe in an address as it is.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        let digits = chunk.len() + 1;
        for i in 0..digits {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// The bytes of base64url text. A character outside the alphabet is an alteration; a dangling
/// single character can only come from a cut; spare bits that are not zero mean a changed last
/// character (only one spelling of each byte string is accepted).
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, LinkError> {
    let decoded = decode_leniently(text)?;
    if decoded.dangling {
        Err(LinkError::CutOff)
    } else if !decoded.canonical {
        Err(LinkError::Altered)
    } else {
        Ok(decoded.bytes)
    }
}

struct Lenient {
    bytes: Vec<u8>,
    /// One character left over: the text was cut.
    dangling: bool,
    /// The spare bits of the last character are zero, as an encoder writes them.
    canonical: bool,
}

/// Decodes without judging the end, so a frame can tell a cut (too few bytes) from an
/// alteration before it looks at the spare bits.
fn decode_leniently(text: &str) -> Result<Lenient, LinkError> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for byte in text.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return Err(LinkError::Altered),
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Ok(Lenient {
        bytes,
        dangling: bits == 6,
        canonical: buffer == 0,
    })
}

/// CRC-32 (IEEE 802.3, as zip and PNG use), bit by bit: links are small, so no table is needed.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (!(crc & 1)).wrapping_add(1));
        }
    }
    !crc
}
