//! Delivering the apology (`/apology/deliver`), private links, and opening one (`/open`).

use crate::model::Way;

pub const INTRO: &str = "A complete apology lands about as well in a message as face to face: what matters most is that it is whole. Choose the way that suits the two of you.";

pub const TIMING_TITLE: &str = "When to say it";
pub const TIMING: [&str; 3] = [
    "Not while either of you is flooded. If voices are raised or your heart is racing, take a break of at least 20 minutes, and come back to it within a day.",
    "It tends to land better once they have felt heard. If they haven’t yet told you how it was for them, ask, and listen first.",
    "It is a start, not a demand for forgiveness. They may need time, and that time is theirs.",
];

pub const HOW_TITLE: &str = "How you’ll deliver it";
pub fn way_label(way: Way) -> &'static str {
    match way {
        Way::InPerson => "Say it in person",
        Way::Message => "Send it as a message",
        Way::Letter => "Write it as a letter",
    }
}
pub fn way_hint(way: Way) -> &'static str {
    match way {
        Way::InPerson => "Face to face, or on a call.",
        Way::Message => "A text, a chat or an email.",
        Way::Letter => "On paper, to read in their own time.",
    }
}

pub const IN_PERSON_ADVICE: [&str; 3] = [
    "Pick a calm moment, somewhere private, with time to listen afterwards.",
    "Use your own words. What you wrote is a guide, not a script to read out.",
    "Then listen. Let them answer in their own time, and don’t argue with how they felt.",
];
pub const REHEARSE_HINT: &str =
    "Saying it out loud once, slowly, helps. It usually feels less hard than you expect.";
pub const MESSAGE_ADVICE: &str = "Send it when they have time to read it, not in the middle of something. Then give them room to answer.";
pub const LETTER_ADVICE: &str = "A letter lets them read it alone and answer when they are ready. Print it, or download it to copy out by hand.";

pub const NOTHING_YET: &str = "There is nothing to deliver yet: write at least one part first.";
pub const OPEN_NOTES: fn(usize) -> String = |n| match n {
    1 => "One checker note is still open on your apology.".to_owned(),
    n => format!("{n} checker notes are still open on your apology."),
};
pub const SEE_NOTES: &str = "Look at it on the review";

// The private link.
pub const LINK_TITLE: &str = "Send a private link";
pub const LINK_EXPLAINED: &str = "A private link carries your apology inside the address itself. It opens in their own Mend, with a guide for receiving an apology. Mend keeps no copy anywhere else: the words go only where you send the link.";
pub const LINK_WARNING: &str =
    "Anyone who has the link can read the apology, so send it only to them.";
pub const REPLY_LINK_WARNING: &str =
    "Anyone who has the link can read your reply, so send it only to them.";
/// Above a reply opened from its link, on the writer's device: whose words these are.
pub fn reply_about(apology_title: &str) -> String {
    format!("Their reply to “{apology_title}”")
}
pub const FROM_LABEL: &str = "Sign it as (optional)";
pub const FROM_HINT: &str = "The name they know you by. Left empty, the link carries no name.";
pub const LOCK_LABEL: &str = "Lock it with a passphrase";
pub const PASSPHRASE_LABEL: &str = "Passphrase";
pub const PASSPHRASE_HINT: &str = "Tell them the passphrase another way, in person or on a call, not in the same message. Mend doesn’t keep it.";
pub const PASSPHRASE_SHORT: &str = "Use at least 6 characters, so it can’t be guessed quickly.";
pub const MAKE_LINK: &str = "Make the link";
pub const MAKING_LINK: &str = "Making the link…";
pub const LINK_LABEL: &str = "Your private link";
pub const LINK_MADE: &str = "Link made. Copy it or share it.";
pub const LINK_STALE: &str = "You changed something, so make the link again.";
pub const COPY_LINK: &str = "Copy the link";
pub const SHARE_LINK: &str = "Share the link";
pub const LINK_COPIED: &str = "Link copied.";
pub const SHOW_QR: &str = "Show it as a QR code";
pub const HIDE_QR: &str = "Hide the QR code";
pub const QR_LABEL: &str = "QR code of your private link";
pub const QR_HINT: &str =
    "For handing it over in person: their phone’s camera opens the link. Anyone who scans it can read the apology.";
pub const QR_TOO_LONG: &str = "This link is too long for a QR code. Copy it or share it instead.";
pub const SHARE_AS_TEXT: &str = "Share as text instead";
pub fn link_size(chars: usize) -> String {
    format!("{} characters long.", group_digits(chars))
}
pub const LINK_SIZE_OK: &str = "Short enough for messaging apps.";
pub const LINK_SIZE_LONG: &str = "Some messaging apps cut links this long. If it arrives broken, send the words as text instead.";
pub const LINK_TOO_LONG: &str =
    "This apology is too long for a link. Send the words as text instead.";
pub const LINK_CANNOT_LOCK: &str = "This browser can’t lock links (it needs a secure https:// address). Make the link without a passphrase, or send the words as text.";
pub const LINK_FAILED: &str = "Could not make the link. Send the words as text instead.";
pub const SHARE_LINK_TEXT: &str = "I wrote you an apology. It opens privately in Mend:";

// "I've said it".
pub const SAID_TITLE: &str = "Once you’ve said it";
pub const SAID_BUTTON: &str = "I’ve said it";
pub const SAID_HINT: &str = "Mark it as delivered. Your commitments then wait for their first check-in in Moving forward together.";
pub fn delivered_on(way: Way, date: &str) -> String {
    let how = match way {
        Way::InPerson => "in person",
        Way::Message => "as a message",
        Way::Letter => "as a letter",
    };
    format!("Delivered {how} on {date}.")
}
pub const SAID_WARM: &str =
    "That took courage. Whatever they say next, you did your part honestly.";
pub const UNMARK: &str = "Not delivered yet? Undo";
pub const HOW_IT_WENT_LABEL: &str = "How did it go? (optional)";
pub const HOW_IT_WENT_HINT: &str = "Only for you: what they said, and what you want to remember.";
pub const ON_TO_PLAN: &str = "On to moving forward";
pub const REPLIES_TITLE: &str = "Their reply";
pub fn replied(name: &str, date: &str) -> String {
    match name.trim() {
        "" => format!("They replied on {date}:"),
        name => format!("{name} replied on {date}:"),
    }
}

// `/open`: a link someone sent.
pub fn sent_you(from: &str) -> String {
    match from.trim() {
        "" => "Someone sent you an apology through Mend.".to_owned(),
        from => format!("{from} sent you an apology through Mend."),
    }
}
pub fn replied_to_you(from: &str) -> String {
    match from.trim() {
        "" => "A reply to your apology came through Mend.".to_owned(),
        from => format!("{from} replied to your apology through Mend."),
    }
}
pub const NOT_NOW_OK: &str = "You don’t have to read it now.";
pub const READ_IT: &str = "Read it";
pub const NOT_NOW: &str = "Not now";
pub const LATER: &str = "That’s all right. The link in your message will open it again whenever you’re ready. Nothing was kept on this device.";
pub const TAKE_YOUR_TIME: &str = "Read about taking your time";
pub fn from_line(from: &str) -> String {
    format!("From {}", from.trim())
}
pub fn sent_on(date: &str) -> String {
    format!("Sent on {date}")
}
pub const ONLY_ON_PAGE: &str = "This is only on this page. A reload or closing it takes it away from here, unless you keep it; the link in your message will still open it.";
pub const KEEP_IT: &str = "Keep it on this device";
pub const KEPT: &str = "Kept on this device. You’ll find it in “Weighing the apology”.";
pub const KEPT_HERE: &str = "Kept on this device.";
pub const WEIGH_IT: &str = "Weigh it with the guide";
pub const START_GUIDE: &str = "Open the receiver’s guide";
pub const KEEP_REPLY: &str = "Keep it with your apology";
pub const REPLY_KEPT: &str = "Kept with your apology.";
pub const REPLY_ALREADY_KEPT: &str = "This reply is already kept with your apology.";
pub const REPLY_ORPHAN: &str = "The apology it answers isn’t on this device, so it can’t be kept with it. You can still read it here.";
pub const TO_YOUR_APOLOGY: &str = "See your apology";
pub const LOCKED: &str =
    "This link is locked with a passphrase. They should have told you it another way.";
pub const UNLOCK: &str = "Unlock";
pub const UNLOCKING: &str = "Unlocking…";
pub const WRONG_PASSPHRASE: &str =
    "That passphrase doesn’t open it. Check it with them: nothing is shown until it matches.";
pub const NO_LINK: &str = "This address holds no apology. A private link from Mend ends in a long code after “open#”: open the whole link from your message.";
pub const CUT_OFF: &str = "This link was cut off: part of it was lost when it was copied or sent, so nothing of it is shown. Ask them to send it again, or to send the words as text.";
pub const ALTERED: &str = "This link was changed after it was made, so Mend won’t show it: it could show words they never wrote. Ask them to send it again.";
pub fn newer(version: u32) -> String {
    format!("This link was made by a newer version of Mend (link format {version}). Update Mend (reload it while online), then open the link again.")
}
pub const TOO_LONG: &str = "This link is longer than any Mend makes, so it was not opened.";
pub const UNSUPPORTED: &str = "This browser can’t open this link. Try it in an up-to-date browser, or ask them to send the words as text.";
pub const GO_HOME: &str = "Go to the start page";

// On the weighing page, and a reply from "Ways to respond".
pub const OPENED_TITLE: &str = "The apology you received";
pub const PASTE_INSTEAD: &str = "Or paste another apology to weigh";
pub const REPLY_LINK: &str = "Reply with a private link";
pub const REPLY_LINK_HINT: &str =
    "It opens beside their apology in their own Mend. Anyone who has the link can read it.";
pub const REPLY_SHARE_TEXT: &str = "My reply to your apology, through Mend:";
pub const REPLY_CHOOSE_FIRST: &str =
    "Choose the words that are true for you now. Nothing is chosen for you, and nothing is sent until you make the link and send it yourself.";

/// 1500 as "1,500".
fn group_digits(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
