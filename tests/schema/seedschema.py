"""The OpenAPI document of ../shared/seeds, and what the tests take from it.

The seed is a Markdown page with the OpenAPI text in a ````yaml block; nothing is copied out of
it, so the tests always check against the schema as the seed gives it.
"""
import pathlib
import re

import yaml

SEED_NAME = "000_06ea3b330c024262.txt"


def default_seed_path(source_dir):
    """Where CI puts the seed: a read-only copy of shared/ beside the repository."""
    return pathlib.Path(source_dir).resolve().parent / "shared" / "seeds" / SEED_NAME


def load_openapi(seed_path):
    text = pathlib.Path(seed_path).read_text(encoding="utf-8")
    match = re.search(r"^````yaml[^\n]*\n(.*?)^````", text, re.S | re.M)
    if not match:
        raise ValueError(f"{seed_path}: no ````yaml block with the OpenAPI text")
    return yaml.safe_load(match.group(1))


def request_schema(openapi):
    """CustomIntegrationCreate as a draft 2020-12 schema. Its $refs point into
    #/components/schemas, which resolve because the components come along at the root."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": "#/components/schemas/CustomIntegrationCreate",
        "components": openapi["components"],
    }


def request_examples(openapi):
    """The request bodies the seed gives as examples."""
    put = openapi["paths"]["/v2/integrations/custom"]["put"]
    return put["requestBody"]["content"]["application/json"]["schema"]["examples"]
