"""Helpers for reading synthesised CloudFormation in tests (imported by the infra test modules)."""

from __future__ import annotations

import json
from typing import Any


def flatten(value: Any) -> str:
    """A CloudFormation value as one readable string (joins and references inlined)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        if "Fn::Join" in value:
            delimiter, parts = value["Fn::Join"]
            return delimiter.join(flatten(p) for p in parts)
        if "Ref" in value:
            return f"<{value['Ref']}>"
        if "Fn::GetAtt" in value:
            return f"<{'.'.join(value['Fn::GetAtt'])}>"
        if "Fn::GetStackOutput" in value:
            ref = value["Fn::GetStackOutput"]
            return f"<{ref['StackName']}:{ref['OutputName']}>"
        if "Fn::ImportValue" in value:
            return f"<import:{flatten(value['Fn::ImportValue'])}>"
    return json.dumps(value, sort_keys=True)


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def iam_statements(templates: dict[str, dict[str, Any]]):
    """Every statement of every identity policy in every stack: (stack, logical id, statement)."""
    for stack, template in templates.items():
        for logical_id, resource in template["Resources"].items():
            props = resource.get("Properties", {})
            documents = []
            if resource["Type"] in ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"):
                documents.append(props["PolicyDocument"])
            elif resource["Type"] == "AWS::IAM::Role":
                documents.extend(p["PolicyDocument"] for p in props.get("Policies", []))
            for document in documents:
                for statement in document["Statement"]:
                    yield stack, logical_id, statement


def lambda_functions(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Our functions (not CDK's custom-resource handlers), keyed by logical id."""
    return {
        logical_id: resource
        for logical_id, resource in template["Resources"].items()
        if resource["Type"] == "AWS::Lambda::Function"
        and (
            resource["Properties"].get("Handler", "").startswith("functions.")
            or resource["Properties"].get("PackageType") == "Image"
        )
    }


def function_by_handler(template: dict[str, Any], entry: str) -> tuple[str, dict[str, Any]]:
    for logical_id, resource in lambda_functions(template).items():
        props = resource["Properties"]
        if props.get("Handler") == f"functions.{entry}.handler.handler":
            return logical_id, resource
        if props.get("PackageType") == "Image" and logical_id.lower().startswith(entry.replace("_", "")):
            return logical_id, resource
    raise KeyError(entry)
