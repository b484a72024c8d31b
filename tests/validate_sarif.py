#!/usr/bin/env python3
"""Validate SARIF (or any JSON) files against a JSON schema.

Usage: validate_sarif.py SCHEMA FILE...

Prints "FILE: ok" for each valid file, otherwise "FILE: invalid" followed by
the first few errors with their JSON path. Exit status: 0 all valid,
1 some file invalid or unreadable, 2 usage error or unusable schema.
Needs only the standard library and python3-jsonschema.
"""
import json
import sys

import jsonschema

MAX_ERRORS = 5
MAX_MESSAGE = 300


def json_path(parts):
    """Renders an error path like $.runs[0].results[2]['$schema']."""
    out = "$"
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        elif p.isidentifier():
            out += f".{p}"
        else:
            out += "[" + json.dumps(p) + "]"
    return out


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        schema = load_json(argv[1])
        # Picks Draft4Validator for the SARIF schema (it declares draft-04).
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"{argv[1]}: unusable schema: {e}", file=sys.stderr)
        return 2
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)

    status = 0
    for path in argv[2:]:
        try:
            instance = load_json(path)
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read JSON: {e}")
            status = 1
            continue
        errors = sorted(validator.iter_errors(instance), key=jsonschema.exceptions.relevance)
        if not errors:
            print(f"{path}: ok")
            continue
        status = 1
        print(f"{path}: invalid ({len(errors)} error{'s' if len(errors) != 1 else ''})")
        for err in errors[:MAX_ERRORS]:
            msg = err.message
            if len(msg) > MAX_MESSAGE:
                msg = msg[:MAX_MESSAGE] + "..."
            print(f"  {json_path(err.absolute_path)}: {msg}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
