//! Backup codes as Logto makes them (`generateBackupCodes`): ten codes of ten hexadecimal
//! digits, made here so the app holds them until Logto has them.

use ring::rand::{SecureRandom, SystemRandom};

const COUNT: usize = 10;

pub fn new_codes() -> Vec<String> {
    let rng = SystemRandom::new();
    (0..COUNT)
        .map(|_| {
            let mut bytes = [0u8; 5];
            rng.fill(&mut bytes)
                .expect("the system random source works");
            bytes.iter().map(|b| format!("{b:02x}")).collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ten_codes_of_ten_hex_digits_each_new() {
        let codes = super::new_codes();
        assert_eq!(codes.len(), 10);
        assert!(codes
            .iter()
            .all(|c| c.len() == 10 && c.bytes().all(|b| b.is_ascii_hexdigit())));
        assert_ne!(codes, super::new_codes());
    }
}
