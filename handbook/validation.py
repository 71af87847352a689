"""Refusals that carry field problems: errors to fix, or warnings waiting for the user's acceptance."""

from __future__ import annotations

from handbook.errors import InputError
from handbook.i18n import DEFAULT_LANG, Lang
from handbook.text.problems import Problem


class ValidationFailed(InputError):
    """At least one error: nothing was saved."""

    def __init__(self, problems: list[Problem], where: str = "") -> None:
        super().__init__("validation.failed", count=sum(p.is_error for p in problems), where=where)
        self.problems = problems

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        lines = [super().render(lang)]
        lines += [f"- {p.render(lang)}" for p in self.problems]
        return "\n".join(lines)


class NeedsConfirmation(InputError):
    """Only warnings, not yet accepted: nothing was saved; accept them to save."""

    exit_code = 7

    def __init__(self, problems: list[Problem], where: str = "") -> None:
        super().__init__("validation.needs_confirmation", count=len(problems), where=where)
        self.problems = problems

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        lines = [super().render(lang)]
        lines += [f"- {p.render(lang)}" for p in self.problems]
        return "\n".join(lines)


def decide(problems: list[Problem], accepted: bool | set[str], where: str = "") -> None:
    """Raise unless ``problems`` holds no errors and every warning is accepted."""
    errors = [p for p in problems if p.is_error]
    if errors:
        raise ValidationFailed(problems, where)
    warnings = [p for p in problems if not p.is_error]
    if not warnings or accepted is True:
        return
    keys = accepted if isinstance(accepted, set) else set()
    pending = [p for p in warnings if f"{p.field}:{p.message.id}" not in keys]
    if pending:
        raise NeedsConfirmation(pending, where)
