"""The relation tests build their states with the event tests' hand-made helpers."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
