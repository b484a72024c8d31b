#!/usr/bin/env python3
"""Validates GitHub Actions workflow files against a JSON schema file.

Usage: check_workflow.py SCHEMA.json WORKFLOW.yml...

SCHEMA.json is SchemaStore's github-workflow.json (any copy of it; none is
shipped here). Needs PyYAML and jsonschema (Debian: python3-yaml,
python3-jsonschema). Exit code: 0 all valid, 1 a workflow is invalid,
2 bad usage or an unreadable file.
"""
import json
import re
import sys

import jsonschema
import yaml


class WorkflowLoader(yaml.SafeLoader):
    """YAML 1.1 reads `on:` as the boolean true; GitHub reads YAML 1.2,
    where only true and false are booleans."""


WorkflowLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
WorkflowLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf")
)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validator = cls(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"{argv[1]}: cannot use the schema: {e}", file=sys.stderr)
        return 2
    status = 0
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as f:
                doc = yaml.load(f, Loader=WorkflowLoader)
        except (OSError, yaml.YAMLError) as e:
            print(f"{path}: cannot read: {e}", file=sys.stderr)
            return 2
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        for e in errors:
            e = jsonschema.exceptions.best_match([e])  # the deepest cause
            where = "/".join(str(p) for p in e.absolute_path) or "(top)"
            msg = e.message if len(e.message) <= 300 else e.message[:300] + " ..."
            print(f"{path}: {where}: {msg}")
        if errors:
            status = 1
        else:
            print(f"{path}: valid against {schema.get('$id', argv[1])}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
