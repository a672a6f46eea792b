//! Prints the nextest filter of one of the test command's extra runs (`logto-1.37`, `redis`,
//! `postgres`), as declared next to the tests in `tests/app/matrix.rs`.

#[path = "../../../tests/app/matrix.rs"]
mod matrix;

fn main() {
    let name = std::env::args().nth(1).unwrap_or_default();
    let Some(run) = matrix::Run::from_name(&name) else {
        eprintln!("usage: matrix logto-1.37|redis|postgres");
        std::process::exit(2);
    };
    println!("{}", matrix::filter(run));
}
