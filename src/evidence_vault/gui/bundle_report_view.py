"""The report of a received bundle's check: the verdict, who sealed it and when, its files
with their hashes and what was removed, and every check, problem and note (bundle_intake)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.bundle import BundleReport, court_provenance
from ..core.evidence.items import visible_text
from .common import heading_font, human_size, mono_font, short_time
from .widgets import selectable, wrapped_text

RED = QColor("#b03a2e")
GREEN = QColor("#1e8449")


class BundleReportView(QWidget):
    """Shows one BundleReport; what to do with the bundle stays with the dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.verdict = QLabel()
        self.verdict.setFont(heading_font(5))
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Result of the check"))
        layout.addWidget(self.verdict)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        self.sealed_by = selectable(wrapped_text())
        self.sealed_by.setAccessibleName(self.tr("Sealed by"))
        self.sealed_fingerprint = selectable(wrapped_text())
        self.sealed_fingerprint.setFont(mono_font(13))
        self.sealed_fingerprint.setAccessibleName(self.tr("Fingerprint of the sender's signing key"))
        self.sealed_when = selectable(wrapped_text())
        self.sealed_when.setAccessibleName(self.tr("Sealed on"))
        self.profile_label = wrapped_text()
        self.custody_label = wrapped_text()
        self.custody_label.setAccessibleName(self.tr("Custody proofs"))
        form.addRow(self.tr("Sealed by key"), self.sealed_by)
        form.addRow(self.tr("Fingerprint"), self.sealed_fingerprint)
        form.addRow(self.tr("Sealed on"), self.sealed_when)
        form.addRow(self.tr("Contents"), self.profile_label)
        form.addRow(self.tr("Custody proofs"), self.custody_label)
        layout.addLayout(form)
        layout.addWidget(
            wrapped_text(
                self.tr(
                    "Compare the fingerprint with the sender by voice or another trusted channel: the "
                    "bundle proves which key sealed it, not whose key that is."
                )
            )
        )
        self.files = QTreeWidget()
        self.files.setAccessibleName(self.tr("Files in the bundle and their checks"))
        self.files.setHeaderLabels(
            [
                self.tr("File"),
                self.tr("Size"),
                self.tr("Check"),
                self.tr("SHA-256"),
                self.tr("Removed"),
                self.tr("Attachments"),
                self.tr("Capture-time provenance (the sender's record)"),
            ]
        )
        self.files.setRootIsDecorated(False)
        self.files.setAlternatingRowColors(True)
        header = self.files.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.files.setColumnWidth(0, 240)
        self.files.setColumnWidth(1, 80)
        self.files.setColumnWidth(2, 90)
        self.files.setColumnWidth(3, 200)
        self.files.setColumnWidth(4, 150)
        self.files.setColumnWidth(5, 90)
        layout.addWidget(self.files, 2)
        self.details = QListWidget()
        self.details.setAccessibleName(self.tr("Checks, problems and statements"))
        self.details.setWordWrap(True)
        layout.addWidget(self.details, 1)

    def show_report(self, report: BundleReport) -> None:
        ok = report.ok
        if ok:
            self.verdict.setText(self.tr("Verified: the bundle is intact and signed"))
            self.verdict.setStyleSheet(f"color: {GREEN.name()};")
        else:
            self.verdict.setText(self.tr("Verification FAILED: do not rely on this bundle"))
            self.verdict.setStyleSheet(f"color: {RED.name()};")
        sealed = report.sealed_by
        self.sealed_by.setText(sealed.get("minisign_public_key", self.tr("unknown")))
        self.sealed_fingerprint.setText(sealed.get("fingerprint", self.tr("unknown")))
        self.sealed_when.setText(short_time(report.created_at) if report.created_at else self.tr("unknown"))
        profile = {
            "originals": self.tr("originals, byte-exact"),
            "sanitized": self.tr("sanitized copies"),
        }.get(report.profile, report.profile or self.tr("unknown"))
        self.profile_label.setText(
            self.tr("%n file(s), {profile}", "", len(report.files)).format(profile=profile)
            + (self.tr("; %n statement(s)", "", len(report.statements)) if report.statements else "")
        )
        custody_problems = [p for p in report.problems if "custody" in p or "tree head" in p or "log" in p]
        custody_checked = any(c.startswith("custody:") for c in report.checks)
        if custody_problems:
            self.custody_label.setText(self.tr("FAILED: {p}").format(p="; ".join(custody_problems)))
            self.custody_label.setStyleSheet(f"color: {RED.name()};")
        elif custody_checked:
            events = report.tree_head.get("size", "?")
            self.custody_label.setText(
                self.tr(
                    "ok: signatures and inclusion proofs verified against the sender's log ({n} events)"
                ).format(n=events)
            )
            self.custody_label.setStyleSheet(f"color: {GREEN.name()};")
        else:
            self.custody_label.setText(self.tr("not checked"))
            self.custody_label.setStyleSheet(f"color: {RED.name()};")

        self.files.clear()
        for entry in report.files:
            path = str(entry.get("path", ""))
            failed = not ok and (not report.bundle_id or any(path in p for p in report.problems))
            derivative = entry.get("derivative") or {}
            removed = ", ".join(visible_text(str(r)) for r in derivative.get("removed", []))
            # What the sender's vault recorded at import, in this app's language.
            provenance, broken = court_provenance.verdict(entry, QCoreApplication.translate)
            if derivative.get("reencoded"):
                removed = self.tr("pixels re-encoded; ") + removed
            row = QTreeWidgetItem(
                [
                    visible_text(str(entry.get("original_name", path))),
                    human_size(int(entry.get("size", 0))),
                    self.tr("hash failed") if failed else self.tr("hash ok"),
                    str(entry.get("sha256", "")),
                    removed if derivative else self.tr("nothing (original)"),
                    str(len(court_provenance.attachments(entry))),
                    provenance,
                ]
            )
            row.setToolTip(6, provenance)
            if broken:
                row.setForeground(6, QBrush(RED))
            row.setToolTip(0, path)
            row.setToolTip(3, str(entry.get("sha256", "")))
            row.setToolTip(4, removed)
            row.setForeground(2, QBrush(RED if failed else GREEN))
            self.files.addTopLevelItem(row)

        self.details.clear()
        for problem in report.problems:
            item = QListWidgetItem(self.tr("PROBLEM: {p}").format(p=problem))
            item.setForeground(QBrush(RED))
            self.details.addItem(item)
        for check in report.checks:
            self.details.addItem(QListWidgetItem(self.tr("ok: {c}").format(c=check)))
        for note in report.notes:  # what an older format could not cover: said, never hidden
            self.details.addItem(QListWidgetItem(self.tr("NOT COVERED: {n}").format(n=note)))
        for statement in report.statements:
            self.details.addItem(
                QListWidgetItem(
                    self.tr("Statement {id} ({pseudonym}), version SHA-256 {sha}{identity}").format(
                        id=statement.get("id"),
                        pseudonym=visible_text(str(statement.get("pseudonym", ""))),
                        sha=statement.get("version_sha256", ""),
                        identity=self.tr(", with the witness's identity")
                        if statement.get("identity_included")
                        else "",
                    )
                )
            )
        recipients_text = ", ".join(
            f"{visible_text(str(r.get('name', '')))} ({r.get('fingerprint', '')})" for r in report.recipients
        )
        if recipients_text:
            self.details.addItem(QListWidgetItem(self.tr("Sealed to: {r}").format(r=recipients_text)))
