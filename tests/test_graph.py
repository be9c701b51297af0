"""The graph: references resolve, backlinks are computed, relations are typed once."""

from __future__ import annotations

from pathlib import Path

from conftest import line_of, write_data
from synthetic import multiply

from career_atlas.core.check import check
from career_atlas.core.graph import Graph
from career_atlas.site.kb import knowledge_base


def graph_of(tmp_path: Path, data: dict):
    write_data(tmp_path, data)
    graph, problems = check(tmp_path / "data")
    return graph, [str(p) for p in problems]


def test_backlinks_are_computed(tmp_path: Path, tiny_data: dict) -> None:
    graph, problems = graph_of(tmp_path, tiny_data)
    assert problems == []
    # The role typed its stage; the stage receives the backlink, with the step.
    incoming = [(e.relation, e.source, e.target_step) for e in graph.incoming["collect"]]
    assert ("works_in", "plumber", "raw") in incoming
    assert ("works_in", "plumber", None) in incoming
    # Step-level ethics become stage -> ethics edges that carry the step.
    assert [(e.source, e.source_step) for e in graph.incoming["bias"] if e.relation == "step_raises"] == [("collect", "raw")]
    # Ethics typed the roles that watch for it; the role sees it.
    assert [e.source for e in graph.incoming["modeler"] if e.relation == "watched_by"] == ["bias"]


def test_neighbours_are_symmetric(tmp_path: Path, tiny_data: dict) -> None:
    graph, _ = graph_of(tmp_path, tiny_data)
    for ident in graph.records:
        for other in graph.neighbours(ident):
            assert ident in graph.neighbours(other), (ident, other)
    assert graph.neighbours("plumber") == ["collect", "modeler", "talk"]


def test_kb_links_match_neighbours(tmp_path: Path, tiny_data: dict) -> None:
    graph, _ = graph_of(tmp_path, tiny_data)
    kb = knowledge_base(graph, "https://example.org/atlas/")
    by_id = {e["id"]: e for e in kb["entities"]}
    assert by_id["modeler"]["links"] == ["bias", "plumber", "talk"]
    assert by_id["modeler"]["url"] == {"ko": "https://example.org/atlas/ko/roles/modeler/", "en": "https://example.org/atlas/en/roles/modeler/"}
    assert by_id["collect"]["type"] == "stage"


def test_dangling_reference_names_the_choices(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["stages"] = ["colect"]
    _, problems = graph_of(tmp_path, tiny_data)
    line = line_of(tmp_path / "data/roles/modeler.yml", "colect")
    assert problems == [f"data/roles/modeler.yml:{line}: stages[0]: 'colect' is not a known stage; did you mean 'collect'?"]


def test_reference_to_wrong_type(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["related_roles"] = ["bias"]
    _, problems = graph_of(tmp_path, tiny_data)
    line = line_of(tmp_path / "data/roles/modeler.yml", "- bias")
    assert problems == [f"data/roles/modeler.yml:{line}: related_roles[0]: 'bias' is not a known role; expected one of: modeler, plumber"]


def test_unknown_step(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["stages"] = ["collect#cook"]
    _, problems = graph_of(tmp_path, tiny_data)
    line = line_of(tmp_path / "data/roles/modeler.yml", "collect#cook")
    assert problems == [f"data/roles/modeler.yml:{line}: stages[0]: 'collect' has no step 'cook'; expected one of: raw, label"]


def test_symmetric_relation_typed_twice(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["related_roles"] = ["plumber"]
    _, problems = graph_of(tmp_path, tiny_data)
    line = line_of(tmp_path / "data/roles/plumber.yml", "- modeler")
    other = line_of(tmp_path / "data/roles/modeler.yml", "- plumber")
    assert problems == [
        f"data/roles/plumber.yml:{line}: related_roles[0]: 'modeler' already lists 'plumber' (data/roles/modeler.yml:{other}); "
        "a relation is typed on one side only, the other side is computed: remove this line or that one"
    ]


def test_duplicate_id_across_folders(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["ethics"]["modeler"] = dict(tiny_data["ethics"]["bias"], name={"ko": "다른", "en": "Other"})
    del tiny_data["ethics"]["modeler"]["roles"]
    _, problems = graph_of(tmp_path, tiny_data)
    assert "data/roles/modeler.yml: the id 'modeler' is already used by data/ethics/modeler.yml; ids must be unique across all folders" in problems


def test_duplicate_name(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["name"]["en"] = "data PLUMBER"
    _, problems = graph_of(tmp_path, tiny_data)
    line = line_of(tmp_path / "data/roles/plumber.yml", "en:")
    assert problems == [f"data/roles/plumber.yml:{line}: name.en: 'Data plumber' is already the name of data/roles/modeler.yml; names must be unique"]


def test_a_question_listed_on_two_entries(tmp_path: Path, tiny_data: dict) -> None:
    # The tiny glossary term asks "Who labels data?"; a role asking it too, spaced and cased
    # otherwise, is one question on two pages.
    tiny_data["roles"]["plumber"]["questions"] = {"en": ["What does a plumber do?", "who  labels DATA?"]}
    _, problems = graph_of(tmp_path, tiny_data)
    line = line_of(tmp_path / "data/roles/plumber.yml", "- who  labels DATA?")
    assert problems == [f"data/roles/plumber.yml:{line}: questions.en[1]: 'who  labels DATA?' is already listed in questions "
                        "of data/glossary/annotation.yml; a question belongs on the one page that answers it best"]


def test_a_question_listed_twice_on_one_entry(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["plumber"]["questions"] = {"en": ["Same?", "SAME? "], "ko": ["Same?"]}  # another language may repeat it
    _, problems = graph_of(tmp_path, tiny_data)
    line = line_of(tmp_path / "data/roles/plumber.yml", "- 'SAME? '")
    assert problems == [f"data/roles/plumber.yml:{line}: questions.en[1]: 'SAME?' is already listed in questions "
                        "of data/roles/plumber.yml; a question belongs on the one page that answers it best"]


def test_invalid_file_is_not_reported_twice(tmp_path: Path, tiny_data: dict) -> None:
    del tiny_data["roles"]["modeler"]["areas"]
    _, problems = graph_of(tmp_path, tiny_data)
    assert problems == ["data/roles/modeler.yml:1: areas: is required but missing"]


def test_the_benchmarks_synthetic_copies_pass_the_check(tmp_path: Path, tiny_data: dict) -> None:
    write_data(tmp_path, tiny_data)
    added = multiply(tmp_path / "data", 3)
    graph, problems = check(tmp_path / "data")
    assert problems == [] and added == 2 * len(list((tmp_path / "data").glob("*/*.yml"))) // 3
    assert graph.records["annotation-copy3"].data.questions.en == ["How are answers added to data? (3)", "Who labels data? (3)"]


def test_each_synthetic_copy_links_within_itself(tmp_path: Path, tiny_data: dict) -> None:
    """A larger atlas for the benchmarks has more pages, not longer ones: each copy's links are
    the original's, to the copies beside it, and no original gains a link from a copy."""
    write_data(tmp_path, tiny_data)
    original, _ = check(tmp_path / "data")
    multiply(tmp_path / "data", 3)
    graph, _ = check(tmp_path / "data")

    def links(g: Graph, ident: str, suffix: str = "") -> set[tuple[str, str]]:
        return {(e.relation, e.target.removesuffix(suffix)) for e in g.outgoing[ident]} | \
               {(e.relation, e.source.removesuffix(suffix)) for e in g.incoming[ident]}

    assert original.edges
    for ident in original.records:
        assert links(graph, ident) == links(original, ident)
        assert links(graph, f"{ident}-copy3", "-copy3") == links(original, ident)
