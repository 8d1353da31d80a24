//! The apology checker (see issue 4). Being written.
