"""A small route registry: one declaration registers a Flask route *and* its OpenAPI operation.

The OpenAPI document at /api/v1/openapi.json is therefore generated from the
code that serves the requests, and the same request schemas validate incoming
JSON bodies, so the document cannot drift from the behaviour.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from flask import Blueprint

ERROR_SCHEMA = {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["code", "message"],
                             "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}},
}


@dataclass
class Operation:
    path: str
    method: str
    operation_id: str
    summary: str
    tag: str
    body: dict | None = None
    body_type: str = "application/json"
    response: dict | None = None
    response_type: str = "application/json"
    parameters: list[dict] = field(default_factory=list)
    errors: tuple[int, ...] = (400,)
    secured: bool = True


class Registry:
    """Collects operations as routes are declared; `document()` emits OpenAPI 3.1."""

    def __init__(self, title: str, version: str, description: str = ""):
        self.title, self.version, self.description = title, version, description
        self.operations: list[Operation] = []
        self.schemas: dict[str, dict] = {"Error": ERROR_SCHEMA}

    def route(self, bp: Blueprint, rule: str, method: str, *, summary: str, tag: str, body: dict | None = None,
              body_type: str = "application/json", response: dict | None = None,
              response_type: str = "application/json", parameters: list[dict] | None = None,
              errors: tuple[int, ...] = (400,), secured: bool = True) -> Callable:
        """Decorator: register `rule` on `bp` for `method` and describe it."""
        def deco(fn: Callable) -> Callable:
            endpoint = f"{fn.__name__}_{method.lower()}"
            bp.add_url_rule(rule, endpoint=endpoint, view_func=fn, methods=[method])
            path = (bp.url_prefix or "") + rule
            path_params = re.findall(r"<(?:\w+:)?(\w+)>", path)
            params = [{"name": p, "in": "path", "required": True, "schema": {"type": "string"}} for p in path_params]
            params += parameters or []
            self.operations.append(Operation(re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", path), method.lower(),
                                             f"{bp.name}_{endpoint}", summary, tag, body, body_type, response, response_type,
                                             params, errors, secured))
            return fn
        return deco

    def document(self, server_url: str | None = None) -> dict:
        paths: dict[str, dict] = {}
        for op in self.operations:
            item: dict = {"operationId": op.operation_id, "summary": op.summary, "tags": [op.tag]}
            if op.parameters:
                item["parameters"] = op.parameters
            if op.body is not None:
                item["requestBody"] = {"required": True, "content": {op.body_type: {"schema": op.body}}}
            ok = {"description": "OK"}
            if op.response is not None:
                ok["content"] = {op.response_type: {"schema": op.response}}
            responses: dict = {"200": ok}
            for code in op.errors:
                if op.tag == "languagetool":
                    responses[str(code)] = {"description": "Error (plain text starting 'Error: ')",
                                            "content": {"text/plain": {"schema": {"type": "string"}}}}
                else:
                    responses[str(code)] = {"description": "Error",
                                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            item["responses"] = responses
            if not op.secured:
                item["security"] = []
            paths.setdefault(op.path, {})[op.method] = item
        doc = {
            "openapi": "3.1.0",
            "info": {"title": self.title, "version": self.version, "description": self.description},
            "paths": paths,
            "components": {
                "schemas": self.schemas,
                "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                               "description": "Only when the server was started with an API token"}},
            },
            "security": [{}, {"bearer": []}],
        }
        if server_url:
            doc["servers"] = [{"url": server_url}]
        return doc


def validate(schema: dict, value: object, where: str = "body") -> str | None:
    """Check `value` against the JSON-Schema subset our request schemas use; an error message or None."""
    kind = schema.get("type")
    types = {"object": dict, "array": list, "string": str, "boolean": bool, "integer": int, "number": (int, float)}
    if kind:
        expected = types[kind]
        if not isinstance(value, expected) or (kind in ("integer", "number") and isinstance(value, bool)):
            return f"{where} must be {'an' if kind[0] in 'aeiou' else 'a'} {kind}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{where} must be one of {', '.join(map(str, schema['enum']))}"
    if isinstance(value, str):
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            return f"{where} is longer than {schema['maxLength']} characters"
        if "minLength" in schema and len(value) < schema["minLength"]:
            return f"{where} must not be empty" if schema["minLength"] == 1 else f"{where} is too short"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return f"{where} must be at least {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            return f"{where} must be at most {schema['maximum']}"
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                return f"{where}.{name} is required"
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                err = validate(sub, value[name], f"{where}.{name}")
                if err:
                    return err
    if isinstance(value, list) and "items" in schema:
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return f"{where} has more than {schema['maxItems']} items"
        for i, item in enumerate(value):
            err = validate(schema["items"], item, f"{where}[{i}]")
            if err:
                return err
    return None
