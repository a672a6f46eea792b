//! Server functions: the only door from the browser into the server. Each one is declared here
//! (so the browser gets a typed client stub) and runs its body on the server only.

mod session;
mod status;

pub use session::{current_user, CurrentUser, SessionUser};
pub use status::{check_status, CheckStatus, LogtoStatus, ServiceStatus};
