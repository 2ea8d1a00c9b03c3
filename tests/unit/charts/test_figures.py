"""Figures copied and given templates unchecked come out as Plotly's checked ones, sharing nothing."""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from lib.charts.figures import copied_figure, set_template


def _figure(template=None) -> go.Figure:
    fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2], name="字节跳动"), layout={"title": {"text": "Bars"}})
    fig.add_scatter(x=[1, 2], y=[3, 4], hovertext=["<b>x</b>", "y"])
    if template is not None:
        fig.update_layout(template=template)
    return fig


@pytest.mark.parametrize("template", [None, "plotly_white", "simple_white",
                                      go.layout.Template(layout={"font": {"size": 17}})])
def test_a_copy_is_what_plotly_copies(template):
    fig = _figure(template)
    assert copied_figure(fig).to_dict() == go.Figure(fig).to_dict()


def test_a_copy_shares_nothing_with_the_figure():
    fig = _figure("plotly_white")
    before = fig.to_dict()
    copy = copied_figure(fig)
    copy.update_layout(title_text="changed", template_layout_font_size=30, height=99)
    copy.data[0].update(name="changed")
    copy.update_xaxes(title_text="x")
    assert fig.to_dict() == before
    assert pio.templates["plotly_white"].layout.font.size is None


def test_a_copy_still_checks_what_it_is_given():
    with pytest.raises(ValueError):
        copied_figure(_figure()).update_layout(not_a_property=1)


def test_a_template_set_unchecked_is_the_checked_one_and_the_registry_stays():
    checked, unchecked = _figure(), _figure()
    checked.update_layout(template="plotly_white")
    set_template(unchecked, pio.templates["plotly_white"])
    assert unchecked.to_dict() == checked.to_dict()
    unchecked.update_layout(template_layout_paper_bgcolor="red")
    assert pio.templates["plotly_white"].layout.paper_bgcolor == "white"
    assert unchecked._validate and unchecked.layout._validate
