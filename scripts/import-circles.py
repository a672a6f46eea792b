#!/usr/bin/env python3
"""Draws the structure of src/ from its imports and fails on any import circle between files.

An edge runs from a file to the file that defines what it imports (`use`, or a `crate::` path in
the code), following `pub use` re-exports to the defining file. A `mod.rs` naming or re-exporting
its own children is declaration, not dependence, and draws no edge. Tests (`mod tests`) are left
out. Exits 1 and prints each circle (and one shortest loop through it) when there is one.
"""
import os
import re
import sys
from collections import deque

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
USE = re.compile(r"\buse\s+([a-z_][A-Za-z_0-9]*(?:::[A-Za-z_0-9]+)*)(?:::\{([^;]*)\})?")
PUB_USE = re.compile(r"pub use\s+([a-z_][A-Za-z_0-9]*(?:::[A-Za-z_0-9]+)*)(?:::\{([^;]*)\})?\s*;")
CRATE_PATH = re.compile(r"\bcrate((?:::[A-Za-z_0-9]+)+)")


def read_files():
    files = {}
    for d, _, names in os.walk(ROOT):
        for name in names:
            if name.endswith(".rs"):
                path = os.path.join(d, name)
                files[os.path.relpath(path, ROOT)] = open(path, encoding="utf-8").read()
    return files


def module_of(rel):
    parts = rel[:-3].split("/")
    return parts[:-1] if parts[-1] in ("mod", "lib") else parts


FILES = read_files()
MODULES = {tuple(module_of(rel)): rel for rel in FILES}


def absolute(module, path):
    if path[0] == "crate":
        return path[1:]
    out, i = list(module), 0
    while i < len(path) and path[i] in ("super", "self"):
        if path[i] == "super":
            out = out[:-1]
        i += 1
    return out + path[i:]


def names_in(group):
    return [x.strip().split(" as ")[0] for x in re.split(r",(?![^{]*\})", group) if x.strip()]


def reexport(module, item):
    for m in PUB_USE.finditer(FILES[MODULES[tuple(module)]]):
        base, group = m.group(1).split("::"), m.group(2)
        names = [n.split("::")[-1] for n in names_in(group)] if group else [base[-1]]
        if item in names or "*" in names:
            return absolute(module, base if group else base[:-1]) + [item]
    return None


def resolve(path, depth=0):
    for n in range(len(path), 0, -1):
        if tuple(path[:n]) in MODULES:
            if n < len(path) and depth < 4:
                via = reexport(path[:n], path[n])
                if via and (found := resolve(via, depth + 1)):
                    return found
            return MODULES[tuple(path[:n])]
    return None


def declares(parent, child):
    """A mod.rs (or lib.rs) and a file under its folder."""
    if parent == "lib.rs":
        return True
    return parent.endswith("mod.rs") and child.startswith(os.path.dirname(parent) + "/")


def edges_of(rel, src):
    src = re.sub(r"#\[cfg\(test\)\]\s*mod tests \{.*", "", src, flags=re.S)
    module, targets = module_of(rel), []
    for m in USE.finditer(src):
        base, group = m.group(1).split("::"), m.group(2)
        if base[0] not in ("crate", "super", "self") and tuple(module + base[:1]) not in MODULES:
            continue
        if group:
            for item in names_in(group):
                segs = [s for s in item.split("{")[0].split("::") if s and s != "self"]
                targets.append(absolute(module, base + segs))
        else:
            targets.append(absolute(module, base))
    targets += [m.group(1).split("::")[1:] for m in CRATE_PATH.finditer(src)]
    found = {resolve(t) for t in targets}
    return {f for f in found if f and f != rel and not declares(rel, f)}


def circles(edges):
    index, low, stack, on, out = {}, {}, [], set(), []
    sys.setrecursionlimit(10_000)

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def loop_through(edges, start):
    prev, queue = {start: None}, deque([start])
    while queue:
        v = queue.popleft()
        for w in sorted(edges[v]):
            if w == start:
                path = [v]
                while prev[path[-1]]:
                    path.append(prev[path[-1]])
                return list(reversed(path)) + [start]
            if w not in prev:
                prev[w] = v
                queue.append(w)
    return []


def main():
    edges = {rel: edges_of(rel, src) for rel, src in FILES.items()}
    found = circles(edges)
    for group in found:
        print(f"import circle of {len(group)} files: {', '.join(group)}")
        print("  e.g. " + " -> ".join(loop_through(edges, group[0])))
    count = sum(len(e) for e in edges.values())
    print(f"{len(edges)} files, {count} imports between them, {len(found)} circles")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
