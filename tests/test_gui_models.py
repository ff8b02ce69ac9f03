"""The desk's Qt models pass Qt's own model tester with real data."""

from __future__ import annotations

from datetime import date

from desktop.core.checklist import check
from desktop.core.compose import compose, field_rows
from desktop.core.models import Kind
from desktop.core.render import used_fields
from desktop.ui.checklist_model import ChecklistModel
from desktop.ui.fields_model import FieldsModel
from desktop.ui.library_model import TemplateListModel
from tests.conftest import ROD_EMAIL


def test_template_list_model(qapp: object, qtmodeltester: object, library: object) -> None:
    model = TemplateListModel()
    model.set_templates(library.list(), suggested=2)  # type: ignore[attr-defined]
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    assert "best match" in model.data(model.index(0, 0))


def test_checklist_and_fields_models(qapp: object, qtmodeltester: object, library: object) -> None:
    template = library.resolve("Table booking confirmation")  # type: ignore[attr-defined]
    draft = compose(template.body, ROD_EMAIL, today=date(2024, 10, 1))
    report = check(draft.text, kind=Kind.DIAMOND, fields=draft.fields, today=date(2024, 10, 1))
    checklist = ChecklistModel()
    checklist.set_report(report)
    qtmodeltester.check(checklist, force_py=True)  # type: ignore[attr-defined]
    fields = FieldsModel()
    fields.set_rows(field_rows(used_fields(template.body), draft.extraction, gaps=draft.rendered.missing))
    qtmodeltester.check(fields, force_py=True)  # type: ignore[attr-defined]
    assert fields.rowCount() == len(used_fields(template.body))
