#!/usr/bin/env python3
"""Differential test: every body that the seed's JSON Schema for CustomIntegrationCreate rejects,
`galileo-integrations validate` rejects too, with an error at the place FastAPI would name.

    schema_differential.py --app build/app/galileo-integrations [--seed PATH] [--bodies N]

The schema is read from the seed file itself (tests/schema/seedschema.py) and checked with
python3-jsonschema's draft 2020-12 validator. The bodies are generated from the schema and by
mutating the seed's examples (wrong types, nulls, removed and extra keys, limits and enums one
step off), from a fixed random seed, so every run checks the same bodies. Bodies the app rejects
and the schema accepts are the app's own stricter rules (URLs, header names, ...): they are
counted, not failed.
"""
import argparse
import copy
import json
import pathlib
import random
import subprocess
import sys
import tempfile
import time

import jsonschema

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import seedschema  # noqa: E402

RANDOM_SEED = 20261127

STRINGS = [
    "", "x", "https://gw.example.org/v1", "http://localhost:8000/v1", "gw.example.org/v1",
    "X-API-Key", "Authorization", "llama-3-70b", "gpt-5.4", "temperature", "max_tokens",
    "handler.py", "Handler", "api_key", "none", "oauth2", '{"client_id":"a","client_secret":"b"}',
    "Ä\u00e9\u2028", "a\nb", " spaced ", "\ud83d\ude00",
]
WRONG_VALUES = [None, True, False, 0, 1, -1, 1.5, 1e300, "x", "", [], ["x"], [1], {}, {"a": 1},
                {"name": "m"}]


class Generator:
    """Random instances of a JSON Schema, valid as far as the schema goes."""

    def __init__(self, root, rng):
        self.root = root
        self.rng = rng

    def resolve(self, schema):
        while "$ref" in schema:
            parts = schema["$ref"].lstrip("#/").split("/")
            target = self.root
            for part in parts:
                target = target[part]
            schema = target
        return schema

    def value(self, schema, depth=0):
        schema = self.resolve(schema)
        if "anyOf" in schema:
            return self.value(self.rng.choice(schema["anyOf"]), depth)
        if "enum" in schema:
            return self.rng.choice(schema["enum"])
        kind = schema.get("type")
        if kind == "object":
            return self.object(schema, depth)
        if kind == "array":
            items = schema.get("items", {})
            return [self.value(items, depth + 1) for _ in range(self.rng.randint(0, 3))]
        if kind == "string":
            return self.rng.choice(STRINGS)
        if kind == "integer":
            low = schema.get("minimum", -5)
            return self.rng.choice([low, low + 1, low + self.rng.randint(2, 10**6)])
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind == "null":
            return None
        return self.anything(depth)

    def object(self, schema, depth):
        result = {}
        required = set(schema.get("required", []))
        for name, sub in schema.get("properties", {}).items():
            if name in required or self.rng.random() < 0.5:
                result[name] = self.value(sub, depth + 1)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            limit = min(schema.get("maxProperties", 4), 4)
            for _ in range(self.rng.randint(0, limit)):
                result[self.rng.choice(["X-A", "X-B", "job_id", "run_id", "k"])] = self.value(
                    extra, depth + 1)
        elif extra is True:
            for _ in range(self.rng.randint(0, 2)):
                result[self.rng.choice(["timeout", "retries", "n"])] = self.anything(depth + 1)
        return result

    def anything(self, depth):
        if depth > 4:
            return self.rng.choice([None, 1, "s", True])
        return self.rng.choice([None, 1, 2.5, "s", True, [1, "a"], {"k": [None]}])


def paths(value, prefix=()):
    """Every place in a body: key paths and list indices, the body itself first."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, prefix + (index,))


def get(body, path):
    for part in path:
        body = body[part]
    return body


def put(body, path, value):
    if not path:
        return value
    get(body, path[:-1])[path[-1]] = value
    return body


def mutations(body, rng, generator, schema_root):
    """Bodies one step away from `body`."""
    places = list(paths(body))
    place = rng.choice(places)
    wrong = copy.deepcopy(body)
    yield put(wrong, place, copy.deepcopy(rng.choice(WRONG_VALUES)))
    nulled = copy.deepcopy(body)
    yield put(nulled, rng.choice(places), None)
    keyed = [p for p in places if p and isinstance(get(body, p[:-1]), dict)]
    if keyed:
        removed = copy.deepcopy(body)
        where = rng.choice(keyed)
        del get(removed, where[:-1])[where[-1]]
        yield removed
    objects = [p for p in places if isinstance(get(body, p), dict)]
    if objects:
        extra = copy.deepcopy(body)
        name = rng.choice(["extra", "endpiont", "name", "max_files", "file_name", "endpoint"])
        get(extra, rng.choice(objects))[name] = copy.deepcopy(rng.choice(WRONG_VALUES))
        yield extra
    # A field of the schema set to another of its own shapes, or to a neighbour's.
    properties = generator.resolve(schema_root["components"]["schemas"]["CustomIntegrationCreate"])
    name, sub = rng.choice(sorted(properties["properties"].items()))
    swapped = copy.deepcopy(body) if isinstance(body, dict) else {}
    swapped[name] = generator.value(rng.choice([sub, rng.choice(
        list(properties["properties"].values()))]))
    yield swapped


def limit_bodies(base):
    """The schema's limits and enum, one step either side."""
    for limit in ["max_files", "max_file_size_bytes"]:
        for value in [-1, 0, 1, 2, 0.0, 1.0, 1.5, True, "1", None, 2**53, 2**63]:
            yield dict(base, multi_modal_config={limit: value})
    for count in [49, 50, 51]:
        yield dict(base, headers={f"X-H{i}": "v" for i in range(count)})
    for value in ["api_key", "none", "oauth2", "API_KEY", "bearer", "", " none", None, 1,
                  ["none"]]:
        yield dict(base, authentication_type=value)
    for value in [True, False, None, 0, "false"]:
        yield dict(base, is_legacy_format=value)
    for body in [None, [], [base], "body", 1, {}]:
        yield body


def bodies(openapi, schema, count):
    rng = random.Random(RANDOM_SEED)
    generator = Generator(schema, rng)
    request = schema["components"]["schemas"]["CustomIntegrationCreate"]
    examples = seedschema.request_examples(openapi)
    result = list(examples)
    result += list(limit_bodies(examples[0]))
    while len(result) < count:
        base = rng.choice(examples) if rng.random() < 0.5 else generator.value(request)
        result.append(base)
        for mutated in mutations(base, rng, generator, schema):
            result.append(mutated)
            # A second step now and then, so that errors meet.
            if rng.random() < 0.2:
                result.extend(list(mutations(mutated, rng, generator, schema))[:1])
    return result[:count]


def leaves(error):
    """Where FastAPI would put the error: the deepest place the schema's reasons name, with the
    missing property's name for `required`."""
    if error.context:
        found = [leaf for sub in error.context for leaf in leaves(sub)]
        deepest = max(len(leaf) for leaf in found)
        return {leaf for leaf in found if len(leaf) == deepest}
    path = tuple(error.absolute_path)
    if error.validator == "required":
        return {path + (name,) for name in error.validator_value if name not in error.instance}
    return {path}


def app_errors(app, body_path):
    run = subprocess.run([app, "validate", str(body_path), "--json"], capture_output=True,
                         text=True, check=False)
    if run.returncode not in (0, 1, 2):
        raise RuntimeError(f"validate exited with {run.returncode}: {run.stderr}")
    detail = json.loads(run.stdout)["detail"]
    places = set()
    for item in detail:
        if item["severity"] != "error":
            continue
        loc = item["loc"][1:] if item["loc"][:1] == ["body"] else item["loc"]
        # ["body", 41] is a place in the JSON text (FastAPI's jsondecode): the whole body.
        if len(loc) == 1 and isinstance(loc[0], int):
            loc = []
        places.add(tuple(loc))
    return run.returncode, places


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--seed", default=seedschema.default_seed_path(HERE.parent.parent))
    parser.add_argument("--bodies", type=int, default=1200)
    args = parser.parse_args()

    if not pathlib.Path(args.seed).is_file():
        sys.exit(f"the seed is not at {args.seed}: CI puts shared/ beside the repository")
    openapi = seedschema.load_openapi(args.seed)
    schema = seedschema.request_schema(openapi)
    validator = jsonschema.Draft202012Validator(schema)

    started = time.monotonic()
    failures = []
    counts = {"schema rejects, app rejects": 0, "both accept": 0, "app rejects beyond schema": 0}
    with tempfile.TemporaryDirectory() as work:
        for index, body in enumerate(bodies(openapi, schema, args.bodies)):
            text = json.dumps(body)
            body_path = pathlib.Path(work) / f"body-{index}.json"
            body_path.write_text(text, encoding="utf-8")
            schema_errors = list(validator.iter_errors(body))
            code, places = app_errors(args.app, body_path)
            if not schema_errors:
                counts["app rejects beyond schema" if code else "both accept"] += 1
                continue
            counts["schema rejects, app rejects"] += bool(code)
            if code == 0:
                failures.append(f"accepted, but the schema says: {schema_errors[0].message}\n"
                                f"    {text}")
                continue
            for error in schema_errors:
                expected = leaves(error)
                if not expected & places:
                    failures.append(
                        f"the schema names {sorted(expected, key=str)} ({error.message}); the app "
                        f"names {sorted(places, key=str)}\n    {text}")

    for name, value in counts.items():
        print(f"{name}: {value}")
    print(f"{args.bodies} bodies in {time.monotonic() - started:.1f} s")
    for failure in failures[:20]:
        print("FAIL:", failure)
    if failures:
        sys.exit(f"{len(failures)} disagreements with the schema")


if __name__ == "__main__":
    main()
