//! The browser half of a private link: compressing with `CompressionStream` and locking with
//! WebCrypto, around the pure frame in `model::link`.
//!
//! The platform's compressor costs the download nothing, where a deflate crate inside the wasm
//! would cost both directions' code; where it is missing, links are made uncompressed (the
//! frame says which) and still open everywhere that can decompress.

use js_sys::{Array, Object, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::model::link::{Lock, IV_LEN, MAX_FRAGMENT_CHARS, SALT_LEN};
use crate::model::{Frame, LinkError, LinkMessage};

/// PBKDF2-SHA-256 rounds for a passphrase: slow enough to make guessing costly, quick enough
/// (well under a second) on a phone.
const PBKDF2_ITERATIONS: u32 = 250_000;
const FORMAT: &str = "deflate-raw";

#[wasm_bindgen]
extern "C" {
    /// `CompressionStream` / `DecompressionStream`, declared here because web-sys marks them
    /// unstable; both are a readable/writable pair that `pipeThrough` takes.
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compressor;
    #[wasm_bindgen(constructor, catch, js_class = "CompressionStream")]
    fn new(format: &str) -> Result<Compressor, JsValue>;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompressor;
    #[wasm_bindgen(constructor, catch, js_class = "DecompressionStream")]
    fn new(format: &str) -> Result<Decompressor, JsValue>;
}

/// Why a link could not be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealError {
    /// Longer than any link Mend makes: share the words as text instead.
    TooLong,
    /// This browser can't lock a link (no WebCrypto, e.g. outside HTTPS).
    CannotLock,
    Failed,
}

/// Why a link could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    Damaged(LinkError),
    /// Locked: ask for the passphrase.
    NeedsPassphrase,
    WrongPassphrase,
    /// This browser can't decompress or unlock it.
    Unsupported,
}

/// The fragment (without `#`) that carries `message`, locked when a passphrase is given.
pub async fn seal(message: &LinkMessage, passphrase: Option<&str>) -> Result<String, SealError> {
    let plain = message.to_bytes();
    let (compressed, bytes) = match transform(&plain, true).await {
        Some(smaller) if smaller.len() < plain.len() => (true, smaller),
        _ => (false, plain),
    };
    let (lock, body) = match passphrase {
        Some(passphrase) => {
            let lock = new_lock().ok_or(SealError::CannotLock)?;
            let body = crypt(true, passphrase, &lock, &bytes)
                .await
                .ok_or(SealError::CannotLock)?;
            (Some(lock), body)
        }
        None => (None, bytes),
    };
    let fragment = Frame {
        compressed,
        lock,
        body,
    }
    .to_fragment();
    if fragment.len() > MAX_FRAGMENT_CHARS {
        return Err(SealError::TooLong);
    }
    Ok(fragment)
}

/// The message in a frame that passed its checks.
pub async fn unseal(frame: &Frame, passphrase: Option<&str>) -> Result<LinkMessage, OpenError> {
    let bytes = match (&frame.lock, passphrase) {
        (Some(_), None) => return Err(OpenError::NeedsPassphrase),
        (Some(lock), Some(passphrase)) => crypt(false, passphrase, lock, &frame.body)
            .await
            .ok_or(OpenError::WrongPassphrase)?,
        (None, _) => frame.body.clone(),
    };
    let bytes = if frame.compressed {
        if !can_decompress() {
            return Err(OpenError::Unsupported);
        }
        // The checksum passed, so a stream that won't inflate was made wrongly: damaged.
        transform(&bytes, false)
            .await
            .ok_or(OpenError::Damaged(LinkError::Altered))?
    } else {
        bytes
    };
    LinkMessage::from_bytes(&bytes).map_err(OpenError::Damaged)
}

fn can_decompress() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &"DecompressionStream".into()).unwrap_or(false)
}

/// Runs `bytes` through a (de)compression stream; `None` when the browser has none or the
/// data is not a valid stream.
async fn transform(bytes: &[u8], compress: bool) -> Option<Vec<u8>> {
    let pair: JsValue = if compress {
        Compressor::new(FORMAT).ok()?.into()
    } else {
        Decompressor::new(FORMAT).ok()?.into()
    };
    let parts = Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let stream = blob
        .stream()
        .pipe_through(pair.unchecked_ref::<web_sys::ReadableWritablePair>());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream)).ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

fn crypto() -> Option<web_sys::Crypto> {
    js_sys::Reflect::get(&js_sys::global(), &"crypto".into())
        .ok()?
        .dyn_into()
        .ok()
}

fn new_lock() -> Option<Lock> {
    let crypto = crypto()?;
    let mut salt = [0; SALT_LEN];
    let mut iv = [0; IV_LEN];
    crypto.get_random_values_with_u8_array(&mut salt).ok()?;
    crypto.get_random_values_with_u8_array(&mut iv).ok()?;
    Some(Lock { salt, iv })
}

async fn call(promise: Result<Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// AES-GCM with a key from PBKDF2 over the passphrase. GCM's tag makes a wrong passphrase
/// fail (`None`) instead of producing other bytes.
async fn crypt(encrypt: bool, passphrase: &str, lock: &Lock, data: &[u8]) -> Option<Vec<u8>> {
    let subtle = crypto()?.subtle();
    let usages = |names: &[&str]| -> JsValue {
        names
            .iter()
            .map(|n| JsValue::from_str(n))
            .collect::<Array>()
            .into()
    };
    let secret: Object = Uint8Array::from(passphrase.as_bytes()).into();
    let material: web_sys::CryptoKey =
        call(subtle.import_key_with_str("raw", &secret, "PBKDF2", false, &usages(&["deriveKey"])))
            .await?
            .dyn_into()
            .ok()?;
    let salt: Object = Uint8Array::from(&lock.salt[..]).into();
    let derive = web_sys::Pbkdf2Params::new("PBKDF2", &"SHA-256".into(), PBKDF2_ITERATIONS, &salt);
    let key_type = web_sys::AesDerivedKeyParams::new("AES-GCM", 256);
    let key: web_sys::CryptoKey = call(subtle.derive_key_with_object_and_object(
        &derive,
        &material,
        &key_type,
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await?
    .dyn_into()
    .ok()?;
    let iv: Object = Uint8Array::from(&lock.iv[..]).into();
    let params = web_sys::AesGcmParams::new("AES-GCM", &iv);
    let result = if encrypt {
        subtle.encrypt_with_object_and_u8_array(&params, &key, data)
    } else {
        subtle.decrypt_with_object_and_u8_array(&params, &key, data)
    };
    let buffer = call(result).await?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// The address of the app's `/open` page carrying `fragment`: under the app's own base, so a
/// build at `/mend/` makes `/mend/open#…` links.
pub fn link_address(fragment: &str) -> Option<String> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    let url = web_sys::Url::new_with_base("open", &base).ok()?;
    Some(format!("{}#{fragment}", url.href()))
}

/// The current address's fragment, without `#` (empty when there is none).
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Takes the fragment out of the address bar without a new history entry or a reload, so the
/// words are not left in the address (or in history) once read.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(path), Ok(search), Ok(history)) = (
        window.location().pathname(),
        window.location().search(),
        window.history(),
    ) else {
        return;
    };
    let state = history.state().unwrap_or(JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&format!("{path}{search}")));
}
