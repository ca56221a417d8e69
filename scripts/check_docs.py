#!/usr/bin/env python3
"""Docs gate (part of scripts/lint.sh): every relative link in the Markdown files resolves, every
document under docs/ is linked from README.md, and README.md stays short (150 lines at most)."""
import glob
import os
import re
import sys

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
files = ["README.md", "CONTRIBUTING.md", "CHANGELOG.md", "bench/README.md"] + sorted(glob.glob("docs/*.md"))
problems = []
for f in files:
    for m in re.finditer(r"\]\(([^)\s]+)\)", open(f).read()):
        target = m.group(1)
        if re.match(r"^(https?:|#|mailto:)", target):
            continue
        if not os.path.exists(os.path.normpath(os.path.join(os.path.dirname(f), target.split("#")[0]))):
            problems.append(f"{f}: broken link {target}")
readme = open("README.md").read()
for doc in sorted(glob.glob("docs/*.md")) + ["bench/README.md", "CONTRIBUTING.md", "CHANGELOG.md"]:
    if f"]({doc})" not in readme:
        problems.append(f"README.md does not link {doc}")
if len(readme.splitlines()) > 150:
    problems.append(f"README.md has {len(readme.splitlines())} lines (at most 150: the rest goes to docs/)")
for p in problems:
    print(p)
print(f"docs: {len(files)} files, {'clean' if not problems else str(len(problems)) + ' problems'}")
sys.exit(1 if problems else 0)
