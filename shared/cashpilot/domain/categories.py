"""The default chart of categories every new business starts with."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DefaultCategory:
    key: str  # stable id used by classification rules; survives renames
    name: str
    type: str  # income | expense | transfer


DEFAULT_CATEGORIES: tuple[DefaultCategory, ...] = (
    DefaultCategory("sales_revenue", "Sales Revenue", "income"),
    DefaultCategory("service_income", "Service Income", "income"),
    DefaultCategory("refunds", "Refunds", "income"),
    DefaultCategory("financing", "Financing", "income"),
    DefaultCategory("interest", "Interest", "income"),
    DefaultCategory("other_income", "Other Income", "income"),
    DefaultCategory("rent", "Rent", "expense"),
    DefaultCategory("payroll", "Salaries & Payroll", "expense"),
    DefaultCategory("software", "Software & Subscriptions", "expense"),
    DefaultCategory("marketing", "Marketing & Advertising", "expense"),
    DefaultCategory("utilities", "Utilities", "expense"),
    DefaultCategory("taxes", "Taxes", "expense"),
    DefaultCategory("supplies", "Supplies & Materials", "expense"),
    DefaultCategory("loan_repayment", "Loan Repayment", "expense"),
    DefaultCategory("travel", "Travel", "expense"),
    DefaultCategory("meals", "Meals & Entertainment", "expense"),
    DefaultCategory("professional_services", "Professional Services", "expense"),
    DefaultCategory("equipment", "Equipment", "expense"),
    DefaultCategory("insurance", "Insurance", "expense"),
    DefaultCategory("bank_fees", "Bank Fees", "expense"),
    DefaultCategory("cogs", "Cost of Goods Sold", "expense"),
    DefaultCategory("other_expense", "Other Expense", "expense"),
    DefaultCategory("internal_transfer", "Internal Transfer", "transfer"),
    DefaultCategory("owner_draw_contribution", "Owner Draw / Contribution", "transfer"),
)
