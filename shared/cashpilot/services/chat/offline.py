"""The offline analyst: the brain that needs no model. It recognises the question's intent and parameters
(`domain.chat.intents`), calls the same tools the agent calls (`tools.call_tool`), and writes the answer
from templates with the tools' numbers exactly as they came back (formatted: currency sign, thousands
separators, cents; probabilities as percentages). What it does not recognise it says so, with questions
it can answer.

Names and descriptions from the data are shown in quotes, as data; nothing in them changes what the
analyst does (it only ever calls read-only tools chosen from the question's intent).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from cashpilot.adapters.db.models import Category, Entity, Transaction
from cashpilot.domain.chat import wording as w
from cashpilot.domain.chat.intents import Intent, parse_memory_statement, parse_question
from cashpilot.domain.chat.periods import ALL_TIME, Period
from cashpilot.services.chat import cards
from cashpilot.services.chat.model import OnEvent, Reply, ToolResult
from cashpilot.services.chat.tools import call_tool

if TYPE_CHECKING:
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.services.context import Tenant

DEFAULT_LOOKBACK_DAYS = 365  # top-N and biggest transactions without a period: the last 12 months
SEVERITY_WORDS = {"emergency": "act today", "this_week": "this week", "upcoming": "upcoming"}


class _Turn:
    """One answer in the making: the tool calls so far, the cards, and the event sink."""

    def __init__(self, uow: UnitOfWork, tenant: Tenant, today: date, on_event: OnEvent | None) -> None:
        self.uow, self.tenant, self.today, self.on_event = uow, tenant, today, on_event
        self.steps: list[ToolResult] = []
        self.cards: list[dict[str, Any]] = []

    def call(self, name: str, arguments: dict[str, Any]) -> ToolResult:
        self.emit("reasoning", {"tool": name, "arguments": arguments})
        result = call_tool(self.uow, self.tenant, name, arguments, today=self.today)
        self.steps.append(result)
        self.emit("reasoning", {"tool": name, "result": result.result, "error": result.error})
        return result

    def card(self, card: dict[str, Any]) -> None:
        self.cards.append(card)
        self.emit("data_card", card)

    def emit(self, kind: str, data: dict[str, Any]) -> None:
        if self.on_event is not None:
            self.on_event(kind, data)

    def money(self, value: str | Decimal) -> str:
        return w.money(value, self.tenant.currency)


def _period_arg(p: Period) -> dict[str, str]:
    return {"start": p.start.isoformat(), "end": p.end.isoformat()}


def _when(p: dict[str, str]) -> str:
    return "on " + w.day(p["start"]) if p["start"] == p["end"] else f"from {w.day(p['start'])} to {w.day(p['end'])}"


class OfflineAnalyst:
    """Implements `model.Brain` without a language model."""

    name = "offline"

    def answer(self, uow: UnitOfWork, tenant: Tenant, question: str, *, today: date,
               history: list[dict[str, str]] | None = None, memory: dict[str, str] | None = None,
               on_event: OnEvent | None = None) -> Reply:
        memory = dict(memory or {})
        turn = _Turn(uow, tenant, today, on_event)
        fact = parse_memory_statement(question)
        if fact is not None:
            key, value = fact
            text = self._remembered(turn, key, value)
            turn.emit("content", {"text": text})
            return Reply(answer=text, memory_updates={key: value}, brain=self.name)
        entities, categories = self._names(uow, tenant)
        intent = parse_question(question, today, entities=entities, categories=categories,
                                fiscal_start=self._fiscal_start(uow, tenant, question))
        if intent is None:
            text = w.not_understood()
            turn.emit("content", {"text": text})
            return Reply(answer=text, understood=False, brain=self.name)
        intent = self._narrow_all_time(uow, tenant, intent)
        handler = getattr(self, f"_{intent.kind}")
        text = handler(turn, intent, memory)
        turn.emit("content", {"text": text})
        refs: dict[str, list[str]] = {}
        for step in turn.steps:
            for kind, ids in step.references.items():
                bucket = refs.setdefault(kind, [])
                bucket.extend(i for i in ids if i not in bucket)
        return Reply(answer=text, steps=turn.steps, data_cards=turn.cards, data_references=refs, brain=self.name)

    # ----------------------------------------------------------------------------------- helpers

    @staticmethod
    def _names(uow: UnitOfWork, tenant: Tenant) -> tuple[list[tuple[str, str]], list[str]]:
        entities = uow.session.execute(select(Entity.name, Entity.type).where(
            Entity.business_id == tenant.business_id, Entity.deleted_at.is_(None))).all()
        categories = uow.session.scalars(select(Category.name).where(
            Category.business_id == tenant.business_id, Category.archived_at.is_(None))).all()
        return [(n, t) for n, t in entities], list(categories)

    @staticmethod
    def _fiscal_start(uow: UnitOfWork, tenant: Tenant, question: str) -> int:
        """The month the business's financial year starts in; read only when the question names one."""
        if not re.search(r"(?i)\b(fy|fytd|financial|fiscal|tax year)", question):
            return 1
        from cashpilot.services import businesses

        return businesses.get_settings(uow, tenant).fiscal_year_start_month

    @staticmethod
    def _narrow_all_time(uow: UnitOfWork, tenant: Tenant, intent: Intent) -> Intent:
        """ "Since we started" / "ever": from the business's first booked transaction."""
        if intent.period is None or intent.period.label != ALL_TIME:
            return intent
        first = uow.session.scalar(select(func.min(Transaction.transaction_date)).where(
            Transaction.business_id == tenant.business_id, Transaction.deleted_at.is_(None)))
        if first is None or first <= intent.period.start:
            return intent
        return dataclasses.replace(intent, period=Period(first, intent.period.end, ALL_TIME))

    @staticmethod
    def _remembered(turn: _Turn, key: str, value: str) -> str:
        if key == "cash_buffer":
            return f"Noted: you want to keep a cash buffer of {turn.money(value)}. I will compare forecasts with it."
        if key.startswith("ignore_account:"):
            return f"Noted: I will leave the {w.quoted(value)} account out of balances."
        return "Noted. I will keep that in mind."

    def _failed(self, turn: _Turn, result: ToolResult) -> str:
        return f"I could not get that: {result.error}"

    def _period(self, turn: _Turn, intent: Intent, default: str = "month") -> Period:
        if intent.period is not None:
            return intent.period
        t = turn.today
        if default == "year":
            return Period(t - timedelta(days=DEFAULT_LOOKBACK_DAYS - 1), t, "the last 12 months")
        return Period(t.replace(day=1), t, "this month")

    # ----------------------------------------------------------------------------------- history

    def _totals(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        if intent.reading == "average":
            return self._average(turn, intent)
        period = self._period(turn, intent)
        args: dict[str, Any] = {"period": _period_arg(period), "compare_previous": intent.compare}
        if intent.previous is not None:
            args["previous"] = _period_arg(intent.previous)
        tool = "expense_summary" if intent.metric == "expenses" else "revenue_summary"
        r = turn.call(tool, args)
        if r.error:
            return self._failed(turn, r)
        res = r.result
        when = _when(res["period"])
        if intent.metric == "net":
            text = (f"Net cash flow {when} was {turn.money(res['net'])}: {turn.money(res['revenue'])} came in and "
                    f"{turn.money(res['expenses'])} went out (internal transfers left out).")
        elif intent.metric == "expenses":
            text = f"You spent {turn.money(res['expenses'])} {when} (internal transfers left out)."
        else:
            text = f"Revenue {when} was {turn.money(res['revenue'])} (money in, internal transfers left out)."
        if intent.compare and "previous" in res:
            prev, change = res["previous"], res["change"]
            key = {"net": "net", "expenses": "expenses"}.get(intent.metric, "revenue")
            amount = Decimal(change["net_amount"] if key == "net" else change["amount"])
            direction = "more" if amount > 0 else "less" if amount < 0 else "the same"
            when_prev = _when(prev["period"])
            text += f" {when_prev[0].upper()}{when_prev[1:]} it was {turn.money(prev[key])}"
            if amount:
                text += f", so this is {turn.money(abs(amount))} {direction}"
                if key != "net" and change.get("percent") is not None:
                    text += f" ({w.share(abs(Decimal(change['percent'])))} {'up' if amount > 0 else 'down'})"
            text += "."
        return text

    def _average(self, turn: _Turn, intent: Intent) -> str:
        """ "Average monthly revenue over the last 6 months": the total and the total / N, both from the tool."""
        period = self._period(turn, intent, default="year")
        tool = "revenue_summary" if intent.metric == "revenue" else "expense_summary"
        args: dict[str, Any] = {"period": _period_arg(period), "monthly_average_months": intent.months or 1}
        if intent.category:
            args.update(group_by="category", limit=25)
        r = turn.call(tool, args)
        if r.error:
            return self._failed(turn, r)
        res = r.result
        avg, when, n = res["monthly_average"], _when(res["period"]), res["monthly_average"]["months"]
        months = f"{n} month{'s' if n != 1 else ''}"
        if intent.category:
            row = next((g for g in res.get("by_category", []) if g["name"] == intent.category), None)
            if row is None:
                return f"There was nothing booked under {w.quoted(intent.category)} {when}."
            return (f"On average {turn.money(row['monthly_average'])} a month went on {w.quoted(row['name'])} "
                    f"{when}: {turn.money(row['total'])} in total over {months}.")
        key = {"net": "net", "expenses": "expenses"}.get(intent.metric, "revenue")
        noun = {"net": "net cash flow", "expenses": "spending"}.get(intent.metric, "revenue")
        return (f"Your average monthly {noun} {when} was {turn.money(avg[key])}: {turn.money(res[key])} in total "
                f"over {months}.")

    def _by_category(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        if intent.role and intent.category and not intent.compare:
            found = self._role_supplier(turn, intent)
            if found:
                lead = (f"Your {intent.role} looks like {w.quoted(found)} (the supplier under "
                        f"{w.quoted(intent.category)} that fits). ")
                return lead + self._by_entity(turn, Intent("by_entity", entity=found, period=intent.period,
                                                           direction="out"), memory)
        period = self._period(turn, intent, default="year" if intent.limit == 1 and intent.period is None else "month")
        tool = "revenue_summary" if intent.metric == "revenue" else "expense_summary"
        args: dict[str, Any] = {"period": _period_arg(period), "group_by": "category", "limit": 25}
        if intent.compare and intent.category:
            args["compare_previous"] = True
            if intent.previous is not None:
                args["previous"] = _period_arg(intent.previous)
        r = turn.call(tool, args)
        if r.error:
            return self._failed(turn, r)
        res = r.result
        when = _when(res["period"])
        rows = res["by_category"]
        left_out = ""
        if intent.exclude_categories:  # "leaving payroll aside": the ranking of what remains
            rows = [g for g in rows if g["name"] not in intent.exclude_categories]
            left_out = ", leaving out " + " and ".join(w.quoted(c) for c in intent.exclude_categories)
        verb = "Revenue" if intent.metric == "revenue" else "Spending"
        if intent.category:
            row = next((g for g in rows if g["name"] == intent.category), None)
            if row is None and "previous" not in res:
                return f"There was nothing booked under {w.quoted(intent.category)} {when}."
            what = "came in under" if intent.metric == "revenue" else "went on"
            if "previous" in res:
                return self._category_change(turn, intent, res, row, what)
            return (f"{turn.money(row['total'])} {what} {w.quoted(row['name'])} {when}, "
                    f"{w.share(row['share_percent'])} of the period's {verb.lower()}.")
        top = rows[:6]
        if intent.limit == 1 and rows:
            lead = rows[0]
            kind = "income" if intent.metric == "revenue" else "expense"
            turn.card({"type": "table", "title": f"{verb} by category", "columns": ["category", "total", "share"],
                       "rows": [[g["name"], g["total"], g["share_percent"]] for g in top]})
            others = "; ".join(f"{w.quoted(g['name'])} {turn.money(g['total'])}" for g in rows[1:4])
            return (f"Your biggest {kind} category {when}{left_out} was {w.quoted(lead['name'])} at "
                    f"{turn.money(lead['total'])}, {w.share(lead['share_percent'])} of the "
                    f"{turn.money(res['revenue' if kind == 'income' else 'expenses'])} total."
                    + (f" Next: {others}." if others else ""))
        turn.card({"type": "table", "title": f"{verb} by category", "columns": ["category", "total", "share"],
                   "rows": [[g["name"], g["total"], g["share_percent"]] for g in top]})
        lines = [f"{w.quoted(g['name'])}: {turn.money(g['total'])} ({w.share(g['share_percent'])})" for g in top]
        total = res["revenue"] if intent.metric == "revenue" else res["expenses"]
        return f"{verb} {when} was {turn.money(total)}, by category{left_out}:\n" + w.bullet(lines)

    def _role_supplier(self, turn: _Turn, intent: Intent) -> str | None:
        """The supplier a role names ("the accountant"): of the biggest suppliers under the role's category, the
        one whose name fits the role, else the biggest."""
        from cashpilot.domain.chat.intents import ROLES

        period = intent.period or self._period(turn, Intent("top_entities"), default="year")
        r = turn.call("top_suppliers", {"period": _period_arg(period), "limit": 5, "category": intent.category})
        if r.error or not r.result["suppliers"]:
            return None
        names = [s["name"] for s in r.result["suppliers"]]
        hint = next((h for k, h in ROLES.items() if re.fullmatch(k, intent.role or "")), None)
        fitting = [n for n in names if hint and re.search(hint, n.casefold())]
        if fitting:
            return fitting[0]
        return names[0] if len(names) == 1 else None  # several and none fits: the category's figures instead

    def _category_change(self, turn: _Turn, intent: Intent, res: dict[str, Any], row: dict[str, Any] | None,
                         what: str) -> str:
        name = w.quoted(row["name"] if row else intent.category)
        when, when_prev = _when(res["period"]), _when(res["previous"]["period"])
        if row is None:
            return f"Nothing {what} {name} {when}; I cannot compare it with {when_prev}."
        now, before, change = Decimal(row["total"]), Decimal(row["previous_total"]), Decimal(row["change"])
        text = (f"{turn.money(now)} {what} {name} {when}, against {turn.money(before)} {when_prev}: ")
        if change > 0:
            text += f"{turn.money(change)} more"
        elif change < 0:
            text += f"{turn.money(abs(change))} less"
        else:
            return text + "the same."
        if row.get("change_percent") is not None:
            text += f" ({w.share(abs(Decimal(row['change_percent'])))} {'up' if change > 0 else 'down'})"
        return text + "."

    def _by_entity(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        args: dict[str, Any] = {"name": intent.entity}
        if intent.period is not None:
            args["period"] = _period_arg(intent.period)
        r = turn.call("entity_profile", args)
        if r.error:
            return self._failed(turn, r)
        res = r.result
        name = w.quoted(res["name"])
        incoming = intent.direction == "in" or (intent.direction is None and res["type"] == "customer")
        if "period" in res:
            p = res["period"]
            when = _when(p)
            if incoming:
                text = f"{name} paid you {turn.money(p['received'])} {when}."
            else:
                text = f"You paid {name} {turn.money(p['paid'])} {when}."
        else:
            life = res.get("lifetime") or {}
            if not life:
                return f"{name} has no booked money yet."
            span = f"from {w.day(life['first_seen'])} to {w.day(life['last_seen'])}" if life.get("first_seen") else ""
            if incoming:
                text = f"{name} has paid you {turn.money(life['received'])} in total {span}."
            else:
                text = f"You have paid {name} {turn.money(life['paid'])} in total {span}."
            if incoming and life.get("revenue_share_percent"):
                text += f" That is {w.share(life['revenue_share_percent'])} of your revenue."
        if res.get("recurring"):
            s = res["recurring"][0]
            if s["status"] == "active":
                text += (f" They are on a {s['cadence'].replace('_', '-')} rhythm of about "
                         f"{turn.money(abs(Decimal(s['amount'])))}, next expected on {w.day(s['next_date'])}.")
        return text

    def _top_entities(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        period = self._period(turn, intent, default="year")
        tool = "top_customers" if intent.direction == "in" else "top_suppliers"
        args: dict[str, Any] = {"period": _period_arg(period), "limit": min(intent.limit or 5, 25)}
        if intent.exclude_categories:
            args["exclude_categories"] = list(intent.exclude_categories)
        if intent.exclude_entities:
            args["exclude_entities"] = list(intent.exclude_entities)
        r = turn.call(tool, args)
        if r.error:
            return self._failed(turn, r)
        res = r.result
        items = res["customers" if intent.direction == "in" else "suppliers"]
        who = "customers" if intent.direction == "in" else "suppliers"
        if not items:
            return f"No {who} with booked money {_when(res['period'])}."
        turn.card(cards.top_table(who, items))
        verb = "paid you" if intent.direction == "in" else "received"
        lines = [f"{w.quoted(i['name'])} {verb} {turn.money(i['total'])} ({w.share(i['share_percent'])})"
                 for i in items]
        return f"Your top {who} {_when(res['period'])}{self._left_out(res)}:\n" + w.bullet(lines)

    @staticmethod
    def _left_out(res: dict[str, Any]) -> str:
        out = res.get("excluded") or {}
        names = [w.quoted(n) for n in out.get("categories", []) + out.get("entities", [])]
        return f", leaving out {' and '.join(names)}" if names else ""

    def _biggest_transactions(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        period = self._period(turn, intent, default="year")
        args: dict[str, Any] = {"period": _period_arg(period), "sort": "amount", "direction": intent.direction or "out",
                                "limit": min(intent.limit or 5, 25)}
        if intent.entity:
            args["entity"] = intent.entity
        if intent.text:
            args["text"] = intent.text
        if intent.category:
            args["category"] = intent.category
        if intent.exclude_categories:
            args["exclude_categories"] = list(intent.exclude_categories)
        if intent.exclude_entities:
            args["exclude_entities"] = list(intent.exclude_entities)
        r = turn.call("search_transactions", args)
        if r.error:
            return self._failed(turn, r)
        items = r.result["transactions"]
        if not items:
            return f"No transactions {_when(r.result['period'])}."
        what = {"in": "money received", "out": "payments", "any": "transactions"}[intent.direction or "out"]
        scope = f" in {w.quoted(intent.category)}" if intent.category else ""
        scope += f" matching {w.quoted(intent.text)}" if intent.text else ""
        left_out = self._left_out(r.result)
        if intent.limit == 1:
            i = items[0]
            who = f" with {w.quoted(i['entity'])}" if (intent.entity or intent.text) and i["entity"] else ""
            kind = {"in": "payment received", "out": "payment", "any": "transaction"}[intent.direction or "out"]
            return (f"The biggest single {kind}{who}{scope} {_when(r.result['period'])}{left_out} was "
                    f"{turn.money(abs(Decimal(i['amount'])))} on {w.day(i['date'])} ({w.quoted(i['description'])}).")
        what += scope
        if intent.entity and items[0]["entity"]:
            what += f" with {w.quoted(items[0]['entity'])}"
        turn.card({"type": "table", "title": f"Biggest {what}", "columns": ["date", "amount", "description"],
                   "rows": [[i["date"], i["amount"], i["description"]] for i in items]})
        lines = [f"{w.day(i['date'])}: {turn.money(i['amount'])} {w.quoted(i['entity'] or i['description'])}"
                 for i in items]
        return f"The biggest {what} {_when(r.result['period'])}{left_out}:\n" + w.bullet(lines)

    def _search(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        args: dict[str, Any] = {"limit": 10}
        if intent.text:
            args["text"] = intent.text
        if intent.period:
            args["period"] = _period_arg(intent.period)
        r = turn.call("search_transactions", args)
        if r.error:
            return self._failed(turn, r)
        items = r.result["transactions"]
        if not items:
            return "No transactions match."
        lines = [f"{w.day(i['date'])}: {turn.money(i['amount'])} {w.quoted(i['description'])}" for i in items]
        return f"{r.result['matches']} transactions match; the latest:\n" + w.bullet(lines)

    # ----------------------------------------------------------------------------------- now and ahead

    def _balance(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        excluded = [v for k, v in memory.items() if k.startswith("ignore_account:")]
        args: dict[str, Any] = {"exclude_accounts": excluded} if excluded else {}
        if intent.target is not None:
            args["date"] = intent.target.isoformat()
        if intent.buffer:  # "are we above our 20k cushion": the stated amount, else the one remembered or set
            floor = intent.amount if intent.amount is not None else memory.get("cash_buffer")
            if floor is None:
                f = turn.call("cash_forecast", {})
                floor = f.result["buffer"] if f.result else None
            if floor is not None:
                args["compare_to"] = format(Decimal(floor), "f")
        r = turn.call("account_balances", args)
        if r.error:
            return self._failed(turn, r)
        res = r.result
        verb = "was" if intent.target is not None and intent.target < turn.today else "is"
        if intent.reading == "opening":  # "at the start of the year": the close of the day before
            text = (f"At the start of {w.day((date.fromisoformat(res['date']) + timedelta(days=1)).isoformat())} "
                    f"(the close of {w.day(res['date'])}) your balance was {turn.money(res['total'])}")
        else:
            text = f"Your balance on {w.day(res['date'])} {verb} {turn.money(res['total'])}"
        if len(res["accounts"]) > 1:
            text += " (" + "; ".join(f"{w.quoted(a['name'])} {w.money(a['balance'], a['currency'])}"
                                     for a in res["accounts"]) + ")"
        text += "."
        c = res.get("compare_to")
        if c:
            diff = Decimal(c["difference"])
            if diff >= 0:
                text += f" That is {turn.money(diff)} above {turn.money(c['amount'])}."
            else:
                text += f" That is {turn.money(abs(diff))} below {turn.money(c['amount'])}."
        if res["excluded"]:
            text += " Left out: " + ", ".join(w.quoted(a["name"]) for a in res["excluded"]) + "."
        return text

    def _forecast_args(self, memory: dict[str, str], target: date | None = None, until: date | None = None,
                       buffer: Decimal | None = None) -> dict[str, Any]:
        args: dict[str, Any] = {}
        if target is not None:
            args["date"] = target.isoformat()
        if until is not None:
            args["until"] = until.isoformat()
        if buffer is not None:
            args["buffer"] = format(buffer, "f")
            return args
        if memory.get("cash_buffer"):
            args["buffer"] = memory["cash_buffer"]
        return args

    def _chart(self, turn: _Turn, res: dict[str, Any]) -> None:
        turn.card(cards.forecast_chart(res))

    def _forecast_balance(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        r = turn.call("cash_forecast", self._forecast_args(memory, intent.target))
        if r.error:
            return self._failed(turn, r)
        res = r.result
        self._chart(turn, res)
        t = res.get("target") or {}
        if "error" in t:
            return f"I cannot see that far: the forecast runs {t['error'].removeprefix('outside the forecast ')}."
        return (f"On {w.day(t['date'])} your balance is expected to be {turn.money(t['expected'])} "
                f"(likely between {turn.money(t['p10'])} and {turn.money(t['p90'])}), "
                f"from {turn.money(res['opening_balance'])} on {w.day(res['as_of'])}." + self._buffer_note(turn, res))

    def _buffer_note(self, turn: _Turn, res: dict[str, Any]) -> str:
        own = res.get("owner_buffer")
        if own:
            if own["first_expected_below"]:
                return (f" It is expected to fall below your buffer of {turn.money(own['buffer'])} on "
                        f"{w.day(own['first_expected_below'])}.")
            return f" It stays above your buffer of {turn.money(own['buffer'])}."
        return ""

    def _low_point(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        r = turn.call("cash_forecast", self._forecast_args(memory, until=intent.target))
        if r.error:
            return self._failed(turn, r)
        res = r.result
        self._chart(turn, res)
        low = res["low_point"]
        window = res.get("window")
        if window and "low_point" in window:
            wl = window["low_point"]
            text = (f"Up to {w.day(window['until'])} your cash is expected to be lowest on {w.day(wl['date'])}, at "
                    f"{turn.money(wl['expected'])} (in a bad case, {turn.money(wl['p10'])}).")
            if wl["date"] != low["date"]:
                text += (f" Over the whole forecast to {w.day(res['end']['date'])} the lowest is "
                         f"{turn.money(low['expected'])} on {w.day(low['date'])}.")
            return text + self._buffer_note(turn, res)
        return (f"Your cash is expected to be lowest on {w.day(low['date'])}, at {turn.money(low['expected'])} "
                f"(in a bad case, {turn.money(low['p10'])}), within the forecast to {w.day(res['end']['date'])}."
                + self._buffer_note(turn, res))

    def _deficit_risk(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        stated = intent.amount if intent.buffer and intent.amount is not None else None
        r = turn.call("cash_forecast", self._forecast_args(memory, buffer=stated))
        if r.error:
            return self._failed(turn, r)
        res = r.result
        self._chart(turn, res)
        low = res["low_point"]
        if intent.buffer:
            probs, what = res["buffer_breach_probability"], f"below the buffer of {turn.money(res['buffer'])}"
        else:
            probs, what = res["deficit_probability"], "below zero"
        windows = sorted(probs, key=int)
        asked = windows
        if intent.days:
            fitting = [k for k in windows if int(k) >= intent.days]
            asked = fitting[:1] or windows[-1:]
        first = asked[0]
        text = f"The chance of your balance going {what} within {first} days is {w.percent(probs[first])}"
        others = [k for k in windows if k != first]
        if others:
            text += " (" + ", ".join(f"{w.percent(probs[k])} within {k} days" for k in others) + ")"
        text += f". The lowest expected balance is {turn.money(low['expected'])} on {w.day(low['date'])}."
        own = res.get("owner_buffer")
        if intent.buffer and own and Decimal(own["buffer"]) != Decimal(res["buffer"]):
            if own["first_p10_below"]:
                text += (f" Against {turn.money(own['buffer'])}: in a bad case the balance dips below it from "
                         f"{w.day(own['first_p10_below'])}")
                text += (f", and it is expected to be below it from {w.day(own['first_expected_below'])}."
                         if own["first_expected_below"] else ", though the expected balance stays above it.")
            else:
                text += f" Even in a bad case the balance stays above {turn.money(own['buffer'])}."
            return text
        return text + self._buffer_note(turn, res)

    def _what_if(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        entities = list(intent.entities)
        if intent.scenario in ("customer_pays_late", "lose_customer", "collect_earlier") and not entities:
            n = intent.top_customers or 1
            t = turn.today
            r = turn.call("top_customers", {"period": {"start": (t - timedelta(days=DEFAULT_LOOKBACK_DAYS - 1))
                                                       .isoformat(), "end": t.isoformat()}, "limit": n})
            if r.error:
                return self._failed(turn, r)
            entities = [c["entity_id"] for c in r.result["customers"]]
        if intent.scenario == "delay_payment" and not entities and intent.category:
            r = turn.call("recurring_series", {"direction": "out"})
            if r.error:
                return self._failed(turn, r)
            entities = [s["entity_id"] for s in r.result["series"]
                        if s["category"] == intent.category and s["entity_id"]][:1]
        if intent.scenario is None or (intent.scenario != "one_time" and not entities):
            return ("I can simulate a customer paying late, a payment you delay, money collected earlier, a "
                    "customer lost or a one-time cost. Say which, for example: \u201cwhat if Acme pays 30 days "
                    "late?\u201d or \u201cwhat if we have a one-off cost of 10,000 next week?\u201d")
        if intent.scenario == "one_time":
            changes = [{"type": "one_time", "amount": str(intent.amount), "date": intent.event_date.isoformat()}]
        elif intent.scenario == "lose_customer":
            changes = [{"type": "lose_customer", "entity": e} for e in entities]
        else:
            changes = [{"type": intent.scenario, "entity": e, "days": intent.days} for e in entities]
            if intent.occurrences:
                for c in changes:
                    c["occurrences"] = intent.occurrences
        args: dict[str, Any] = {"changes": changes}
        target = intent.target
        if target is None and intent.scenario == "one_time" and intent.event_date > turn.today + timedelta(days=30):
            target = intent.event_date  # a cost after the default 30 days: read the balance the day it lands
        if target is not None:
            args["date"] = target.isoformat()
        r = turn.call("simulate_scenario", args)
        if r.error:
            return self._failed(turn, r)
        res = r.result
        turn.card(cards.what_if_chart(res))
        described = self._describe_changes(turn, res["changes"])
        at, low = res["at"], res["low_point"]
        diff = Decimal(at["difference"])
        lead = ""
        if intent.reading == "low_point":
            lead = (f"With that, your balance would be lowest on {w.day(low['scenario']['date'])}, at "
                    f"{turn.money(low['scenario']['expected'])}. ")
        text = lead + (f"If {described}, your expected balance on {w.day(at['date'])} would be "
                       f"{turn.money(at['scenario'])} instead of {turn.money(at['baseline'])}")
        change = f" ({turn.money(abs(diff))} {'lower' if diff < 0 else 'higher'})."
        text += change if diff else " (no change by then)."
        text += (f" The lowest point would be {turn.money(low['scenario']['expected'])} on "
                 f"{w.day(low['scenario']['date'])}, against {turn.money(low['baseline']['expected'])} on "
                 f"{w.day(low['baseline']['date'])} without it.")
        end = res["end"]
        if end["date"] != at["date"] and Decimal(end["scenario"]) != Decimal(end["baseline"]):
            text += (f" At the end of the forecast ({w.day(end['date'])}) it would be {turn.money(end['scenario'])} "
                     f"instead of {turn.money(end['baseline'])}.")
        if res["below_zero"]:
            text += " Under this scenario your balance would go below zero."
        notes = [c["note"] for c in res["changes"] if c.get("note")]
        if notes:
            text += " Note: " + "; ".join(notes) + "."
        return text

    def _describe_changes(self, turn: _Turn, changes: list[dict[str, Any]]) -> str:
        parts = []
        for c in changes:
            name = w.quoted(c["entity"]) if c.get("entity") else ""
            if c["type"] == "customer_pays_late":
                parts.append(f"{name} pays {c['days']} days late")
            elif c["type"] == "delay_payment":
                parts.append(f"you pay {name} {c['days']} days later")
            elif c["type"] == "collect_earlier":
                parts.append(f"you collect from {name} {c['days']} days earlier")
            elif c["type"] == "lose_customer":
                parts.append(f"you lose {name}")
            else:
                amount = Decimal(c["amount"])
                what = "a one-time cost" if amount < 0 else "a one-time income"
                parts.append(f"{what} of {turn.money(abs(amount))} lands on {w.day(c['date'])}")
        return " and ".join(parts)

    # ----------------------------------------------------------------------------------- alerts etc.

    def _alerts(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        r = turn.call("list_alerts", {})
        if r.error:
            return self._failed(turn, r)
        res = r.result
        if not res["alerts"]:
            return "You have no open alerts: nothing needs your attention right now."
        for a in res["alerts"][:5]:
            turn.card(cards.alert(a))
        lines = [f"[{SEVERITY_WORDS.get(a['severity'], a['severity'])}] {a['title']}: {a['message']}"
                 for a in res["alerts"]]
        noun = "alert" if res["open"] == 1 else "alerts"
        return f"You have {res['open']} open {noun}:\n" + w.bullet(lines)

    def _explain_alert(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        args: dict[str, Any] = {}
        if intent.alert_kind:
            args["kind"] = intent.alert_kind
        if intent.entity:
            args["about"] = intent.entity
        elif intent.text and not intent.alert_kind:
            args["about"] = intent.text
        r = turn.call("explain_alert", args)
        if r.error and intent.entity:  # no alert names them: what we know about them instead
            return "No open alert is about them. " + self._by_entity(turn, Intent("by_entity", entity=intent.entity),
                                                                         memory)
        if r.error:
            return self._failed(turn, r)
        a = r.result
        turn.card(cards.alert(a))
        lead = ""
        if intent.alert_kind and a["kind"] != intent.alert_kind:  # said honestly, then the closest one
            lead = f"There is no open {intent.alert_kind.replace('_', ' ')} alert; the closest is this one. "
        severity = SEVERITY_WORDS.get(a["severity"], a["severity"])
        return lead + (f"\u201c{a['title']}\u201d ({severity}) was raised because: "
                f"{a['message']} It was first detected on {w.day(a['first_detected'])}.")

    def _recurring(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        args: dict[str, Any] = {"direction": intent.direction or "out"}
        if intent.target is not None and not intent.reading:
            args["until"] = intent.target.isoformat()
        r = turn.call("recurring_series", args)
        if r.error:
            return self._failed(turn, r)
        res = r.result
        if "until" in res:
            return self._due_by(turn, intent, res)
        if intent.category or intent.entity:
            return self._one_recurring(turn, intent, res)
        if not res["series"]:
            return "I found no recurring payments."
        turn.card({"type": "table", "title": "Recurring payments", "columns": ["name", "cadence", "amount", "next"],
                   "rows": [[s["name"], s["cadence"], s["amount"], s["next_date"]] for s in res["series"]]})
        lines = [f"{w.quoted(s['name'])}: {turn.money(s['amount'])} {s['cadence'].replace('_', '-')}, "
                 f"next on {w.day(s['next_date'])}" for s in res["series"]]
        if intent.direction == "in":
            return (f"Your recurring income comes to about {turn.money(res['monthly_in'])} a month:\n"
                    + w.bullet(lines))
        return f"Your recurring costs come to about {turn.money(res['monthly_out'])} a month:\n" + w.bullet(lines)

    def _due_by(self, turn: _Turn, intent: Intent, res: dict[str, Any]) -> str:
        """ "What regular bills still go out before the end of the month": recurring payments due by a day."""
        series = [s for s in res["series"] if not intent.category or s["category"] == intent.category]
        until = w.day(res["until"])
        if not series:
            return f"No recurring payments are due between now and {until}."
        turn.card({"type": "table", "title": f"Recurring payments due by {until}",
                   "columns": ["name", "cadence", "amount", "next"],
                   "rows": [[s["name"], s["cadence"], s["amount"], s["next_date"]] for s in series]})
        lines = [f"{w.day(s['next_date'])}: {w.quoted(s['name'])} {turn.money(s['amount'])} "
                 f"({s['cadence'].replace('_', '-')})" for s in series]
        total = "" if intent.category else f", {turn.money(res['due_total'])} in all"
        return f"Recurring payments still due by {until}{total}:\n" + w.bullet(lines)

    def _one_recurring(self, turn: _Turn, intent: Intent, res: dict[str, Any]) -> str:
        """ "How much is rent each month": the recurring series' own amount, not the month's spending so far."""
        from cashpilot.services.chat.tools import match_score

        if intent.entity:
            found = [s for s in res["series"] if match_score(intent.entity, s["name"]) >= 0.6]
        else:
            found = [s for s in res["series"] if s["category"] == intent.category]
        asked = w.quoted(intent.entity or intent.category)
        if not found and intent.reading == "terse" and intent.category:  # nothing recurring: this month's spend
            return self._by_category(turn, Intent("by_category", metric="expenses", category=intent.category), {})
        if not found:
            return (f"I found no recurring payment for {asked}; ask what you spent on it in a period instead "
                    f"(for example \u201cwhat did we spend on it last quarter?\u201d).")
        turn.card({"type": "table", "title": "Recurring payments", "columns": ["name", "cadence", "amount", "next"],
                   "rows": [[s["name"], s["cadence"], s["amount"], s["next_date"]] for s in found]})
        lines = []
        for s in found:
            cadence = s["cadence"].replace("_", "-")
            line = f"{w.quoted(s['name'])}: {turn.money(s['amount'])} {cadence}, next on {w.day(s['next_date'])}"
            if s["cadence"] != "monthly":
                line += f" (about {turn.money(s['per_month'])} a month)"
            lines.append(line)
        if intent.reading == "next":
            s = min(found, key=lambda s: (s["next_date"], s["name"]))
            late = " and has not arrived yet" if date.fromisoformat(s["next_date"]) < turn.today else ""
            return (f"The next {w.quoted(s['name'])} payment is {turn.money(s['amount'])}, due on "
                    f"{w.day(s['next_date'])} ({s['cadence'].replace('_', '-')}){late}.")
        if len(found) == 1:
            return lines[0].replace(": ", " is ", 1) + "."
        return f"Recurring payments for {asked}:\n" + w.bullet(lines)

    def _runway(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        r = turn.call("runway", {})
        if r.error:
            return self._failed(turn, r)
        res = r.result
        window = f"from {w.day(res['window']['start'])} to {w.day(res['window']['end'])}"
        survive = res.get("without_revenue") or {}
        if intent.reading == "survival" and survive.get("months") is not None:
            return (f"With no revenue at all, your balance of {turn.money(res['balance'])} would last about "
                    f"{survive['months']} months at your average spending of "
                    f"{turn.money(survive['average_monthly_expenses'])} a month ({window}).")
        if res["runway_months"] is not None:
            text = (f"At your average net burn of {turn.money(res['average_monthly_burn'])} a month ({window}), "
                    f"your balance of {turn.money(res['balance'])} lasts about {res['runway_months']} months.")
        else:
            text = (f"You are not burning cash: {window} money in averaged "
                    f"{turn.money(res['average_monthly_revenue'])} "
                    f"a month against {turn.money(res['average_monthly_expenses'])} out, so at that pace your "
                    f"{turn.money(res['balance'])} does not run out.")
        f = res.get("forecast")
        if f:
            if f["runway_days"] is not None:
                text += f" The forecast expects the balance to go below zero in {f['runway_days']} days."
            else:
                text += (" The forecast does not expect the balance to go below zero in the next "
                         f"{f['horizon_days']} days.")
        return text

    def _stability(self, turn: _Turn, intent: Intent, memory: dict[str, str]) -> str:
        r = turn.call("stability_score", {})
        if r.error:
            return self._failed(turn, r)
        res = r.result
        if res["score"] is None:
            return "There is not enough history yet for a stability score."
        lines = [f"{c['name']}: {c['label'].replace('_', ' ')}" for c in res["components"]]
        return (f"Your cash stability score is {res['score']} ({res['label'].replace('_', ' ')}) on "
                f"{w.day(res['as_of'])}:\n" + w.bullet(lines))
