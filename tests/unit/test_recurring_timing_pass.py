"""The service's timing pass on top of detection (services.recurring._detect) keeps the acceptance bars
on generated histories: it may only replace amount-split series by the whole run, never add false ones."""

from __future__ import annotations

from cashpilot.domain import recurring as detection
from cashpilot.services.recurring import Member, _detect

from tests.support.recurring_histories import generate_histories


def test_the_timing_pass_keeps_recall_and_adds_no_false_series():
    histories = generate_histories(100, seed=1)
    true_total = found = reported = false = 0
    for h in histories:
        for group, rows in h.groups.items():
            series = _detect(detection, [Member(o.id, o.date, o.amount, None) for o in rows], h.today)
            truths = [t for t in h.truth if t.group == group]
            for t in truths:
                true_total += 1
                found += any(
                    len(t.ids & set(s.occurrences)) * 2 >= max(len(t.ids), len(s.occurrences))
                    and s.cadence == t.cadence and abs((s.next_date - t.next_date).days) <= 3 for s in series)
            for s in series:
                reported += 1
                false += not any(len(set(s.occurrences) & t.ids) * 2 >= len(s.occurrences) for t in truths)
    assert found / true_total >= 0.95
    assert false / reported <= 0.05
