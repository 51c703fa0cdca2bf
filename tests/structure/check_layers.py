#!/usr/bin/env python3
"""Checks that the areas of core/ depend only downwards (docs/architecture.md).

The layers are declared once, by the veldboek_add_area(<area> DEPENDS <areas>...) call at the top
of each core/<area>/CMakeLists.txt (core/CMakeLists.txt defines it). CMake links static libraries
even when they form a cycle, and every area shares the include root core/, so a wrong #include
would still compile; this check is what fails:
  - a cycle among the declared areas;
  - an #include "<area>/..." in core/, app/ or endpoint/ sources of an area that is not the
    including area nor (transitively) below it; app/ and endpoint/ may use every area;
  - an #include that climbs out of its folder ("../"), which would dodge the check;
  - QtWidgets in core/ (core/ is used by the endpoint, which has no display).
Usage: check_layers.py <source dir>   (the ctest `layers`; --graph prints the include graph)
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
WIDGETS = re.compile(r'^\s*#\s*include\s+<(QtWidgets/|QWidget|QApplication|QDialog|QMainWindow)')
AREA_CALL = re.compile(r'veldboek_add_area\(\s*(\w+)((?:\s+DEPENDS)?[^)]*)\)', re.S)


def declared_areas(core):
    areas = {}
    for name in sorted(os.listdir(core)):
        cmake = os.path.join(core, name, "CMakeLists.txt")
        if not os.path.isfile(cmake):
            continue
        with open(cmake, encoding="utf-8") as f:
            match = AREA_CALL.search(f.read())
        if not match or match.group(1) != name:
            sys.exit(f"{cmake}: does not start its library with veldboek_add_area({name} ...)")
        words = match.group(2).split()
        areas[name] = set(words[1:]) if words and words[0] == "DEPENDS" else set()
    return areas


def below(areas):
    """Every area each area may include: its declared dependencies, transitively."""
    result = {}

    def visit(area, path):
        if area in path:
            sys.exit("cycle among the areas: " + " -> ".join(path[path.index(area):] + [area]))
        if area in result:
            return result[area]
        if area not in areas:
            sys.exit(f"an area depends on core/{area}, which has no veldboek_add_area")
        reach = set()
        for dep in areas[area]:
            reach |= {dep} | visit(dep, path + [area])
        result[area] = reach
        return reach

    for area in areas:
        visit(area, [])
    return result


def sources(root):
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith((".h", ".cpp")):
                yield os.path.join(folder, name)


def main():
    source_dir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    core = os.path.join(source_dir, "core")
    areas = declared_areas(core)
    allowed = below(areas)
    problems = []
    edges = {}
    for top in ("core", "app", "endpoint"):
        for path in sources(os.path.join(source_dir, top)):
            rel = os.path.relpath(path, source_dir)
            parts = rel.split(os.sep)
            own = parts[1] if top == "core" and len(parts) > 2 else None
            with open(path, encoding="utf-8") as f:
                lines = f.readlines()
            for number, line in enumerate(lines, 1):
                if top == "core" and WIDGETS.match(line):
                    problems.append(f"{rel}:{number}: QtWidgets in core/")
                match = INCLUDE.match(line)
                if not match:
                    continue
                target = match.group(1)
                if ".." in target.split("/"):
                    problems.append(f"{rel}:{number}: include climbs out of its folder: {target}")
                    continue
                area = target.split("/")[0] if "/" in target else None
                if area not in areas:
                    continue  # the same folder, or app/endpoint's own headers
                if top == "core" and own is None:
                    problems.append(f"{rel}:{number}: core/{parts[1]} uses core/{area}, "
                                    "but is no area")
                elif own is not None and area != own:
                    edges.setdefault((own, area), 0)
                    edges[(own, area)] += 1
                    if area not in allowed[own]:
                        problems.append(f"{rel}:{number}: core/{own} includes {target}, but "
                                        f"{area} is not below {own} (core/{own}/CMakeLists.txt)")
    if "--graph" in sys.argv:
        for (src, dst), count in sorted(edges.items()):
            print(f"{src} -> {dst}: {count}")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} include(s) against the layers (docs/architecture.md)")
        return 1
    print(f"layers ok: {len(areas)} areas, {len(edges)} include edges, all downwards")
    return 0


if __name__ == "__main__":
    sys.exit(main())
