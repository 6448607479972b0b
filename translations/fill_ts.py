"""Write the German wording from ``de_strings.py`` into ``hipdesk_de.ts`` (after lupdate).

Usage: python translations/fill_ts.py translations/hipdesk_de.ts
Fails (exit 1) listing every source text that has no German yet, so `make translations` never
ships an unfinished entry. Existing finished translations in the .ts are kept when the table
has none (edits made in Qt Linguist survive).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from de_strings import CONTEXT, DE

# Page titles and tooltips built by app_pages.py: kept here too so the .ts has them even
# before lupdate has seen them wrapped (context "Pages").
PAGES = (
    "Today", "Routines", "Drills", "Journal", "Trends", "Settings", "Help",
    "Sitting, breaks and today's plan", "Guided routines of 2 to 10 minutes",
    "Every drill with an animated figure", "Pain, function scores and self-checks",
    "Sitting, breaks and routines beside pain", "Breaks, working hours and data",
    "Safety guidance, shortcuts and privacy (F1)",
)  # fmt: skip


def fill(path: Path) -> list[str]:
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    pages = contexts.get("Pages")
    if pages is None:
        pages = ET.SubElement(root, "context")
        ET.SubElement(pages, "name").text = "Pages"
    have = {m.findtext("source") for m in pages.iter("message")}
    for text in PAGES:
        if text not in have:
            message = ET.SubElement(pages, "message")
            ET.SubElement(message, "location", filename="../hipdesk/app_pages.py", line="0")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            german = CONTEXT.get((name, source), DE.get(source))
            if german is None:
                if translation.get("type") == "unfinished" or not translation.text:
                    missing.append(f"{name}: {source}")
                continue
            translation.text = german
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


if __name__ == "__main__":
    missing = fill(Path(sys.argv[1]))
    for line in missing:
        print("no German for", line, file=sys.stderr)
    sys.exit(1 if missing else 0)
