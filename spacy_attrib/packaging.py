"""Check a packaged pipeline: install its wheel and load it in a fresh interpreter.

``python -m spacy_attrib.packaging DIST_DIR PACKAGE_NAME`` installs the newest wheel in
DIST_DIR into the running environment (without dependencies: spacy-attrib is already
there) and loads PACKAGE_NAME with `spacy.load` in a subprocess that never imports
spacy_attrib itself, so the components must be found through the entry points.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHECK = """
import json, spacy
nlp = spacy.load({name!r})
doc = nlp("وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت بناءة.")
atts = [a.to_dict() for a in doc._.attributions]
assert atts and atts[0]["content"]["text"] == "المحادثات كانت بناءة", atts
print(json.dumps({{"pipeline": nlp.pipe_names, "attributions": len(atts)}}, ensure_ascii=False))
"""


def main(argv=None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    dist, name = Path(args[0]), args[1]
    wheels = sorted(dist.glob("*.whl"), key=lambda p: p.stat().st_mtime)
    if not wheels:
        print(f"error: no wheel in {dist}: run `spacy package ... --build wheel` first", file=sys.stderr)
        return 2
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--force-reinstall", str(wheels[-1])], check=True)
    result = subprocess.run([sys.executable, "-c", CHECK.format(name=name)])
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
