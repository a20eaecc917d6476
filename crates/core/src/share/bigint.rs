//! Mixed-radix packing: every item's value (including "unanswered") is one digit of a single
//! unsigned integer whose digit `i` has base `radix[i]`. The integer is written big-endian in
//! the fewest bytes that hold the largest possible value, so the answers cost
//! `ceil(Σ log2 radix / 8)` bytes — at most 7 bits above the information minimum.

/// A little-endian unsigned integer of 32-bit limbs, just big enough for the packing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(m) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// Divides in place by `d` (> 0) and returns the remainder.
    fn div_rem(&mut self, d: u32) -> u32 {
        let d = u64::from(d.max(1));
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let v = (rem << 32) | u64::from(*limb);
            *limb = (v / d) as u32;
            rem = v % d;
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        rem as u32
    }

    fn is_zero(&self) -> bool {
        self.0.iter().all(|&l| l == 0)
    }

    fn bit_len(&self) -> usize {
        match self.0.iter().rposition(|&l| l != 0) {
            None => 0,
            Some(i) => i * 32 + (32 - self.0[i].leading_zeros() as usize),
        }
    }

    fn to_be_bytes(&self, len: usize) -> Vec<u8> {
        let mut out = vec![0u8; len];
        for (i, slot) in out.iter_mut().rev().enumerate() {
            let limb = self.0.get(i / 4).copied().unwrap_or(0);
            *slot = (limb >> (8 * (i % 4))) as u8;
        }
        out
    }

    fn from_be_bytes(bytes: &[u8]) -> Big {
        let mut limbs = vec![0u32; bytes.len().div_ceil(4)];
        for (i, &b) in bytes.iter().rev().enumerate() {
            limbs[i / 4] |= u32::from(b) << (8 * (i % 4));
        }
        Big(limbs)
    }
}

/// The number of bytes the digits of `radices` take.
pub fn packed_len(radices: &[u8]) -> usize {
    let mut max = Big::default();
    for &r in radices.iter().rev() {
        max.mul_add(u32::from(r), u32::from(r.saturating_sub(1)));
    }
    max.bit_len().div_ceil(8)
}

/// Packs `digits` (each `< radix`, same length as `radices`) into [`packed_len`] bytes.
/// Digits out of range are clamped to the largest valid one (callers never produce them).
pub fn pack(radices: &[u8], digits: &[u8]) -> Vec<u8> {
    let mut v = Big::default();
    for (&r, &d) in radices.iter().zip(digits).rev() {
        v.mul_add(u32::from(r), u32::from(d.min(r.saturating_sub(1))));
    }
    v.to_be_bytes(packed_len(radices))
}

/// Unpacks `bytes` into one digit per radix. `None` if the value is not below the product of
/// the radices (no encoder writes such a value: it is damage or a forgery).
pub fn unpack(radices: &[u8], bytes: &[u8]) -> Option<Vec<u8>> {
    let mut v = Big::from_be_bytes(bytes);
    let mut digits = Vec::with_capacity(radices.len());
    for &r in radices {
        if r == 0 {
            return None;
        }
        digits.push(v.div_rem(u32::from(r)) as u8);
    }
    v.is_zero().then_some(digits)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn lengths_are_the_ceiling_of_the_information() {
        assert_eq!(packed_len(&[]), 0);
        assert_eq!(packed_len(&[2; 8]), 1);
        assert_eq!(packed_len(&[2; 9]), 2);
        assert_eq!(packed_len(&[6, 6, 6]), 1); // 216 values
        assert_eq!(packed_len(&[6, 6, 6, 6]), 2); // 1296 values
        assert_eq!(packed_len(&[6; 100]), 33); // 258.5 bits
    }

    #[test]
    fn extreme_and_mixed_digits_round_trip() {
        let radices: Vec<u8> = (0..120).map(|i| [6, 5, 4, 2][i % 4]).collect();
        let all_max: Vec<u8> = radices.iter().map(|r| r - 1).collect();
        let zero = vec![0u8; radices.len()];
        let mixed: Vec<u8> = radices
            .iter()
            .enumerate()
            .map(|(i, &r)| ((i * 7) % usize::from(r)) as u8)
            .collect();
        for digits in [all_max, zero, mixed] {
            let bytes = pack(&radices, &digits);
            assert_eq!(bytes.len(), packed_len(&radices));
            assert_eq!(unpack(&radices, &bytes).unwrap(), digits);
        }
    }

    #[test]
    fn values_at_or_above_the_product_are_rejected() {
        // 6 × 6 × 6 = 216: byte 215 is the largest valid value.
        assert!(unpack(&[6, 6, 6], &[215]).is_some());
        assert!(unpack(&[6, 6, 6], &[216]).is_none());
        assert!(unpack(&[6, 6, 6], &[255]).is_none());
        assert!(unpack(&[], &[]).is_some());
        assert!(unpack(&[], &[1]).is_none());
        assert!(unpack(&[0], &[0]).is_none());
    }
}
