"""Found by the stateful test: an edit can reach a device *after* an edit that replaced it.

A edits her name; D joins from A's snapshot (so D saw A's edit) and edits it again; D's
edit reaches C before A's does. When A's arrives at C it is history, not a second head:
otherwise C shows a conflict that no other device has, and the devices never converge.
"""

from __future__ import annotations

from pathlib import Path

from ponte.storage import cases
from tests.storage.replica.mesh import Node, centre, join, new_case, post, pull, state, sync_all


def _rename(node: Node, case_id: str, alias: str) -> None:
    f = cases.open_file(node.db, node.actor, case_id, at=node.clock.now())
    f.person.alias = alias
    cases.update_person(node.db, node.actor, case_id, f.person, at=node.clock.now())


def test_an_edit_that_arrives_after_its_replacement_is_not_a_conflict(tmp_path: Path) -> None:
    a, b, c = centre(tmp_path)
    case_id = new_case(a, "Iniziale")
    sync_all([a, b, c])
    _rename(a, case_id, "Alba")  # not sent to anyone yet
    d = join(tmp_path, a, "D")  # D's snapshot comes from A: it has seen "Alba"
    _rename(d, case_id, "Bruna")
    post(d, c)  # D's edit travels first
    pull(c)
    sync_all([a, b, c, d])  # now A's "Alba" reaches C too
    for node in (a, b, c, d):
        assert state(node) == state(a), node.name
        alias = node.db.scalar(
            "SELECT p.alias FROM persons p JOIN cases k ON k.person_id = p.id WHERE k.id = ?",
            (case_id,),
        )
        assert alias == "Bruna", node.name
    for node in (a, b, c, d):
        node.vault.lock()
