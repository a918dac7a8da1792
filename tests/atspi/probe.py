#!/usr/bin/python3
"""The screen reader's side of the bus tests: reads assist-desk through AT-SPI.

Runs under the system Python (Debian's ``python3-gi`` and ``gir1.2-atspi-2.0``):
the project's virtual environment has no GObject bindings. One JSON command per
line on stdin, one JSON reply per line on stdout. Events are collected by a GLib
main loop that also watches stdin, so everything runs on one thread, as libatspi
wants. Commands:

Usage: probe.py PID (the application's process id).

    {"cmd": "ready"}                            -> {"ok": true, "apps": [...]}
    {"cmd": "tree"}                             -> {"tree": node} showing nodes only
    {"cmd": "act", "role": R, "name": N?, "state": S?, "action": A?, "index": I?}
                                                (no name: any; a state: only nodes in it)
    {"cmd": "focused"}                          -> {"node": node or null}
    {"cmd": "title"}                            -> {"title": the active window's name}
    {"cmd": "events"}                           -> {"events": [...]} since the last call

A node is {"role", "name", "description", "states", "relations", "attributes",
"text" (text objects only), "children"}; a relation is "TYPE:role:name".
"""

from __future__ import annotations

import json
import sys
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# get_action_name is "deprecated" for a name that bookworm's libatspi does not have yet.
warnings.filterwarnings("ignore", category=DeprecationWarning)

APP_NAME = "assist-desk"
#: The process id of the application to read (several may be on the bus).
APP_PID = int(sys.argv[1]) if len(sys.argv) > 1 else 0
EVENT_TYPES = (
    "focus:",
    "object:state-changed:focused",
    "object:state-changed:invalid-entry",
    "object:state-changed:checked",
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:selection-changed",
    "object:active-descendant-changed",
    "object:text-caret-moved",
    "window:activate",
)

#: How long a call to the application may take before libatspi calls it "hung". Its
#: default (800 ms) is shorter than the pauses of a busy two-core CI machine.
CALL_TIMEOUT_MS = 10_000
#: Times a tree is read before its error is the answer (a node died meanwhile, or the
#: application was busy for longer than libatspi waits: it then says "hung").
TREE_ATTEMPTS = 10

events: list[dict[str, object]] = []


def role_name(node: Atspi.Accessible) -> str:
    return node.get_role_name() or ""


def states(node: Atspi.Accessible) -> list[str]:
    state_set = node.get_state_set()
    return sorted(Atspi.StateType(s).value_nick for s in state_set.get_states())


def short(node: Atspi.Accessible) -> str:
    return f"{role_name(node)}:{node.get_name() or ''}"


def relations(node: Atspi.Accessible) -> list[str]:
    found = []
    for relation in node.get_relation_set() or []:
        kind = relation.get_relation_type().value_nick
        for i in range(relation.get_n_targets()):
            found.append(f"{kind.upper()}:{short(relation.get_target(i))}")
    return found


def actions(node: Atspi.Accessible) -> list[str]:
    if "Action" not in node.get_interfaces():
        return []
    count = Atspi.Action.get_n_actions(node)
    return [Atspi.Action.get_action_name(node, i) for i in range(count)]


def describe(node: Atspi.Accessible, children: bool) -> dict[str, object]:
    info: dict[str, object] = {
        "role": role_name(node),
        "name": node.get_name() or "",
        "description": node.get_description() or "",
        "states": states(node),
        "relations": relations(node),
        "attributes": dict(node.get_attributes() or {}),
        "actions": actions(node),
    }
    if "Text" in node.get_interfaces() and role_name(node) != "label":
        count = Atspi.Text.get_character_count(node)
        info["text"] = Atspi.Text.get_text(node, 0, min(count, 200))
    if children:
        kids = []
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is not None and "showing" in states(child):
                kids.append(describe(child, True))
        info["children"] = kids
    return info


def ours(app: Atspi.Accessible | None) -> bool:
    return (
        app is not None
        and app.get_name() == APP_NAME
        and (not APP_PID or app.get_process_id() == APP_PID)
    )


def the_app() -> Atspi.Accessible | None:
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if ours(app):
            return app
    return None


def walk(node: Atspi.Accessible):
    yield node
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None and "showing" in states(child):
            yield from walk(child)


def act(app: Atspi.Accessible, command: dict) -> dict[str, object]:
    hits = [
        node
        for node in walk(app)
        if role_name(node) == command["role"]
        and command.get("name") in (None, node.get_name() or "")
        and command.get("state") in (None, *states(node))
    ]
    if not hits:
        return {"error": f"no showing {command['role']} named {command.get('name')!r}"}
    node = hits[command.get("index", 0)]
    wanted = command.get("action")
    names = [Atspi.Action.get_action_name(node, i) for i in range(Atspi.Action.get_n_actions(node))]
    if wanted is None:
        index = 0
    elif wanted in names:
        index = names.index(wanted)
    else:
        return {"error": f"{short(node)} has actions {names}, not {wanted}"}
    Atspi.Action.do_action(node, index)
    return {"ok": True, "hits": len(hits)}


def on_event(event: Atspi.Event) -> None:
    source = event.source
    try:
        if not ours(source.get_application()):
            return
        entry: dict[str, object] = {
            "type": event.type,
            "detail1": event.detail1,
            "role": role_name(source),
            "name": source.get_name() or "",
            "time": time.monotonic(),
        }
        if event.type.startswith("object:announcement"):
            entry["text"] = str(event.any_data)
        elif event.type.startswith("object:property-change"):
            entry["value"] = str(event.any_data)
        events.append(entry)
    except GLib.Error:
        pass  # the object died meanwhile: a screen reader would skip it too


def handle(command: dict) -> dict[str, object]:
    kind = command["cmd"]
    if kind == "events":
        taken = list(events)
        events.clear()
        return {"events": taken}
    app = the_app()
    if app is None:
        return {"error": "assist-desk is not on the bus"}
    if kind == "ready":
        return {"ok": True}
    if kind == "tree":
        # A node may die while the tree is read (a list refilled as the person types):
        # read it again, as a screen reader would on the next change.
        for _attempt in range(TREE_ATTEMPTS - 1):
            try:
                return {"tree": describe(app, True)}
            except GLib.Error:
                time.sleep(0.3)
        return {"tree": describe(app, True)}
    if kind == "title":  # the active window's name: cheap, no tree walk
        for i in range(app.get_child_count()):
            window = app.get_child_at_index(i)
            if window is not None and "active" in states(window):
                return {"title": window.get_name() or ""}
        return {"title": ""}
    if kind == "focused":
        for node in walk(app):
            if "focused" in states(node):
                return {"node": describe(node, False)}
        return {"node": None}
    if kind == "act":
        return act(app, command)
    return {"error": f"unknown command {kind}"}


def on_stdin(channel: GLib.IOChannel, condition: GLib.IOCondition) -> bool:
    if condition & (GLib.IOCondition.HUP | GLib.IOCondition.ERR):
        Atspi.event_quit()
        return False
    line = channel.readline()
    if not line:
        Atspi.event_quit()
        return False
    try:
        reply = handle(json.loads(line))
    except GLib.Error as error:
        reply = {"error": f"AT-SPI: {error.message}"}
    except Exception as error:  # a reply in every case: the test must not hang
        reply = {"error": f"probe: {error!r}"}
    sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return True


def main() -> None:
    Atspi.init()
    Atspi.set_timeout(CALL_TIMEOUT_MS, CALL_TIMEOUT_MS)
    listener = Atspi.EventListener.new(on_event)
    for event_type in EVENT_TYPES:
        listener.register(event_type)
    channel = GLib.IOChannel.unix_new(sys.stdin.fileno())
    GLib.io_add_watch(
        channel, GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP, on_stdin
    )
    sys.stdout.write(json.dumps({"ok": True, "probe": "started"}) + "\n")
    sys.stdout.flush()
    Atspi.event_main()


if __name__ == "__main__":
    main()
