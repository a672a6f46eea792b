"""The interface languages' tags in the order of `Lang::ALL` (src/i18n/mod.rs), for the
generators of the name tables: a `Text::Given` lists its words in that order."""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent


def interface_tags() -> list[str]:
    source = (root / "src/i18n/mod.rs").read_text(encoding="utf-8")
    order = re.search(r"pub const ALL: \[Lang; \d+\] = \[([^\]]*)\]", source).group(1)
    tag_fn = source[source.index("pub fn tag(self)"):]
    tag_fn = tag_fn[: tag_fn.index("\n    }\n")]
    tags = dict(re.findall(r'Lang::(\w+) => "([A-Za-z-]+)"', tag_fn))
    return [tags[v.strip().removeprefix("Lang::")] for v in order.split(",") if v.strip()]


def babel_locale(tag: str) -> str:
    """Babel's name for an interface language (`pt-BR` → `pt_BR`, `zh-CN` → `zh_Hans_CN`)."""
    return {"zh-CN": "zh_Hans_CN"}.get(tag, tag.replace("-", "_"))


def quoted(s: str) -> str:
    # Soft hyphens (CLDR writes Reykjavík with them) are invisible breaking hints: not in a picker.
    s = s.replace("\u00ad", "")
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def given(words: list[str]) -> str:
    return "Text::Given(&[" + ", ".join(quoted(w) for w in words) + "])"
