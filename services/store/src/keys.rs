//! Every composite key the store writes, encoded and decoded in one place.
//!
//! sled orders keys by their bytes, so each encoding is chosen to make byte order
//! equal the order we want to read in:
//!
//! * integers are big-endian, and signed ones are offset by `2^31` (sign bit
//!   flipped) so that negative years sort before year 0, and year 0 ("unknown")
//!   before every real year;
//! * a string that is followed by more key parts is length-prefixed (`u32` BE),
//!   so the prefix for entity `bts` never matches the keys of entity `bts2`;
//! * the last part of a key, always an id, is raw bytes, so ids keep their
//!   lexicographic order.
//!
//! Every event index key ends with the same *order key*, `year ++ id`, which is
//! what makes one page token valid whichever index a query happens to scan.

/// Bytes of an encoded year (or any other signed integer key part).
pub(crate) const INT_LEN: usize = 4;

/// Encodes a signed integer so that byte order is numeric order.
pub(crate) fn encode_int(value: i32) -> [u8; INT_LEN] {
    ((value as u32) ^ 0x8000_0000).to_be_bytes()
}

/// Inverse of [`encode_int`].
pub(crate) fn decode_int(bytes: [u8; INT_LEN]) -> i32 {
    (u32::from_be_bytes(bytes) ^ 0x8000_0000) as i32
}

/// The `(year, id)` key of an event in the global order; also the tail of every
/// index key.
pub(crate) fn order_key(year: i32, id: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(INT_LEN + id.len());
    key.extend_from_slice(&encode_int(year));
    key.extend_from_slice(id.as_bytes());
    key
}

/// Splits an order key into `(year, id)`; `None` when it is not one.
pub(crate) fn decode_order_key(key: &[u8]) -> Option<(i32, String)> {
    let (year, id) = key.split_at_checked(INT_LEN)?;
    let year = decode_int(year.try_into().ok()?);
    let id = std::str::from_utf8(id).ok()?;
    Some((year, id.to_owned()))
}

/// The prefix of an index keyed by a string (entity, ceremony, work, document id).
pub(crate) fn string_prefix(part: &str) -> Vec<u8> {
    // Ids are short; an id over 4 GiB cannot reach here (it would not fit in sled).
    let len = u32::try_from(part.len()).unwrap_or(u32::MAX);
    let mut prefix = Vec::with_capacity(4 + part.len());
    prefix.extend_from_slice(&len.to_be_bytes());
    prefix.extend_from_slice(part.as_bytes());
    prefix
}

/// The prefix of the by-kind index.
pub(crate) fn int_prefix(value: i32) -> Vec<u8> {
    encode_int(value).to_vec()
}

/// An index key: `prefix ++ year ++ id`.
pub(crate) fn index_key(prefix: &[u8], year: i32, id: &str) -> Vec<u8> {
    let mut key = prefix.to_vec();
    key.extend_from_slice(&order_key(year, id));
    key
}

/// The order-key tail of an index key whose prefix is `prefix_len` bytes long.
pub(crate) fn order_tail(key: &[u8], prefix_len: usize) -> Option<&[u8]> {
    let tail = key.get(prefix_len..)?;
    (tail.len() >= INT_LEN).then_some(tail)
}

/// The smallest key greater than `key` and everything it prefixes, or `None` when
/// there is none (the prefix is empty or all `0xFF`): the exclusive end of a
/// prefix scan.
pub(crate) fn prefix_end(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < u8::MAX {
            end.push(last + 1);
            return Some(end);
        }
    }
    None
}

/// The smallest key strictly greater than `key`: where a scan resumes after it.
pub(crate) fn successor(key: &[u8]) -> Vec<u8> {
    let mut next = key.to_vec();
    next.push(0);
    next
}

/// Shows a key in an error message: printable when it is UTF-8, hex otherwise.
pub(crate) fn display(key: &[u8]) -> String {
    match std::str::from_utf8(key) {
        Ok(text) if !text.chars().any(char::is_control) => text.to_owned(),
        _ => key.iter().map(|byte| format!("{byte:02x}")).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_round_trip_and_sort_numerically() {
        let values = [i32::MIN, -2000, -1, 0, 1, 1999, 2024, i32::MAX];
        for value in values {
            assert_eq!(decode_int(encode_int(value)), value);
        }
        let encoded: Vec<_> = values.iter().map(|value| encode_int(*value)).collect();
        assert!(encoded.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn order_keys_round_trip() {
        for (year, id) in [
            (0, "a"),
            (2019, "award-bbma-2019-bts"),
            (-44, ""),
            (2024, "é-ü"),
        ] {
            assert_eq!(
                decode_order_key(&order_key(year, id)),
                Some((year, id.to_owned()))
            );
        }
        assert_eq!(decode_order_key(&[1, 2]), None);
        assert_eq!(decode_order_key(&[0x80, 0, 0, 0, 0xff]), None);
    }

    #[test]
    fn order_keys_sort_by_year_then_id_with_unknown_year_first() {
        let mut keys = [
            order_key(2020, "b"),
            order_key(0, "z"),
            order_key(2019, "z"),
            order_key(2020, "a"),
            order_key(2020, "ab"),
        ];
        keys.sort();
        let decoded: Vec<_> = keys
            .iter()
            .filter_map(|key| decode_order_key(key))
            .collect();
        let expected = [
            (0, "z"),
            (2019, "z"),
            (2020, "a"),
            (2020, "ab"),
            (2020, "b"),
        ];
        let expected: Vec<_> = expected
            .iter()
            .map(|(year, id)| (*year, (*id).to_owned()))
            .collect();
        assert_eq!(decoded, expected);
    }

    #[test]
    fn index_keys_round_trip_through_their_prefix() {
        for prefix in [
            string_prefix("bts"),
            string_prefix(""),
            int_prefix(3),
            Vec::new(),
        ] {
            let key = index_key(&prefix, 2017, "ev-1");
            assert!(key.starts_with(&prefix));
            let tail = order_tail(&key, prefix.len()).expect("tail");
            assert_eq!(decode_order_key(tail), Some((2017, "ev-1".to_owned())));
        }
    }

    #[test]
    fn a_string_prefix_does_not_match_a_longer_id() {
        let key = index_key(&string_prefix("bts2"), 2017, "ev-1");
        assert!(!key.starts_with(&string_prefix("bts")));
    }

    #[test]
    fn prefix_end_bounds_exactly_the_prefixed_keys() {
        let prefix = string_prefix("bts");
        let end = prefix_end(&prefix).expect("end");
        assert!(index_key(&prefix, i32::MAX, "\u{10ffff}") < end);
        assert!(index_key(&string_prefix("btt"), i32::MIN, "") >= end);
        assert_eq!(prefix_end(&[]), None);
        assert_eq!(prefix_end(&[1, 0xff]), Some(vec![2]));
        assert_eq!(prefix_end(&[0xff, 0xff]), None);
    }

    #[test]
    fn successor_is_the_next_key() {
        let key = order_key(2019, "a");
        assert!(successor(&key) > key);
        assert!(successor(&key) <= order_key(2019, "a\0"));
        assert!(successor(&key) < order_key(2019, "aa"));
    }

    #[test]
    fn display_shows_text_or_hex() {
        assert_eq!(display(b"bts"), "bts");
        assert_eq!(display(&[0, 1, 0xff]), "0001ff");
    }
}
