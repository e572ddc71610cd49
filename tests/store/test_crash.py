"""A crash mid-ingest loses nothing committed: kill the process, the store is intact."""

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

STORY = ("Forces loyal to Khalifa Haftar shelled the outskirts of Tripoli on {day}, the "
         "Government of National Accord said, as Egyptian troops massed near the border. "
         "Story number {n} says the UN envoy Ghassan Salame called for a truce.")


def test_killing_ingest_midway_keeps_every_committed_document(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as handle:
        for n in range(400):
            handle.write(json.dumps({"text": STORY.format(day="Monday", n=n),
                                     "url": f"https://example.org/{n}"}) + "\n")
    db = tmp_path / "crash.db"
    log = tmp_path / "ingest.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "factions.cli", "ingest", str(feed), "--db", str(db), "--quiet"],
        stdout=subprocess.DEVNULL, stderr=log.open("w"))
    # Generous: a loaded machine may take long to import and load the knowledge base; the loop
    # ends as soon as ten documents are in, or when the process has ended.
    deadline = time.time() + 300
    count = 0
    while time.time() < deadline and count < 10 and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    count = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                count = 0
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if db.exists():
        with sqlite3.connect(db) as conn:
            count = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert count >= 10, f"ingest did not get going: {log.read_text()[-2000:]}"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        orphans = conn.execute("SELECT COUNT(*) FROM mentions WHERE doc_id NOT IN "
                               "(SELECT id FROM documents)").fetchone()[0]
    assert docs >= count and orphans == 0
    # Ingesting again finishes the job and keeps one copy of each document.
    subprocess.run([sys.executable, "-m", "factions.cli", "ingest", str(feed), "--db", str(db),
                    "--quiet"], check=True, stdout=subprocess.DEVNULL)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 400
