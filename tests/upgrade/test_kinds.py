"""One test per kind of use a breaking change affects, over the widgets spec of the diff tests:
the new version is the old one changed by one edit, and each program marks what must be found."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.diff.widgets import add_owner, finder, query_parameter, schemas
from tests.upgrade.programs import assert_marked, program, widgets_upgrade


def test_removed_field_read_set_and_constructed(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del schemas(spec)["Widget"]["properties"]["label"]

    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401 import LinkedInClient, Widget

        with LinkedInClient("token") as client:
            widget = client.widgets.get(widget_id=1)
            print(widget.label)  # breaking
            widget.label = "new"  # breaking
            print(widget.name)
            client.widgets.create(Widget(name="a", label="b"))  # breaking
            for each in client.widgets.find_by_search(owner="me").iter_all():
                print(each.label)  # breaking
            for number, listed in enumerate(client.widgets.find_by_search().elements):
                listed.label = str(number)  # breaking
            copy = Widget.from_dict({})
            del copy.label  # breaking
        """,
    )
    outcome = assert_marked(widgets_upgrade(tmp_path, edit), path)
    assert "Field `Widget.label` is gone. Stop reading or setting it." in outcome.uses[0][1].message


def test_renamed_field_names_the_new_attribute(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        properties = schemas(spec)["Widget"]["properties"]
        properties["title"] = dict(properties.pop("label"), **{"x-linkedin-renamed-from": "label"})

    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401 import Widget


        def show(widget: Widget) -> str:
            return widget.label  # breaking
        """,
    )
    outcome = assert_marked(widgets_upgrade(tmp_path, edit), path)
    assert outcome.uses[0][1].message.endswith("Use `title`.")


def test_field_becoming_required_is_found_where_the_model_is_built(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["Widget"]["required"].append("label")

    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401 import models

        first = models.Widget(name="a")  # breaking
        second = models.Widget(name="a", label="b")
        print(first.label, second.label)
        """,
    )
    assert_marked(widgets_upgrade(tmp_path, edit), path)


def test_tightened_limit_is_possibly_breaking_where_values_are_set(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["Widget"]["properties"]["name"]["maxLength"] = 50

    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401 import Widget

        widget = Widget(name="a")  # possibly
        widget.name = "b" * 80  # possibly
        print(widget.name)
        """,
    )
    assert_marked(widgets_upgrade(tmp_path, edit), path)


def test_removed_enum_member(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["WidgetStatus"]["enum"] = ["ACTIVE"]

    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401.enums import WidgetStatus

        wanted = {WidgetStatus.ACTIVE, WidgetStatus.PAUSED}  # breaking
        """,
    )
    assert_marked(widgets_upgrade(tmp_path, edit), path)


def _rename_status(spec: dict[str, Any]) -> None:
    types = schemas(spec)
    types["WidgetState"] = types.pop("WidgetStatus")
    types["Widget"]["properties"]["status"] = {"$ref": "#/components/schemas/WidgetState"}


def test_renamed_enum_is_found_where_imported_or_reached_through_the_module(
    tmp_path: Path,
) -> None:
    path = program(
        tmp_path,
        """
        import linkedin_marketing.v202401
        import linkedin_marketing.v202401 as lm
        from linkedin_marketing.v202401 import (
            Widget,
            WidgetStatus,  # breaking
        )

        print(lm.WidgetStatus.ACTIVE)  # breaking
        print(linkedin_marketing.v202401.WidgetStatus)  # breaking
        print(Widget(name="a").status)  # breaking: its type changed
        """,
    )
    outcome = assert_marked(widgets_upgrade(tmp_path, _rename_status), path)
    assert outcome.uses[0][1].message.startswith("Enum `WidgetStatus` is gone.")


def test_star_import_is_followed_to_each_use(tmp_path: Path) -> None:
    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401.enums import *
        from os.path import *


        def paused() -> object:
            return WidgetStatus.PAUSED  # breaking
        """,
    )
    assert_marked(widgets_upgrade(tmp_path, _rename_status), path)


def test_removed_methods(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del spec["paths"]["/widgets"]["post"]
        del spec["paths"]["/widgets"]["get"]

    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401 import LinkedInClient, Widget

        client = LinkedInClient("token")
        client.widgets.create(Widget(name="a"))  # breaking
        search = client.widgets.find_by_search  # breaking
        client.widgets.get(widget_id=1)


        def elsewhere(source, store):
            source.find_by_search(owner="me")  # possibly
            store.create({})  # `create` is too common a name to suspect
        """,
    )
    assert_marked(widgets_upgrade(tmp_path, edit), path)


def test_removed_keyword_argument(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        finder(spec)["parameters"].remove("owner")

    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401 import LinkedInClient

        widgets = LinkedInClient("token").widgets
        widgets.find_by_search(owner="me", page_size=10)  # breaking
        widgets.find_by_search(filter=None)
        """,
    )
    outcome = assert_marked(widgets_upgrade(tmp_path, edit), path)
    assert outcome.uses[0][1].column == len("widgets.find_by_search(") + 1


def test_new_required_argument_is_found_on_calls_lacking_it(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        finder(spec)["parameters"].append("color")
        query_parameter(spec, "color")["required"] = True

    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401 import LinkedInClient

        client = LinkedInClient("token")
        client.widgets.find_by_search(owner="me")  # breaking
        client.widgets.find_by_search(owner="me", color="red")
        """,
    )
    assert_marked(widgets_upgrade(tmp_path, edit), path)


def test_path_key_newly_required(tmp_path: Path) -> None:
    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401 import AsyncLinkedInClient


        async def main(options: dict[str, object]) -> None:
            async with AsyncLinkedInClient("token") as client:
                await client.widgets.get(widget_id=1)  # breaking
                await client.widgets.get(widget_id=1, **options)
        """,
    )
    outcome = assert_marked(widgets_upgrade(tmp_path, add_owner), path)
    assert outcome.uses[0][1].message.endswith("Pass the new path key `owner_id`.")


def test_error_code_with_another_status_is_possibly_breaking(tmp_path: Path) -> None:
    """No rule names what to change for it, so each use is for the reader to check."""

    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["WidgetErrorCode"]["x-enum-values"]["WIDGET_TOO_BIG"]["x-http-status"] = 422

    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401 import WidgetErrorCode

        TOO_BIG = WidgetErrorCode.WIDGET_TOO_BIG  # possibly
        """,
    )
    assert_marked(widgets_upgrade(tmp_path, edit), path)


def test_removed_resource(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"].clear()

    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401 import LinkedInClient
        from linkedin_marketing.v202401.resources import Widgets  # breaking

        client = LinkedInClient("token")
        client.widgets.get(widget_id=1)  # breaking
        """,
    )
    outcome = assert_marked(widgets_upgrade(tmp_path, edit), path)
    assert "The `widgets` resource is gone" in outcome.uses[1][1].message


def test_changed_key_type_is_found_at_each_call(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/widgets/{widgetId}"]["parameters"][0]["schema"] = {"type": "string"}

    path = program(
        tmp_path,
        """
        from linkedin_marketing.v202401 import LinkedInClient, Widget

        widgets = LinkedInClient("token").widgets
        widgets.get(widget_id=1)  # breaking
        widgets.create(Widget(name="a"))  # breaking: it returns the new key
        widgets.find_by_search(owner="me")
        """,
    )
    assert_marked(widgets_upgrade(tmp_path, edit), path)
