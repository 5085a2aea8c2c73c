"""The private moto functions the local cloud replaces are still there, with the same contract.

moto is pinned (pyproject.toml: moto==5.2.5). lambda_dispatch.py replaces
`LambdaFunction._invoke_lambda`, s3_events.py replaces `moto.s3.notifications._invoke_awslambda`, and
mail.py reads `SESBackend.sent_messages`. If a moto upgrade changes any of them, this fails first and
names the module to revisit (the local-cloud tests would fail too, less legibly).
"""

from __future__ import annotations

import inspect


def test_the_moto_internals_the_local_cloud_patches_are_still_there():
    """lambda_dispatch.py and s3_events.py replace private moto functions (moto is pinned to 5.2.5 in
    pyproject.toml). If this fails after a moto upgrade, those two modules need a look."""
    import moto
    from moto.awslambda.models import LambdaFunction
    from moto.s3 import notifications
    from moto.ses.models import SESBackend

    assert list(inspect.signature(LambdaFunction._invoke_lambda).parameters) == ["self", "event"], (
        f"moto {moto.__version__} changed LambdaFunction._invoke_lambda: see cashpilot/local/lambda_dispatch.py")
    assert "self._invoke_lambda(event=" in inspect.getsource(LambdaFunction.invoke), (
        "LambdaFunction.invoke no longer goes through _invoke_lambda: see cashpilot/local/lambda_dispatch.py")
    assert list(inspect.signature(notifications._invoke_awslambda).parameters) == [
        "account_id", "event_body", "fn_arn", "region_name"], (
        f"moto {moto.__version__} changed s3.notifications._invoke_awslambda: see cashpilot/local/s3_events.py")
    assert "_invoke_awslambda(" in inspect.getsource(notifications.send_event), (
        "S3 notifications no longer go through _invoke_awslambda: see cashpilot/local/s3_events.py")
    assert "sent_messages" in inspect.getsource(SESBackend.__init__), "see cashpilot/local/mail.py"


def test_installing_and_removing_the_local_cloud_hooks_leaves_moto_as_it_was():
    from cashpilot.local.lambda_dispatch import LambdaDispatcher
    from cashpilot.local.s3_events import AsyncS3Delivery
    from moto.awslambda.models import LambdaFunction
    from moto.s3 import notifications

    original_invoke, original_notify = LambdaFunction._invoke_lambda, notifications._invoke_awslambda
    dispatcher, deliveries = LambdaDispatcher({}), AsyncS3Delivery()
    dispatcher.install()
    deliveries.install()
    assert LambdaFunction._invoke_lambda is not original_invoke
    assert notifications._invoke_awslambda != original_notify
    deliveries.uninstall()
    dispatcher.uninstall()
    assert LambdaFunction._invoke_lambda is original_invoke and notifications._invoke_awslambda is original_notify
