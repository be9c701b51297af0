"""Drop the rules of a stylesheet that nothing on the site can ever match.

Material ships one 135 KB stylesheet for every feature it has; a page of the
atlas uses about a third of it. The rule is conservative: a selector is dropped
only when it *requires* a class, or an exact attribute value, that appears
neither in the site's HTML nor in any string of the scripts that run on its
pages (Material's bundle builds its search results, tooltips and dialogs from
such strings). What the rule cannot reason about never drops anything: classes
inside ``:not()``/``:is()``/``:has()`` are not required, attribute tests other
than ``=`` are ignored, at-rules other than conditional groups are kept whole.
Custom properties are dropped when no kept declaration, page, script or other
stylesheet of the site reads them.

The browser tests compare the computed style of every element with the pruned
and the original stylesheet (tests/test_slim.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import tinycss2
from tinycss2 import ast

_GROUPS = {"media", "supports", "container", "layer", "document", "scope", "starting-style"}
_VAR = re.compile(r"var\(\s*(--[\w-]+)")
# class="a b", CLASS='a', class=a; data-class= matches too, which keeps more, never less
_CLASS_ATTR = re.compile(r"""class\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+)""", re.I)
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*ld\+json)[^>]*>(.*?)</script>", re.S)
_STRING = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`""", re.S)
_WORD = re.compile(r"-?-?[A-Za-z_][\w-]*")
_TEMPLATE_PREFIX = re.compile(r"([A-Za-z_][\w-]*)\$\{")


@dataclass(frozen=True)
class Selector:
    text: str
    classes: frozenset[str]
    attributes: frozenset[tuple[str, str]]  # exact [name=value] tests


@dataclass(frozen=True)
class Declaration:
    text: str
    defines: str | None  # the custom property it sets, if any
    reads: frozenset[str]  # the custom properties its value reads


@dataclass(frozen=True)
class Rule:
    selectors: tuple[Selector, ...]
    declarations: tuple[Declaration, ...]


@dataclass(frozen=True)
class Group:
    """A conditional at-rule (@media, @supports...) around more rules."""

    head: str
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Verbatim:
    """Anything kept as it is: @font-face, @keyframes, @import, unparsable text."""

    text: str


Node = Rule | Group | Verbatim


@dataclass(frozen=True)
class Stylesheet:
    nodes: tuple[Node, ...]
    attribute_names: frozenset[str]  # the attributes exact tests look at: what a scan must record


@dataclass
class Usage:
    """What the pages and their scripts can put in the document.

    Scanning only gathers the raw strings (sets, so the chrome every page repeats
    is stored once); they are split and sorted out once, when pruning starts."""

    attribute_names: frozenset[str] = frozenset()
    class_values: set[str] = field(default_factory=set)
    attribute_pairs: set[tuple[str, str]] = field(default_factory=set)
    script_words: set[str] = field(default_factory=set)
    script_prefixes: set[str] = field(default_factory=set)
    reads: set[str] = field(default_factory=set)  # custom properties read outside the stylesheets
    scripts_seen: set[str] = field(default_factory=set)

    def scan_html(self, text: str) -> None:
        self.scan_pages([text])

    def scan_pages(self, texts: list[str]) -> None:
        """Many pages at once. Material repeats most lines of a page on every page (the
        header, the navigation), so classes and attributes are read from the distinct
        lines only: 0.2 s instead of 1.3 s for the 100 MB of pages at ten times the data.
        That is exact when no attribute value spans a line break, which is checked; if one
        does, every page is read whole."""
        lines: set[str] = set()
        for text in texts:
            lines.update(text.split("\n"))
            self.reads.update(_VAR.findall(text))  # inline <style> and style="" attributes
            for script in _INLINE_SCRIPT.findall(text):
                self.scan_script(script)
        names = self._names_pattern()
        suspects = "\n".join(line for line in lines if line.count('"') % 2 or "'" in line or line.rstrip().endswith("="))
        if re.search(rf"""(?:class|{names})[ \t]*=[ \t]*(?:"[^"\n]*$|'[^'\n]*$|$)""", suspects, re.I | re.M):
            for text in texts:
                self._scan_markup(text, names)
        else:
            self._scan_markup("\n" + "\n".join(lines), names)

    def _names_pattern(self) -> str:
        """The recorded attribute names as one alternation ((?!) matches nothing when there are none)."""
        return "|".join(re.escape(n) for n in sorted(self.attribute_names)) or "(?!)"

    def _scan_markup(self, text: str, names: str) -> None:
        self.class_values.update(_CLASS_ATTR.findall(text))
        if self.attribute_names:
            pairs = re.findall(rf"""\s({names})\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+)""", text, re.I)
            self.attribute_pairs.update((name.lower(), raw) for name, raw in pairs)

    def scan_stylesheet(self, text: str) -> None:
        """Another stylesheet of the site: the custom properties it reads must stay defined."""
        self.reads.update(_VAR.findall(text))

    def scan_script(self, text: str) -> None:
        """Words in string literals: the class names and attribute values a script can set."""
        if text in self.scripts_seen:  # Material's inline scripts repeat on every page
            return
        self.scripts_seen.add(text)
        for m in _STRING.finditer(text):
            literal = m.group(1) or m.group(2) or m.group(3) or ""
            words = _WORD.findall(literal)
            self.script_words.update(words)
            self.reads.update(w for w in words if w.startswith("--"))
            self.script_prefixes.update(_TEMPLATE_PREFIX.findall(literal))

    def seen(self) -> Seen:
        attributes: dict[str, set[str]] = {}
        for name, raw in self.attribute_pairs:
            attributes.setdefault(name, set()).add(_unquote(raw))
        classes = {name for value in self.class_values for name in _unquote(value).split()}
        return Seen(classes, attributes, self.script_words, tuple(self.script_prefixes))


def _unquote(raw: str) -> str:
    return raw[1:-1] if raw[:1] in "\"'" else raw


@dataclass(frozen=True)
class Seen:
    classes: set[str]
    attributes: dict[str, set[str]]
    script_words: set[str]
    script_prefixes: tuple[str, ...]

    def has_class(self, name: str) -> bool:
        return name in self.classes or name in self.script_words or name.startswith(self.script_prefixes)

    def has_attribute(self, name: str, value: str) -> bool:
        if value in self.attributes.get(name, ()):
            return True
        return name in self.script_words and value in self.script_words

    def can_match(self, selector: Selector) -> bool:
        return all(self.has_class(c) for c in selector.classes) and all(
            self.has_attribute(n, v) for n, v in selector.attributes
        )


def parse(css: str) -> Stylesheet:
    names: set[str] = set()
    nodes = _parse_rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), names)
    return Stylesheet(nodes, frozenset(names))


def prune(sheets: list[Stylesheet], usage: Usage) -> list[str]:
    """The text of each stylesheet with only what ``usage`` can match (and the properties that is read)."""
    seen = usage.seen()
    kept = [_keep(sheet.nodes, seen) for sheet in sheets]
    live = _live_properties(kept, usage.reads)
    return ["".join(_serialize(node, live) for node in nodes) for nodes in kept]


def _parse_rules(rules: list[ast.Node], names: set[str]) -> tuple[Node, ...]:
    out: list[Node] = []
    for rule in rules:
        if isinstance(rule, ast.QualifiedRule):
            selectors = tuple(_selector(part, names) for part in _split_commas(rule.prelude))
            out.append(Rule(selectors, _declarations(rule.content)))
        elif isinstance(rule, ast.AtRule) and rule.lower_at_keyword in _GROUPS and rule.content is not None:
            children = _parse_rules(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), names)
            out.append(Group(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}", children))
        elif not isinstance(rule, (ast.Comment, ast.WhitespaceToken)):
            out.append(Verbatim(tinycss2.serialize([rule])))
    return tuple(out)


def _split_commas(tokens: list[ast.Node]) -> list[list[ast.Node]]:
    parts: list[list[ast.Node]] = [[]]
    for token in tokens:  # commas inside :is(...) are inside a FunctionBlock, so not seen here
        if isinstance(token, ast.LiteralToken) and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _selector(tokens: list[ast.Node], names: set[str]) -> Selector:
    classes, attributes = set(), set()
    for i, token in enumerate(tokens):
        if isinstance(token, ast.IdentToken) and i and isinstance(tokens[i - 1], ast.LiteralToken) and tokens[i - 1].value == ".":
            classes.add(token.value)
        elif isinstance(token, ast.SquareBracketsBlock):
            parts = [t for t in token.content if not isinstance(t, ast.WhitespaceToken)]
            if (
                len(parts) == 3
                and isinstance(parts[0], ast.IdentToken)
                and isinstance(parts[1], ast.LiteralToken)
                and parts[1].value == "="
                and isinstance(parts[2], (ast.IdentToken, ast.StringToken))
            ):
                attributes.add((parts[0].value, parts[2].value))
                names.add(parts[0].value)
    return Selector(tinycss2.serialize(tokens).strip(), frozenset(classes), frozenset(attributes))


def _declarations(content: list[ast.Node]) -> tuple[Declaration, ...]:
    if not any(isinstance(t, ast.IdentToken) and t.value.startswith("--") for t in content):
        text = tinycss2.serialize(content).strip().rstrip(";")  # defines no custom property: keep it whole
        return (Declaration(text, None, frozenset(_VAR.findall(text))),)
    out = []
    for item in tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True):
        if isinstance(item, ast.Declaration):
            text = f"{item.name}:{tinycss2.serialize(item.value).strip()}{'!important' if item.important else ''}"
            defines = item.name if item.name.startswith("--") else None
            out.append(Declaration(text, defines, frozenset(_VAR.findall(text))))
        else:  # a nested rule or an unparsable part: keep its text
            text = tinycss2.serialize([item]).strip().rstrip(";")
            out.append(Declaration(text, None, frozenset(_VAR.findall(text))))
    return tuple(out)


def _keep(nodes: tuple[Node, ...], usage: Seen) -> list[Node]:
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, Rule):
            selectors = tuple(s for s in node.selectors if usage.can_match(s))
            if selectors:
                out.append(Rule(selectors, node.declarations))
        elif isinstance(node, Group):
            children = tuple(_keep(node.children, usage))
            if children:
                out.append(Group(node.head, children))
        else:
            out.append(node)
    return out


def _live_properties(kept: list[list[Node]], reads: set[str]) -> set[str]:
    """Custom properties read by a kept declaration, directly or through other properties."""
    defined: dict[str, set[str]] = {}
    roots = set(reads)
    for decl in _all_declarations(kept):
        if decl.defines:
            defined.setdefault(decl.defines, set()).update(decl.reads)
        else:
            roots.update(decl.reads)
    for node in _all_nodes(kept):
        if isinstance(node, Verbatim):
            roots.update(_VAR.findall(node.text))  # @keyframes and the like, at any depth
    live: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name not in live:
            live.add(name)
            todo.extend(defined.get(name, ()))
    return live


def _all_nodes(kept: list[list[Node]]) -> Iterator[Node]:
    stack = [n for nodes in kept for n in nodes]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, Group):
            stack.extend(node.children)


def _all_declarations(kept: list[list[Node]]) -> Iterator[Declaration]:
    for node in _all_nodes(kept):
        if isinstance(node, Rule):
            yield from node.declarations


def _serialize(node: Node, live: set[str]) -> str:
    if isinstance(node, Rule):
        body = ";".join(d.text for d in node.declarations if d.defines is None or d.defines in live)
        return f"{','.join(s.text for s in node.selectors)}{{{body}}}" if body else ""
    if isinstance(node, Group):
        inner = "".join(_serialize(child, live) for child in node.children)
        return f"{node.head}{{{inner}}}" if inner else ""
    return node.text
