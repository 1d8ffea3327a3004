"""Every user-visible text in the app and the CLI's human output is marked for translation.

An AST scan of src/evidence_vault/gui/*.py and src/evidence_vault/cli/*.py: a string
literal with letters in it, passed to something that shows text (setText, QLabel(…),
QMessageBox.warning(…), print() in the CLI, …), must come from a translation call
(``self.tr``, ``QCoreApplication.translate("Context", …)``, the CLI's
``translate("cli", …)``). And every translation call must be one that lupdate
extracts into the context used at run time.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.support import REPO

PACKAGE = REPO / "src" / "evidence_vault"

# Methods whose string arguments are shown to the user.
SHOWN_BY_METHOD = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setStatusTip",
    "setWhatsThis",
    "showMessage",
    "addItem",
    "addItems",
    "insertItem",
    "setItemText",
    "setTitle",
    "setSubTitle",
    "setButtonText",
    "setLabelText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "setInformativeText",
    "setDetailedText",
    "setWindowIconText",
    "addRow",
    "insertRow",
    "addAction",
    "addMenu",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setFormat",
    "addButton",
    "setHtml",
    "setPlainText",
    "setMarkdown",
    "show_text",
    "setNameFilter",
    "setNameFilters",
    # QMessageBox / QFileDialog / QInputDialog statics: title and text.
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
    # evidence_vault.gui.file_dialogs: the same dialogs without history.
    "open_file",
    "open_files",
    "save_file",
    "existing_directory",
    "getText",
    "getInt",
    "getItem",
    "getMultiLineText",
}
# Constructors whose string arguments are shown to the user.
SHOWN_BY_CONSTRUCTOR = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
    "QToolBar",
    "QDockWidget",
    "QCommandLinkButton",
    "QMessageBox",
    "QTreeWidgetItem",
    "QListWidgetItem",
    "QStandardItem",
    "QTableWidgetItem",
    "QWizardPage",
    "QProgressDialog",
}
# In the command line: human output and errors the user reads.
SHOWN_BY_CLI = {"print", "input", "getpass", "UsageError", "VaultError", "show", "write", "fail", "die"}
# Keyword arguments that are never shown (data, object names, styles).
NOT_SHOWN_KEYWORDS = {"file", "end", "sep", "flush", "objectName", "styleSheet", "name", "userData"}

# Texts deliberately not translated, each with the reason.
ALLOWED = {
    "SHA-256",  # the name of the hash function, the same in every language
    "minisign",  # a program's name
    "age",  # a program's name
    "PDF",  # a format's name
    "UTC",  # the time zone's name, as in ISO 8601
    "Беларуская",  # each language is named in itself in the language menu
    "Русский",
    "Українська",
    "English",
}


def _has_letters(text: str) -> bool:
    """Words someone reads: letters outside HTML tags, not an allowed name."""
    text = re.sub(r"<[^<>]*>", "", text)
    return any(ch.isalpha() for ch in text) and text.strip() not in ALLOWED


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_translation(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    name = _callee(node)
    if name in ("tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "action_label", "type_label"):
        return True
    # text.format(...) / text.replace(...) of a translated text
    if isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "replace", "strip", "upper"):
        return _is_translation(node.func.value)
    return False


def _unmarked_in(node: ast.AST) -> list[ast.AST]:
    """Literal texts inside an expression that do not come from a translation call."""
    if _is_translation(node):
        # Only the .format() arguments can still hold unmarked text.
        found: list[ast.AST] = []
        call = node
        while (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr in ("format", "replace", "strip", "upper")
        ):
            for arg in [*call.args, *(k.value for k in call.keywords)]:
                found += _unmarked_in(arg)
            call = call.func.value
        return found
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if _has_letters(node.value) else []
    if isinstance(node, ast.JoinedStr):
        found = (
            [node]
            if any(isinstance(v, ast.Constant) and _has_letters(str(v.value)) for v in node.values)
            else []
        )
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                found += _unmarked_in(value.value)
        return found
    if isinstance(node, ast.Call):
        name = _callee(node)
        if name in ("str", "repr", "int", "len", "Path", "join", "hex", "fingerprint", "human_size"):
            return []
        if name in ("get", "getattr", "count"):  # a key or attribute name; only the default is shown
            return [n for arg in node.args[1:] for n in _unmarked_in(arg)]
        return [n for arg in [*node.args, *(k.value for k in node.keywords)] for n in _unmarked_in(arg)]
    if isinstance(node, ast.IfExp):
        return _unmarked_in(node.body) + _unmarked_in(node.orelse)
    if isinstance(node, ast.BoolOp | ast.BinOp | ast.Tuple | ast.List):
        return [n for child in ast.iter_child_nodes(node) for n in _unmarked_in(child)]
    return []


def _sink_arguments(node: ast.Call, cli: bool) -> list[ast.AST]:
    name = _callee(node)
    shown = name in SHOWN_BY_METHOD or name in SHOWN_BY_CONSTRUCTOR or (cli and name in SHOWN_BY_CLI)
    if not shown:
        return []
    if name == "write" and not cli:
        return []
    return [*node.args, *(k.value for k in node.keywords if k.arg not in NOT_SHOWN_KEYWORDS)]


def _bad_translation_call(node: ast.Call) -> str | None:
    """A translation call lupdate would extract into another context than the one used at run time."""
    func = node.func
    text_at = 1 if _callee(node) == "translate" else 0
    literal_text = len(node.args) > text_at and isinstance(node.args[text_at], ast.Constant)
    is_self = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self"
    if isinstance(func, ast.Attribute) and func.attr == "tr" and literal_text and not is_self:
        return "only self.tr(…) is looked up in the class's context; use QCoreApplication.translate"
    if isinstance(func, ast.Name) and func.id == "tr" and literal_text:
        return "a bare tr(…) goes to an empty context in lupdate; use self.tr or QCoreApplication.translate"
    literal_context = bool(node.args) and isinstance(node.args[0], ast.Constant)
    if _callee(node) == "translate" and literal_text and not literal_context:
        return "translate() needs a literal context and a literal text for lupdate"
    return None


def scan_source(source: str, filename: str, cli: bool) -> list[str]:
    problems = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        reason = _bad_translation_call(node)
        if reason:
            problems.append(f"{filename}:{node.lineno}: {reason}")
        for argument in _sink_arguments(node, cli):
            for literal in _unmarked_in(argument):
                text = ast.unparse(literal)
                problems.append(f"{filename}:{literal.lineno}: not marked for translation: {text[:80]}")
    return problems


def scan(paths: list[Path]) -> list[str]:
    problems = []
    for path in paths:
        cli = path.parent.name == "cli"
        problems += scan_source(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)), cli)
    return problems


def sources() -> list[Path]:
    return sorted((PACKAGE / "gui").rglob("*.py")) + sorted((PACKAGE / "cli").rglob("*.py"))


def test_every_user_visible_text_is_marked_for_translation() -> None:
    problems = scan(sources())
    assert problems == [], "\n".join(problems)


FIXTURE = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

class Panel(QWidget):
    def __init__(self, widget):
        super().__init__()
        self.ok = QLabel(self.tr("Marked"))
        self.ok.setText(self.tr("{n} files").format(n=3))
        self.ok.setObjectName("notShown")
        self.ok.setText("—")
        self.bad = QLabel("Forgot to mark this")
        self.bad.setToolTip(f"Also {3} unmarked")
        QMessageBox.warning(self, self.tr("Title"), "Unmarked message")
        self.bad.setText(widget.tr("Wrong context"))
        self.bad.setText(QCoreApplication.translate("Panel", "Right context"))
"""

CLI_FIXTURE = """
def cmd(args):
    print(translate("cli", "Marked {n}").format(n=1))
    print(f"{args.x:>6}  {args.y}")
    print("Not marked")
    raise UsageError(f"no {args.what} given")
"""


def test_the_scanner_finds_unmarked_texts() -> None:
    found = scan_source(FIXTURE, "fixture.py", cli=False)
    joined = "\n".join(found)
    assert "Forgot to mark this" in joined
    assert "Also " in joined
    assert "Unmarked message" in joined
    assert "only self.tr" in joined
    assert "Marked" not in joined.replace("not marked", "").replace("Unmarked", "")
    assert "Right context" not in joined
    assert len(found) == 4, joined
    cli_found = "\n".join(scan_source(CLI_FIXTURE, "cli_fixture.py", cli=True))
    assert "Not marked" in cli_found and "no {args.what} given" in cli_found
    assert "Marked {n}" not in cli_found and "args.x" not in cli_found
