#!/usr/bin/env python3
"""Writes the seeds of the fuzz corpora that come from elsewhere in the project: the bodies in
tests/data, the seed's request examples, and the FastAPI 422 samples. Hand-written seeds
(hand-*) and inputs that once broke a target (crash-*) sit beside them and are left alone.

    python3 tests/fuzz/make-corpus.py [--seed PATH]
"""
import argparse
import copy
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent.parent
sys.path.insert(0, str(SOURCE / "tests" / "schema"))
import seedschema  # noqa: E402


def write(corpus, name, text):
    path = HERE / "corpus" / corpus / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", default=seedschema.default_seed_path(SOURCE))
    args = parser.parse_args()

    data = SOURCE / "tests" / "data"
    samples = json.loads((data / "fastapi-422-samples.json").read_text(encoding="utf-8"))
    examples = seedschema.request_examples(seedschema.load_openapi(args.seed))

    bodies = {f"data-{p.stem}.json": p.read_text(encoding="utf-8")
              for p in sorted(data.glob("*.json")) if p.name != "fastapi-422-samples.json"}
    for i, example in enumerate(examples):
        bodies[f"seed-example-{i}.json"] = json.dumps(example, indent=2)
    for i, sample in enumerate(samples["pydantic_v1"]):
        bodies[f"422-request-{i}.json"] = sample["request_body"]
    for name, text in bodies.items():
        write("integration_json", name, text)
        # An import takes a raw body too.
        write("profile", name, text)

    answers = [sample["response"] for sample in samples["pydantic_v1"]]
    answers.append(samples["pydantic_v2_example"]["response"])
    answers += [other["response"] for other in samples["other_statuses"]]
    for i, answer in enumerate(answers):
        write("validation_detail", f"422-answer-{i}.json", json.dumps(answer))

    # GET /v2/integrations/custom answers with the settings nested, as StoredConfig reads them.
    for i, example in enumerate(examples):
        answer = {"id": f"6f1c2b7e-0000-4000-8000-00000000000{i}", "name": "custom",
                  "created_at": "2025-11-03T10:15:00.123456+00:00",
                  "updated_at": "2025-11-03T10:15:00.123456+00:00",
                  "created_by": "0b9c1d2e-0000-4000-8000-000000000001",
                  "permissions": [{"action": "update", "allowed": True}],
                  "extra": example}
        write("galileo_answers", f"seed-example-{i}-stored.json", json.dumps(answer, indent=2))

    # A cluster's OpenAPI document, which SchemaDrift compares with the field catalog: the seed's
    # schemas for the request body, the same with a field gained and one lost, and $refs that
    # never end.
    openapi = seedschema.load_openapi(args.seed)

    def plain(schema):  # without the prose, which the comparison does not read
        if isinstance(schema, dict):
            return {k: plain(v) for k, v in schema.items() if k not in ("description", "examples")}
        if isinstance(schema, list):
            return [plain(v) for v in schema]
        return schema

    schemas = plain(openapi["components"]["schemas"])
    create = ["CustomIntegrationCreate", "CustomAuthenticationType", "ModelProperties",
              "CustomLLMConfig", "MultiModalModelIntegrationConfig"]
    document = {"openapi": openapi["openapi"],
                "components": {"schemas": {name: schemas[name] for name in create}}}
    write("galileo_answers", "seed-openapi.json", json.dumps(document, separators=(",", ":")))
    drifted = copy.deepcopy(document)
    properties = drifted["components"]["schemas"]["CustomIntegrationCreate"]["properties"]
    properties["routing_policy"] = {"type": "string", "title": "Routing Policy"}
    properties.pop("custom_llm_config", None)
    write("galileo_answers", "seed-openapi-drifted.json", json.dumps(drifted, separators=(",", ":")))
    ref = "#/components/schemas/"
    endless = {"components": {"schemas": {
        "CustomIntegrationCreate": {"allOf": [{"$ref": ref + "Loop"}]},
        "Loop": {"$ref": ref + "Loop"}}}}
    write("galileo_answers", "seed-openapi-endless-refs.json", json.dumps(endless))


if __name__ == "__main__":
    main()
