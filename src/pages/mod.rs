//! One module per route.

mod home;
mod not_found;
mod profile;
mod sign_in_failed;

pub use home::HomePage;
pub use not_found::NotFound;
pub use profile::ProfilePage;
pub use sign_in_failed::SignInFailed;
