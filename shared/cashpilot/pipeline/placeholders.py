"""Stand-ins for pipeline steps whose services are not written yet.

Each entry point calls exactly one function; while its service does not exist, that function is
`pass_through`, so the state machine, the contracts and the deployment can be exercised end to end
already. Remove this module once no handler imports it.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

Out = TypeVar("Out", bound=BaseModel)


def pass_through(task: BaseModel, output: type[Out]) -> Out:
    """Return `task` unchanged, re-validated as the step's output contract."""
    return output.model_validate(task.model_dump(by_alias=True))
