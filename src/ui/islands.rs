//! The scripts that load the WASM and hydrate islands, on the pages that have islands only: a
//! page without one (confirm it's you, not found, sign-in failed) sends no JavaScript or WASM.

use leptos::prelude::*;

/// Put once in every page that renders an `#[island]`: the scripts, and the words the islands
/// show in the page's language.
#[component]
pub fn IslandScripts() -> impl IntoView {
    let words = crate::i18n::browser::words_json(crate::i18n::use_lang());
    #[cfg(feature = "ssr")]
    let scripts = use_context::<LeptosOptions>().map(|options| {
        let (js, wasm) = loader::files(&options);
        let nonce = leptos::nonce::use_nonce();
        view! {
            <link rel="modulepreload" href=js.clone() crossorigin="" />
            <link rel="preload" href=wasm.clone() r#as="fetch" r#type="application/wasm" crossorigin="" />
            <script type="module" nonce=nonce>{loader::script(&js, &wasm)}</script>
        }
    });
    #[cfg(not(feature = "ssr"))]
    let scripts = ();
    view! {
        <script type="application/json" id=crate::i18n::browser::WORDS_ID inner_html=words></script>
        {scripts}
    }
}

/// Our own loader instead of Leptos's `HydrationScripts`: its script (1.9 KB of text)
/// walks the page for nested islands and their children, which ours never have, so this one
/// imports the module, starts it and hands each island its element.
#[cfg(feature = "ssr")]
mod loader {
    use std::sync::OnceLock;

    use leptos::config::LeptosOptions;

    /// The module's and the WASM's paths, with the build's hashes when it hashes file names (as
    /// Leptos finds them: `hash.txt` beside the executable).
    pub fn files(options: &LeptosOptions) -> (String, String) {
        static FILES: OnceLock<(String, String)> = OnceLock::new();
        FILES
            .get_or_init(|| {
                let name = options.output_name.to_string();
                let pkg = format!("/{}", options.site_pkg_dir);
                let (mut js, mut wasm) = (name.clone(), name);
                match hashes(options) {
                    Some((js_hash, wasm_hash)) => {
                        js = format!("{js}.{js_hash}");
                        wasm = format!("{wasm}.{wasm_hash}");
                    }
                    None if option_env!("LEPTOS_OUTPUT_NAME").is_none() => wasm.push_str("_bg"),
                    None => {}
                }
                (format!("{pkg}/{js}.js"), format!("{pkg}/{wasm}.wasm"))
            })
            .clone()
    }

    fn hashes(options: &LeptosOptions) -> Option<(String, String)> {
        if !options.hash_files {
            return None;
        }
        let file = std::env::current_exe()
            .ok()?
            .parent()?
            .join(options.hash_file.as_ref());
        let text = std::fs::read_to_string(file).ok()?;
        let hash = |kind: &str| {
            text.lines()
                .filter_map(|line| line.trim().split_once(':'))
                .find(|(file, _)| *file == kind)
                .map(|(_, hash)| hash.trim().to_owned())
        };
        Some((hash("js")?, hash("wasm")?))
    }

    pub fn script(js: &str, wasm: &str) -> String {
        format!(
            "import i,*as m from\"{js}\";await i({{module_or_path:\"{wasm}\"}});m.hydrate();\
             for(const e of document.querySelectorAll(\"leptos-island\"))m[e.dataset.component]?.(e)"
        )
    }
}
