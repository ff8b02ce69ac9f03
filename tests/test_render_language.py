"""The template language: defaults, conditionals, errors with positions, and safety against injection."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.render import check_syntax, render, used_fields

BOOKING = (
    "{% if party_max and party_max > party_size %}Table for {{ party_max }} (you said maybe {{ party_max }})."
    "{% elsif party_min %}Table for {{ party_size }}, or {{ party_min }}."
    "{% else %}Table for {{ party_size }}.{% endif %}"
)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"party_size": 8, "party_max": 9}, "Table for 9 (you said maybe 9)."),
        ({"party_size": 8, "party_min": 7}, "Table for 8, or 7."),
        ({"party_size": 8, "party_max": 8}, "Table for 8."),
        ({"party_size": 8}, "Table for 8."),
    ],
)
def test_conditionals(fields: dict[str, object], expected: str) -> None:
    out = render(BOOKING, fields)
    assert (out.text, out.error) == (expected, None)


def test_default_applies_to_missing_and_empty_but_not_to_given_values() -> None:
    body = '{{ customer_first_name | default: "there" }}'
    assert render(body, {}).text == "there"
    assert render(body, {"customer_first_name": ""}).text == "there"
    assert render(body, {"customer_first_name": "Rod"}).text == "Rod"


def test_missing_inside_a_false_branch_is_not_reported() -> None:
    out = render("{% if occasion %}For {{ occasion }}{% endif %}Hi {{ name }}", {})
    assert out.text == "Hi [name]"
    assert out.missing == ("name",)


@pytest.mark.parametrize(
    ("body", "line", "column", "words"),
    [
        ("Hi {{ name", 1, 4, "expected '}}'"),
        ("Dear x,\n\n{% if party %}\nsee you", 3, 1, "'if' is never closed: add {% endif %}"),
        ("a\nb\n  {% endif %}", 3, 6, "unexpected tag 'endif'"),
        ("one\n{{ x | no_such_filter }}", 2, 8, "unknown filter 'no_such_filter'"),
        ("{% for x in items %}{{ x }}", 1, 1, "'for' is never closed"),
    ],
)
def test_syntax_errors_have_line_column_and_a_plain_message(body: str, line: int, column: int, words: str) -> None:
    out = render(body, {"x": "1", "items": [1]})
    assert out.error is not None
    assert (out.error.line, out.error.column) == (line, column), out.error
    assert words in out.error.message
    assert out.text == body  # nothing lost
    assert "\n" not in str(out.error)


def test_check_syntax_and_used_fields_for_the_editor() -> None:
    assert check_syntax("{{ a }} {% if b %}{{ c | plural: 'x' }}{% endif %}") is None
    err = check_syntax("ok\n{% if %}")
    assert err is not None and err.line == 2
    assert used_fields("{{ a }}{% for x in items %}{{ x }}{% endfor %}{% assign y = 1 %}{{ y }}") == ("a", "items")
    assert used_fields("{% if") == ()


class _Product:
    """A Python object passed as a field: the template must not reach its internals."""

    secret = "s3cret"

    def __str__(self) -> str:
        return "product"


PAYLOADS = [
    "{{ self.__init__.__globals__ }}",
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../../../../etc/passwd' %}",
    "{% render 'x' %}",
    "{% render '/etc/hostname' %}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ product.__class__ }}",
    "{{ product.secret }}",
    "{{ product.__class__.__init__.__globals__ }}",
    "{{ product['__class__'] }}",
    "{% assign g = product.__dict__ %}{{ g }}",
    "{{ customer_name.__class__.__base__.__subclasses__() }}",
    "{{ config.items() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os') }}",
    "{{ 7*7 }}",
    "${7*7}",
    "{% for i in (1..100000000) %}x{% endfor %}",
    "{% for a in (1..5000) %}{% for b in (1..5000) %}x{% endfor %}{% endfor %}",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injection_payloads_render_harmlessly_or_fail_cleanly(payload: str, tmp_path: Path) -> None:
    out = render(payload, {"product": _Product(), "customer_name": "Rod"})
    leaked = ("root:", "s3cret", "uid=", "<class", "function", "module", "built-in", "49")
    assert not any(x in out.text for x in leaked) or out.text == payload, out.text
    if out.error is not None:
        assert out.text == payload
        assert out.error.line >= 1 and out.error.column >= 1
    assert len(out.text) < 50_000


def test_include_and_render_never_read_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    for tag in ("include", "render"):
        out = render(f"{{% {tag} '{secret}' %}}", {})
        assert "TOP SECRET" not in out.text
        assert out.error is not None and "cannot include other files" in out.error.message


def test_loops_are_capped_with_a_clean_error() -> None:
    out = render("{% for i in (1..100000000) %}x{% endfor %}", {})
    assert out.error is not None and "limit" in out.error.message
