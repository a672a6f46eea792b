//! Server functions: the only door from the browser into the server. Each one is declared here
//! (so the browser gets a typed client stub) and runs its body on the server only.

mod profile;
mod session;
mod status;

pub use profile::{
    cached_profile, fresh_profile, save_profile, CachedProfile, FreshProfile, ProfileView,
    SaveProfile,
};
pub use session::{current_user, CurrentUser, SessionUser};
pub use status::{check_status, CheckStatus, LogtoState, LogtoStatus, ServiceStatus};
