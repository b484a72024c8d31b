"""Shared by the end-to-end test scripts (test_cli.py, test_hostile.py,
test_scale.py): running sluice, recording checks, writing files and reading
the SARIF a scan wrote."""
import json
import os
import subprocess

import jsonschema

SLUICE = None   # path of the binary under test
SCHEMA = None   # a jsonschema validator for SARIF 2.1.0
FAILURES = []
PASSED = 0


def setup(sluice_path, schema_path):
    global SLUICE, SCHEMA
    SLUICE = sluice_path
    with open(schema_path, encoding="utf-8") as f:
        doc = json.load(f)
    SCHEMA = jsonschema.validators.validator_for(doc)(doc)
    return SCHEMA


def sluice(*argv, cwd=None, timeout=600, stdin=subprocess.DEVNULL):
    return subprocess.run([SLUICE, *argv], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout, stdin=stdin)


def check(name, cond, detail=""):
    global PASSED
    if cond:
        PASSED += 1
    else:
        FAILURES.append(f"{name}: {detail}")
        print(f"FAIL {name}: {str(detail)[:2000]}")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def sarif_of(path):
    """The SARIF document at path and its schema errors."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    return doc, list(SCHEMA.iter_errors(doc))


def results(doc):
    return doc["runs"][0].get("results", [])


def notes(doc):
    invs = doc["runs"][0].get("invocations", [])
    return [n for inv in invs for n in inv.get("toolExecutionNotifications", [])]


def finish():
    """Prints the tally; the process exit status."""
    print(f"{PASSED} passed, {len(FAILURES)} failed")
    return 1 if FAILURES else 0
