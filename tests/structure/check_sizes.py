#!/usr/bin/env python3
"""Checks the size of the sources in core/, app/ and endpoint/ (issue 14, CONTRIBUTING.md).

Fails when a .cpp or .h file has more than --max-lines lines (800): split such a file by job,
with names that say what each part is. Fails too on every function longer than --max-function
lines (100), named as file:line with its length: split it along its seams into functions that
each do one job. A function is read the way .clang-format lays it out: a line at column 0 that
opens a definition, its "{" alone at column 0 on a later line, and the "}" at column 0 that
closes it (lambdas and class bodies are indented).
Usage: check_sizes.py <source dir> [--max-lines N] [--max-function N]   (the ctest `sizes`)
"""
import os
import sys

TOPS = ("core", "app", "endpoint")


def sources(root):
    for top in TOPS:
        for folder, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if name.endswith((".h", ".cpp")):
                    yield os.path.join(folder, name)


def long_functions(lines, limit):
    """(first line, length, signature) of each function body over `limit` lines."""
    found = []
    signature_line = None
    for number, line in enumerate(lines, 1):
        if line.startswith("{") and signature_line is not None:
            start = number
            for end in range(number, len(lines) + 1):
                if lines[end - 1].startswith("}"):
                    break
            length = end - signature_line + 1
            if length > limit:
                found.append((signature_line, length, lines[signature_line - 1].strip()))
            signature_line = None
            continue
        stripped = line.rstrip()
        if stripped and not line[0].isspace() and "(" in stripped and not stripped.startswith(
                ("//", "#", "}", "namespace", "class", "struct", "enum", "using", "template")):
            signature_line = number
        elif stripped and not line[0].isspace() and not stripped.startswith(("//", "{")) and \
                signature_line is not None and "(" not in stripped and ":" not in stripped \
                and "," not in stripped and ")" not in stripped:
            signature_line = None
    return found


def option(name, default):
    if name in sys.argv:
        return int(sys.argv[sys.argv.index(name) + 1])
    return default


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    max_lines = option("--max-lines", 800)
    max_function = option("--max-function", 100)
    too_big = []
    long = []
    files = 0
    for path in sources(root):
        files += 1
        rel = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if len(lines) > max_lines:
            too_big.append(f"{rel}: {len(lines)} lines, more than {max_lines}: split it by job")
        for start, length, signature in long_functions(lines, max_function):
            long.append(f"{rel}:{start}: function of {length} lines, more than {max_function}: "
                        f"{signature}")
    for line in too_big + long:
        print(line)
    if too_big:
        print(f"{len(too_big)} file(s) over {max_lines} lines: split by job")
    if long:
        print(f"{len(long)} function(s) over {max_function} lines: split along their seams")
    if too_big or long:
        return 1
    print(f"sizes ok: {files} files, none over {max_lines} lines, "
          f"no function over {max_function} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
