#!/usr/bin/env python3
"""Writes an evaluation set with each text rewritten one sentence a line, as many news sites and text extractors
write paragraphs: the sentences are the summarize command's own (`summarize sentences --format json --quotations split`, as the summarizer splits them), joined by
line breaks. The README's figures for news written one sentence a line come from the BBC and CNN/DailyMail
development sets rewritten this way.

    eng/one-sentence-a-line.py IN.jsonl OUT.jsonl [SUMMARIZE...]

SUMMARIZE is the command to run (default: dotnet src/Summarizer.Cli/bin/Release/net10.0/summarize.dll).
"""
import json
import subprocess
import sys

if len(sys.argv) < 3:
    sys.exit(__doc__)
command = sys.argv[3:] or ["dotnet", "src/Summarizer.Cli/bin/Release/net10.0/summarize.dll"]
with open(sys.argv[1], encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8") as target:
    for line in source:
        if not line.strip():
            continue
        document = json.loads(line)
        result = subprocess.run([*command, "sentences", "-", "--format", "json", "--quotations", "split"], input=document["text"],
                                capture_output=True, text=True, check=True)
        sentences = (json.loads(s)["text"] for s in result.stdout.splitlines() if s.strip())
        document["text"] = "\n".join(" ".join(s.split()) for s in sentences)
        target.write(json.dumps(document, ensure_ascii=False) + "\n")
