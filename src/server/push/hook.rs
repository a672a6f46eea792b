//! What Logto is told to call: the addresses under the app's public URL and the events the
//! webhook must carry (also what the embedded emulator is seeded with).

/// The webhook's path under the app's public URL (what the Logto console is given).
pub const WEBHOOK_PATH: &str = "/webhooks/logto";
/// The application's back-channel logout URI path.
pub const BACKCHANNEL_PATH: &str = "/backchannel-logout";

/// What the hook must send for a copy to stay true.
pub const EVENTS: [&str; 3] = [
    "User.Data.Updated",
    "User.Deleted",
    "User.SuspensionStatus.Updated",
];
