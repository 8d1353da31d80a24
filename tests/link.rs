//! The private link's format: round trips, every kind of damage, versions and size limits.

use mend::model::link::{
    base64url_decode, base64url_encode, crc32, fragment_of, LINK_VERSION, MAX_FRAGMENT_CHARS,
};
use mend::model::{Frame, LinkError, LinkKind, LinkMessage, Lock};

fn long_apology() -> String {
    // Emoji, right-to-left text and combining marks, about 1,500 characters.
    let mut text = String::from("Sam, I know I hurt you when I forgot your birthday 🎂. ");
    text.push_str("אני מצטער מאוד. آسف جدا. Je suis désolé, e\u{301}. 👩‍👩‍👧 ");
    while text.chars().count() < 1_500 {
        text.push_str("I will put the dates that matter to you in my calendar. ");
    }
    text
}

fn message(text: &str) -> LinkMessage {
    LinkMessage {
        kind: LinkKind::Apology,
        text: text.into(),
        to: "Sam".into(),
        from: "Alex 🌱".into(),
        thread: "a1b2c3".into(),
        sent_at: 1_764_000_000_000.0,
    }
}

fn plain(body: Vec<u8>) -> Frame {
    Frame {
        compressed: false,
        lock: None,
        body,
    }
}

fn open(fragment: &str) -> Result<LinkMessage, LinkError> {
    let frame = Frame::from_fragment(fragment)?;
    LinkMessage::from_bytes(&frame.body)
}

#[test]
fn a_message_survives_the_trip_word_for_word() {
    let sent = message(&long_apology());
    let fragment = plain(sent.to_bytes()).to_fragment();
    assert!(fragment.starts_with(&format!("m{LINK_VERSION}.")));
    assert!(fragment
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
    assert_eq!(open(&fragment), Ok(sent.clone()));
    assert_eq!(open(&format!("#{fragment}")), Ok(sent));
}

#[test]
fn flags_and_the_lock_come_back_as_they_were_written() {
    let lock = Lock {
        salt: [7; 16],
        iv: [9; 12],
    };
    for (compressed, lock) in [
        (false, None),
        (true, None),
        (false, Some(lock)),
        (true, Some(lock)),
    ] {
        let frame = Frame {
            compressed,
            lock,
            body: vec![0, 1, 2, 250, 255],
        };
        assert_eq!(Frame::from_fragment(&frame.to_fragment()), Ok(frame));
    }
}

#[test]
fn a_reply_keeps_its_kind_and_the_apology_it_answers() {
    let reply = LinkMessage {
        kind: LinkKind::Reply,
        text: "Thank you. I accept your apology.".into(),
        to: String::new(),
        from: "Sam".into(),
        thread: "a1b2c3".into(),
        sent_at: 1.0,
    };
    assert_eq!(open(&plain(reply.to_bytes()).to_fragment()), Ok(reply));
}

#[test]
fn every_cut_is_caught_and_shows_no_words() {
    let fragment = plain(message(&long_apology()).to_bytes()).to_fragment();
    let prefix_len = "m1.".len();
    for keep in prefix_len..fragment.len() {
        let cut = &fragment[..keep];
        assert_eq!(open(cut), Err(LinkError::CutOff), "kept {keep} characters");
    }
    // The acceptance case: the last ten characters lost.
    assert_eq!(
        open(&fragment[..fragment.len() - 10]),
        Err(LinkError::CutOff)
    );
}

#[test]
fn every_changed_character_is_caught_and_shows_no_words() {
    let fragment =
        plain(message("I’m sorry I shouted at you. I was wrong.").to_bytes()).to_fragment();
    let data_start = "m1.".len();
    for at in data_start..fragment.len() {
        for replacement in ['A', 'z', '0', '-', '_'] {
            let mut changed: Vec<char> = fragment.chars().collect();
            if changed[at] == replacement {
                continue;
            }
            changed[at] = replacement;
            let changed: String = changed.into_iter().collect();
            let result = open(&changed);
            assert!(
                matches!(result, Err(LinkError::Altered) | Err(LinkError::CutOff)),
                "position {at} to {replacement}: {result:?}"
            );
        }
    }
}

#[test]
fn characters_that_base64url_never_uses_are_an_alteration() {
    let fragment = plain(message("Sorry.").to_bytes()).to_fragment();
    for bad in ["+", "/", "=", " ", "%20", "é"] {
        let changed = format!("{}{bad}{}", &fragment[..8], &fragment[9..]);
        assert_eq!(open(&changed), Err(LinkError::Altered), "{bad}");
    }
}

#[test]
fn a_newer_version_says_so_and_older_or_foreign_text_is_not_a_link() {
    let fragment = plain(message("Sorry.").to_bytes()).to_fragment();
    let data = fragment.split_once('.').unwrap().1;
    assert_eq!(
        open(&format!("m2.{data}")),
        Err(LinkError::Newer { version: 2 })
    );
    assert_eq!(
        open(&format!("m17.{data}")),
        Err(LinkError::Newer { version: 17 })
    );
    for foreign in [
        "", "#", "main", "m.", "m0.", "x1.abc", "m1", "m-1.abc", "top",
    ] {
        assert_eq!(open(foreign), Err(LinkError::NotALink), "{foreign:?}");
    }
}

#[test]
fn bytes_that_pass_the_checksum_but_are_not_a_message_are_refused() {
    for body in [
        b"not json".to_vec(),
        b"{}".to_vec(),
        br#"{"kind":"apology","text":"   ","sent_at":1}"#.to_vec(),
        br#"{"kind":"poem","text":"hi","sent_at":1}"#.to_vec(),
    ] {
        assert_eq!(open(&plain(body).to_fragment()), Err(LinkError::Altered));
    }
}

#[test]
fn unknown_flags_are_refused_rather_than_guessed_at() {
    let mut bytes = base64url_decode(
        plain(b"x".to_vec())
            .to_fragment()
            .split_once('.')
            .unwrap()
            .1,
    )
    .unwrap();
    bytes[0] |= 0b100;
    let len = bytes.len();
    let checksum = crc32(&bytes[..len - 4]).to_be_bytes();
    bytes[len - 4..].copy_from_slice(&checksum);
    let fragment = format!("m1.{}", base64url_encode(&bytes));
    assert_eq!(Frame::from_fragment(&fragment), Err(LinkError::Altered));
}

#[test]
fn links_past_the_size_limit_are_refused_before_they_are_read() {
    let huge = format!("m1.{}", "A".repeat(MAX_FRAGMENT_CHARS));
    assert_eq!(Frame::from_fragment(&huge), Err(LinkError::TooLong));
    // A header that claims more than any link holds is an alteration, whatever follows.
    let mut bytes = vec![0u8, 0xff, 0xff, 0xff, 0xff];
    let checksum = crc32(&bytes).to_be_bytes();
    bytes.extend_from_slice(&checksum);
    assert_eq!(
        Frame::from_fragment(&format!("m1.{}", base64url_encode(&bytes))),
        Err(LinkError::Altered)
    );
}

#[test]
fn base64url_matches_the_rfc_vectors_and_is_canonical() {
    // RFC 4648 §10, without padding.
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64url_encode(plain.as_bytes()), encoded);
        assert_eq!(base64url_decode(encoded).unwrap(), plain.as_bytes());
    }
    assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
    // "Zh" would decode to "f" too if the spare bits were ignored.
    assert_eq!(base64url_decode("Zh"), Err(LinkError::Altered));
    assert_eq!(base64url_decode("Zm9vY"), Err(LinkError::CutOff));
}

#[test]
fn crc32_matches_the_standard_check_value() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn the_fragment_is_found_in_a_whole_address_or_on_its_own() {
    assert_eq!(
        fragment_of("https://example.org/mend/open#m1.abc"),
        "m1.abc"
    );
    assert_eq!(fragment_of("m1.abc"), "m1.abc");
    assert_eq!(fragment_of("#m1.abc"), "m1.abc");
}
