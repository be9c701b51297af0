"""One regular expression for many words, laid out as a prefix tree.

A flat alternation of many words makes every match attempt try each word in turn (200
terminology variants took 3 s over a megabyte, the glossary's names grew every page's cost with
their number); the tree is followed character by character, so its cost does not grow with the
number of words, and its greedy optional groups still prefer the longest word."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

Node = dict[str, "Node"]


def tree_pattern(words: Iterable[str], end: Callable[[str], str] = lambda word: "") -> str:
    """A pattern that matches any of ``words``, the longest first where several start at one
    place; ``end(word)``: what must follow that word (a lookahead), if anything. Built without
    recursion (a long word would otherwise be a deep call stack)."""
    root: Node = {}
    ends: dict[int, str] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
        ends[id(node)] = end(word)
    built: dict[int, str] = {}
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:  # post-order: a node's pattern once its children's are built
        node, ready = stack.pop()
        if not ready:
            stack.append((node, True))
            stack.extend((child, False) for ch, child in node.items() if ch)
            continue
        branches = [re.escape(ch) + built.pop(id(child)) for ch, child in sorted(node.items()) if ch]
        if "" in node:  # a word ends here: tried after the longer words that go on
            branches.append(ends[id(node)])
        if branches == [""]:
            built[id(node)] = ""
        elif len(branches) == 2 and branches[1] == "":
            built[id(node)] = f"(?:{branches[0]})?"
        else:
            built[id(node)] = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return built[id(root)]
