"""cdk-nag acknowledgments in one vocabulary.

cdk-nag 3 runs as a CDK policy-validation plugin and reads acknowledgments recorded with
`Validations.of(scope).acknowledge(...)`; an acknowledgment applies to the scope and everything
below it, and must name a finding exactly (`AwsSolutions-IAM5[Action::s3:GetObject*]`): v3 has no
regex `appliesTo`. Findings on IAM wildcards name *resolved* ARNs, which for cross-stack references
are only known after CDK has turned them into `Fn::ImportValue`s. `acknowledge_wildcards` therefore
registers a construct validation (these run after references are resolved and before the plugins)
that computes the IAM5 findings exactly as cdk-nag does and acknowledges the ones an allowance
covers, each with its reason. A finding no allowance covers stays an error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import jsii
from aws_cdk import Acknowledgment, CfnResource, Stack, Validations
from aws_cdk import aws_iam as iam
from constructs import IConstruct, IValidation

IAM5 = "AwsSolutions-IAM5"


def acknowledge(scope: IConstruct, rule_id: str, reason: str) -> None:
    """Acknowledge one cdk-nag finding on `scope` and its children; `reason` is kept in the report."""
    Validations.of(scope).acknowledge(Acknowledgment(id=rule_id, reason=reason))


@dataclass(frozen=True)
class WildcardAllowance:
    """An IAM5 finding pattern that is acceptable, and why.

    `finding` is matched (fullmatch) against the finding text, e.g. `Action::kms:GenerateDataKey*`
    or `Resource::<ImportsBucket.Arn>/imports/*`. If `only_with_actions` is set, every statement that
    produces the finding must use only actions matching it (for `Resource::*`, which is acceptable
    for X-Ray but not for data-plane actions).
    """

    finding: str
    reason: str
    only_with_actions: str | None = None

    def covers(self, finding: str, statements: Iterable[dict]) -> bool:
        if not re.fullmatch(self.finding, finding):
            return False
        if self.only_with_actions is None:
            return True
        return all(
            re.fullmatch(self.only_with_actions, action) for st in statements for action in _as_list(st.get("Action"))
        )


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def flatten_reference(node: object) -> str:
    """The string cdk-nag uses for a resolved CloudFormation value (see cdk-nag's flattenCfnReference)."""
    if node is None:
        return ""
    if isinstance(node, str):
        return node.replace("${", "<").replace("}", ">")
    if isinstance(node, dict):
        if "Fn::Join" in node:
            delimiter, items = node["Fn::Join"]
            return delimiter.join(flatten_reference(i) for i in items)
        if "Fn::Sub" in node:
            return flatten_reference(node["Fn::Sub"])
        if "Fn::GetAtt" in node:
            resource, attribute = node["Fn::GetAtt"]
            return f"<{flatten_reference(resource)}.{flatten_reference(attribute)}>"
        if "Fn::ImportValue" in node:
            return flatten_reference(node["Fn::ImportValue"])
        if "Ref" in node:
            return f"<{flatten_reference(node['Ref'])}>"
    return json.dumps(node, separators=(",", ":"))


def wildcard_findings(policy_document: dict) -> dict[str, list[dict]]:
    """IAM5 findings of one policy document, each with the Allow statements that produce it."""
    findings: dict[str, list[dict]] = {}
    for statement in policy_document.get("Statement", []) or []:
        if statement.get("Effect") != "Allow":
            continue
        for action in _as_list(statement.get("Action")):
            if "*" in action:
                findings.setdefault(f"Action::{action}", []).append(statement)
        for resource in _as_list(statement.get("Resource")):
            flat = flatten_reference(resource)
            if "*" in flat:
                findings.setdefault(f"Resource::{flat}", []).append(statement)
    return findings


def _policy_documents(resource: CfnResource) -> list[dict]:
    stack = Stack.of(resource)
    if isinstance(resource, iam.CfnPolicy | iam.CfnManagedPolicy):
        return [stack.resolve(resource.policy_document)]
    if isinstance(resource, iam.CfnRole):
        policies = stack.resolve(resource.policies) or []
        return [stack.resolve(stack.resolve(p)["policyDocument"]) for p in policies]
    return []


@jsii.implements(IValidation)
class _WildcardAcknowledger:
    def __init__(self, scope: IConstruct, allowances: Sequence[WildcardAllowance]) -> None:
        self._scope = scope
        self._allowances = list(allowances)

    def validate(self) -> list[str]:
        for construct in self._scope.node.find_all():
            if not isinstance(construct, CfnResource):
                continue
            for document in _policy_documents(construct):
                for finding, statements in wildcard_findings(document).items():
                    allowance = next((a for a in self._allowances if a.covers(finding, statements)), None)
                    if allowance is not None:
                        acknowledge(construct, f"{IAM5}[{finding}]", allowance.reason)
        return []


def acknowledge_wildcards(scope: IConstruct, allowances: Sequence[WildcardAllowance]) -> None:
    """Acknowledge, under `scope`, the IAM5 wildcard findings that one of `allowances` covers."""
    scope.node.add_validation(_WildcardAcknowledger(scope, allowances))
