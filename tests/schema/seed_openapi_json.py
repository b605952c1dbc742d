"""Writes the seed's OpenAPI document as JSON, as a cluster publishes it at /openapi.json.

usage: seed_openapi_json.py SEED OUTPUT

The drift tests serve this file (and edited copies of it) from a loopback server; it is made
from the seed at build time, so they always compare against the schema as the seed gives it.
"""
import json
import sys

from seedschema import load_openapi


def main():
    seed, output = sys.argv[1], sys.argv[2]
    with open(output, "w", encoding="utf-8") as out:
        json.dump(load_openapi(seed), out, indent=1, sort_keys=False)
        out.write("\n")


if __name__ == "__main__":
    main()
