#!/usr/bin/env python3
"""Writes the bundled knowledge base without its artists, to stdout.

    python3 eval/strip_knowledge.py artists > target/shows-only.json
    target/release/greenroom-worker extract eval/team-5 --format json \\
        --knowledge target/shows-only.json --knowledge-only

`artists` drops every person, group and work (ceremonies and places stay); `groups`
drops only groups and the works credited to them. Scoring a set this way shows how the
extractor reads acts it has never heard of, as it must on real articles about other
artists: every name has to be found from the text alone.
"""
import json
import pathlib
import sys

DROP = {"artists": {"person", "group", "work"}, "groups": {"group"}}


def main() -> int:
    if len(sys.argv) != 2 or sys.argv[1] not in DROP:
        print(__doc__, file=sys.stderr)
        return 2
    drop = DROP[sys.argv[1]]
    path = pathlib.Path(__file__).resolve().parent.parent / "worker/extract/data/knowledge.json"
    kb = json.loads(path.read_text(encoding="utf-8"))
    gone = {e["name"] for e in kb["entities"] if e["kind"] in drop}
    kb["entities"] = [
        e for e in kb["entities"] if e["kind"] not in drop and e.get("by") not in gone
    ]
    json.dump(kb, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
