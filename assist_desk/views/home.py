"""The home screen: large, plain tiles, one per available feature."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from assist_desk.i18n import translated
from assist_desk.views.features import TILE_TEXTS, Feature
from assist_desk.views.screen import Screen


class TileButton(QPushButton):
    """A large tile whose title and description wrap instead of being cut.

    ``setText("title\ndescription")`` fills two word-wrapped labels; ``text()``
    returns what was set (the button itself paints no text).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.title = QLabel()
        self.title.setObjectName("tileTitle")
        self.description = QLabel()
        self.description.setObjectName("tileText")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(4)
        for label in (self.title, self.description):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        self._text = text
        title, _, description = text.partition("\n")
        self.title.setText(title)
        self.description.setText(description)
        self.description.setVisible(bool(description))
        self.updateGeometry()

    def text(self) -> str:
        return self._text

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        assert layout is not None
        return max(self.minimumHeight(), layout.totalHeightForWidth(width))

    def sizeHint(self) -> QSize:
        layout = self.layout()
        assert layout is not None
        hint = layout.totalSizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        assert layout is not None
        return QSize(120, max(self.minimumHeight(), layout.totalMinimumSize().height()))


class HomeScreen(Screen):
    screen_id = "home"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles: dict[str, QPushButton] = {}
        self._heading = QLabel()
        self._heading.setProperty("role", "title")
        self._heading.setWordWrap(True)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        self._empty = QLabel()
        self._empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addLayout(self._grid)
        layout.addWidget(self._empty)
        layout.addStretch(1)
        self.retranslate_ui()

    def set_features(self, features: list[Feature]) -> None:
        """Show one tile per feature, in order (a missing feature has no tile)."""
        for button in self._tiles.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self._tiles.clear()
        for index, feature in enumerate(sorted(features, key=lambda f: f.order)):
            button = TileButton()
            button.setProperty("role", "tile")
            button.setObjectName(f"tile_{feature.screen_id}")
            button.clicked.connect(
                lambda _=False, sid=feature.screen_id: self.sig_navigate.emit(sid)
            )
            self._grid.addWidget(button, index // 2, index % 2)
            self._tiles[feature.screen_id] = button
        self.retranslate_ui()

    def tile(self, screen_id: str) -> QPushButton:
        return self._tiles[screen_id]

    def window_title(self) -> str:
        return self.tr("Home")

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("What would you like to do?"))
        self._intro.setText(
            self.tr("Choose one of the buttons below. You can come back here at any time.")
        )
        self._empty.setText(self.tr("Loading…") if not self._tiles else "")
        self._empty.setVisible(not self._tiles)
        for screen_id, button in self._tiles.items():
            title, description = TILE_TEXTS[screen_id]
            button.setText(translated("Home", title) + "\n" + translated("Home", description))
            button.setAccessibleName(translated("Home", title))
            button.setAccessibleDescription(translated("Home", description))

    def initial_focus(self) -> QWidget | None:
        for button in self._tiles.values():
            return button
        return None
