//! A QR Code encoder (ISO/IEC 18004), so a private link can be shown as a code drawn in the page.
//!
//! Only what Mend needs: byte mode, error correction level M, versions 1 to 40, all eight masks
//! scored by the standard penalty rules. Level M survives about 15% damage (a creased screen,
//! glare) while keeping codes small enough to scan from a phone. No logarithm tables, no
//! floating point, closed forms instead of the standard's position tables: the encoder adds
//! under 10 KB to the wasm before compression.

use std::fmt::Write;

/// Error correction codewords in each block, level M, versions 1 to 40 (ISO/IEC 18004 table 9).
const EC_PER_BLOCK: [u8; 40] = [
    10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, //
    26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];

/// Error correction blocks, level M, versions 1 to 40 (ISO/IEC 18004 table 9).
const BLOCKS: [u8; 40] = [
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, //
    17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

/// Why no code could be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrError {
    /// More bytes than version 40 at level M holds (2,331).
    TooLong,
}

/// A finished QR Code: a square of dark and light modules, without the quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrCode {
    size: usize,
    version: u8,
    mask: u8,
    modules: Vec<bool>,
}

impl QrCode {
    /// Modules on a side: 21 for version 1, 177 for version 40.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module in column `x`, row `y` is dark; anything outside the square is light,
    /// like the quiet zone around it.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// 1 to 40.
    pub fn version(&self) -> u8 {
        self.version
    }

    /// The data mask pattern chosen, 0 to 7.
    pub fn mask(&self) -> u8 {
        self.mask
    }

    /// The dark modules as an SVG path `d`, one rectangle per horizontal run, in module units
    /// shifted by the 4-module quiet zone: draw it in `viewBox="0 0 {size+8} {size+8}"`.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while self.is_dark(x, y) {
                    x += 1;
                }
                let n = x - start;
                // Writing to a String cannot fail.
                let _ = write!(d, "M{},{}h{n}v1h-{n}z", start + 4, y + 4);
            }
        }
        d
    }
}

/// Encodes `data` in byte mode at level M, in the smallest version that holds it.
pub fn encode(data: &[u8]) -> Result<QrCode, QrError> {
    let version = (1..=40u8)
        .find(|&v| header_bits(v) + data.len() * 8 <= data_codewords(v) * 8)
        .ok_or(QrError::TooLong)?;
    let capacity = data_codewords(version) * 8;

    let mut bits = Vec::with_capacity(capacity);
    push_bits(&mut bits, 0b0100, 4); // byte mode
    push_bits(&mut bits, data.len() as u32, header_bits(version) - 4);
    for &b in data {
        push_bits(&mut bits, u32::from(b), 8);
    }
    // The terminator, four zero bits, always fits and ends on a byte boundary: byte-mode data
    // stops 4 bits past one and the capacity is whole bytes. Then alternating pad bytes.
    push_bits(&mut bits, 0, 4);
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if bits.len() >= capacity {
            break;
        }
        push_bits(&mut bits, pad, 8);
    }
    let codewords: Vec<u8> = bits
        .chunks(8)
        .map(|byte| byte.iter().fold(0, |acc, &b| acc << 1 | u8::from(b)))
        .collect();

    let mut grid = Grid::new(version);
    grid.draw_function_patterns();
    grid.draw_codewords(&add_error_correction(version, &codewords));

    // Try each mask on the same grid (a mask is its own inverse) and keep the lowest penalty,
    // ties going to the lower mask. Each candidate is scored with its format bits in place, as
    // ZXing and libqrencode do: the standard leaves open whether they count.
    let mut best = (u32::MAX, 0);
    for mask in 0..8 {
        grid.apply_mask(mask);
        grid.draw_format(mask);
        best = best.min((grid.penalty(), mask));
        grid.apply_mask(mask);
    }
    let mask = best.1;
    grid.apply_mask(mask);
    grid.draw_format(mask);

    Ok(QrCode {
        size: grid.size,
        version,
        mask,
        modules: grid.dark,
    })
}

fn push_bits(bits: &mut Vec<bool>, value: u32, count: usize) {
    bits.extend((0..count).rev().map(|i| (value >> i) & 1 != 0));
}

/// Mode indicator plus character count: the count takes 8 bits up to version 9, 16 after.
fn header_bits(version: u8) -> usize {
    4 + if version <= 9 { 8 } else { 16 }
}

/// Modules left for codewords (data and error correction, plus remainder bits) once the
/// finder, timing, alignment, format and version patterns are placed: table 1's totals,
/// computed rather than stored.
fn raw_data_modules(version: u8) -> usize {
    let v = usize::from(version);
    let mut n = (16 * v + 128) * v + 64;
    if v >= 2 {
        let align = v / 7 + 2;
        n -= (25 * align - 10) * align - 55;
        if v >= 7 {
            n -= 36;
        }
    }
    n
}

fn data_codewords(version: u8) -> usize {
    let i = usize::from(version - 1);
    raw_data_modules(version) / 8 - usize::from(EC_PER_BLOCK[i]) * usize::from(BLOCKS[i])
}

/// Splits the data into blocks, appends each block's Reed–Solomon codewords and interleaves
/// them, so a burst of damage is spread over many blocks.
fn add_error_correction(version: u8, data: &[u8]) -> Vec<u8> {
    let i = usize::from(version - 1);
    let (blocks, ec_len) = (usize::from(BLOCKS[i]), usize::from(EC_PER_BLOCK[i]));
    let raw = raw_data_modules(version) / 8;
    // The first `short` blocks have one data codeword fewer than the rest.
    let short = blocks - raw % blocks;
    let short_len = raw / blocks;
    let divisor = rs_divisor(ec_len);

    let mut split = Vec::with_capacity(blocks);
    let mut rest = data;
    for b in 0..blocks {
        let (block, tail) = rest.split_at(short_len - ec_len + usize::from(b >= short));
        rest = tail;
        split.push((block, rs_remainder(block, &divisor)));
    }

    let mut out = Vec::with_capacity(raw);
    for k in 0..=short_len - ec_len {
        for (block, _) in &split {
            if let Some(&c) = block.get(k) {
                out.push(c);
            }
        }
    }
    for k in 0..ec_len {
        for (_, ec) in &split {
            out.push(ec[k]);
        }
    }
    out
}

/// Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1 (0x11D), bit by bit.
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z = 0u8;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x1D);
        z ^= ((y >> i) & 1) * x;
    }
    z
}

/// The generator polynomial (x - α^0)(x - α^1)…(x - α^(degree-1)), highest power first with
/// its leading 1 left out.
fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut poly = vec![0u8; degree];
    poly[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            poly[j] = gf_mul(poly[j], root);
            if j + 1 < degree {
                poly[j] ^= poly[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    poly
}

/// The remainder of data·x^degree divided by the generator: the error correction codewords.
fn rs_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut rem = vec![0u8; divisor.len()];
    for &b in data {
        let factor = b ^ rem[0];
        rem.rotate_left(1);
        let last = rem.len() - 1;
        rem[last] = 0;
        for (r, &c) in rem.iter_mut().zip(divisor) {
            *r ^= gf_mul(c, factor);
        }
    }
    rem
}

/// The matrix while it is built: which modules are dark, and which belong to function patterns
/// (and so are neither data nor masked).
struct Grid {
    size: usize,
    version: u8,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    fn new(version: u8) -> Grid {
        let size = usize::from(version) * 4 + 17;
        Grid {
            size,
            version,
            dark: vec![false; size * size],
            function: vec![false; size * size],
        }
    }

    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        self.dark[y * self.size + x] = dark;
        self.function[y * self.size + x] = true;
    }

    fn draw_function_patterns(&mut self) {
        let size = self.size;
        for i in 0..size {
            self.set_function(6, i, i % 2 == 0);
            self.set_function(i, 6, i % 2 == 0);
        }
        // Finders with their light separators, clipped at the edges.
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4isize..=4 {
                for dx in -4isize..=4 {
                    let (x, y) = (cx as isize + dx, cy as isize + dy);
                    if (0..size as isize).contains(&x) && (0..size as isize).contains(&y) {
                        let ring = dx.abs().max(dy.abs());
                        self.set_function(x as usize, y as usize, ring != 2 && ring != 4);
                    }
                }
            }
        }
        let centres = alignment_centres(self.version);
        let last = centres.len().saturating_sub(1);
        for (i, &cx) in centres.iter().enumerate() {
            for (j, &cy) in centres.iter().enumerate() {
                // The three corners already hold finders.
                if (i == 0 && (j == 0 || j == last)) || (i == last && j == 0) {
                    continue;
                }
                for dy in 0..5usize {
                    for dx in 0..5usize {
                        let ring = dx.abs_diff(2).max(dy.abs_diff(2));
                        self.set_function(cx + dx - 2, cy + dy - 2, ring != 1);
                    }
                }
            }
        }
        // Reserve the format areas now; the real bits go in once the mask is known.
        self.draw_format(0);
        if self.version >= 7 {
            let bits = version_bits(self.version);
            for i in 0..18 {
                let dark = (bits >> i) & 1 != 0;
                let (a, b) = (size - 11 + i % 3, i / 3);
                self.set_function(a, b, dark);
                self.set_function(b, a, dark);
            }
        }
    }

    /// Both copies of the 15 format bits, and the dark module beside the lower-left finder.
    fn draw_format(&mut self, mask: u8) {
        let bits = format_bits(mask);
        let bit = |i: usize| (bits >> i) & 1 != 0;
        let size = self.size;
        for i in 0..6 {
            self.set_function(8, i, bit(i));
        }
        self.set_function(8, 7, bit(6));
        self.set_function(8, 8, bit(7));
        self.set_function(7, 8, bit(8));
        for i in 9..15 {
            self.set_function(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set_function(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set_function(8, size - 15 + i, bit(i));
        }
        self.set_function(8, size - 8, true);
    }

    /// Places the codewords' bits up and down two-column strips from the right, skipping the
    /// vertical timing column and every function module.
    fn draw_codewords(&mut self, codewords: &[u8]) {
        let size = self.size;
        let total = codewords.len() * 8;
        let mut i = 0;
        let mut right = size - 1;
        loop {
            if right == 6 {
                right = 5;
            }
            let upward = (right + 1) & 2 == 0;
            for vert in 0..size {
                let y = if upward { size - 1 - vert } else { vert };
                for x in [right, right - 1] {
                    if !self.function[y * size + x] && i < total {
                        self.dark[y * size + x] = (codewords[i / 8] >> (7 - i % 8)) & 1 != 0;
                        i += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    /// Flips the data modules that the mask pattern selects (x is the column, y the row).
    fn apply_mask(&mut self, mask: u8) {
        for y in 0..self.size {
            for x in 0..self.size {
                let flip = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                let k = y * self.size + x;
                self.dark[k] ^= flip && !self.function[k];
            }
        }
    }

    /// The standard penalty score: N1 runs, N2 2×2 blocks, N3 finder-like patterns, N4 balance.
    fn penalty(&self) -> u32 {
        let size = self.size;
        let at = |x: usize, y: usize| self.dark[y * size + x];
        let mut score = 0;
        for horizontal in [true, false] {
            for a in 0..size {
                let line: Vec<bool> = (0..size)
                    .map(|b| if horizontal { at(b, a) } else { at(a, b) })
                    .collect();
                score += line_penalty(&line);
            }
        }
        for y in 0..size - 1 {
            for x in 0..size - 1 {
                let c = at(x, y);
                if at(x + 1, y) == c && at(x, y + 1) == c && at(x + 1, y + 1) == c {
                    score += 3;
                }
            }
        }
        let dark = self.dark.iter().filter(|&&d| d).count();
        let total = size * size;
        // Ten points for each full 5% that the dark share strays from 50%.
        score + 10 * ((dark * 20).abs_diff(total * 10) / total) as u32
    }
}

/// N1 and N3 for one row or column. Outside the symbol counts as light, as the quiet zone is,
/// and a finder-like pattern scores once whichever side has the four light modules (ZXing's
/// reading of the standard).
fn line_penalty(line: &[bool]) -> u32 {
    let mut score = 0;
    let mut run = 0;
    for (i, &d) in line.iter().enumerate() {
        run = if i > 0 && line[i - 1] == d {
            run + 1
        } else {
            1
        };
        if run == 5 {
            score += 3;
        } else if run > 5 {
            score += 1;
        }
    }
    let light = |from: usize, to: usize| (from..to).all(|i| !line.get(i).copied().unwrap_or(false));
    const FINDER: [bool; 7] = [true, false, true, true, true, false, true];
    for i in 0..line.len().saturating_sub(6) {
        if line[i..i + 7] == FINDER && (light(i.saturating_sub(4), i) || light(i + 7, i + 11)) {
            score += 40;
        }
    }
    score
}

/// Centres of the alignment patterns on each axis: 6, then evenly spaced by an even step up to
/// size - 7. This closed form gives annex E's table for every version (tests/qr.rs checks all
/// 40) in less space than the table.
fn alignment_centres(version: u8) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let v = usize::from(version);
    let count = v / 7 + 2;
    let step = (v * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
    let mut centres: Vec<usize> = (0..count - 1).map(|i| v * 4 + 10 - i * step).collect();
    centres.push(6);
    centres.reverse();
    centres
}

/// Level M (bits 00) and the mask, a BCH(15,5) code, XORed with 0x5412 so it is never all light.
/// Public so the tests can hold it to the standard's table.
pub fn format_bits(mask: u8) -> u32 {
    let data = u32::from(mask & 7);
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    ((data << 10) | rem) ^ 0x5412
}

/// The version number with its BCH(18,6) check bits, for versions 7 and up. Public, like
/// `format_bits`, for the tests.
pub fn version_bits(version: u8) -> u32 {
    let data = u32::from(version);
    let mut rem = data;
    for _ in 0..12 {
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
    }
    (data << 12) | rem
}
