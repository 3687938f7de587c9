"""The application's colours: one place for the light and dark themes and the chart series.

Chart series use the Okabe-Ito palette, which stays distinguishable under the common colour-vision deficiencies;
bars also carry value labels, so colour is never the only carrier of meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Okabe-Ito colours, in the order charts use them.
SERIES = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


@dataclass(frozen=True)
class Theme:
    """The colours of one theme."""

    name: str
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    highlight_bar: str
    other_bar: str
    error: str


LIGHT = Theme(
    name="light",
    window="#F4F6FA",
    surface="#FFFFFF",
    text="#1B1F24",
    muted="#5A6370",
    accent="#0072B2",
    accent_text="#FFFFFF",
    border="#7D8897",
    highlight_bar="#0072B2",
    other_bar="#828E9D",
    error="#B00020",
)

DARK = Theme(
    name="dark",
    window="#15181D",
    surface="#20252C",
    text="#EEF1F5",
    muted="#A8B1BD",
    accent="#56B4E9",
    accent_text="#0B0D10",
    border="#6F7A88",
    highlight_bar="#56B4E9",
    other_bar="#7D8896",
    error="#FF8A80",
)

HIGH_CONTRAST = Theme(
    name="high_contrast",
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    accent="#FFD400",
    accent_text="#000000",
    border="#FFFFFF",
    highlight_bar="#FFD400",
    other_bar="#FFFFFF",
    error="#FF8080",
)

THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}
#: Text sizes the reader can choose (presentation mode for projectors is the largest).
TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG's contrast ratio of two colours "#RRGGBB" (1 to 21; non-text parts of controls need 3)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    """WCAG's relative luminance of "#RRGGBB"."""
    channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


#: The smallest touch target, in pixels at 100 % (WCAG 2.5.5 and the platforms' guidelines say 44).
TOUCH_TARGET = 44


#: The drawn parts' sizes at 100 %: a chooser's drop-down area and its arrow (a spin box's arrows too), and the
#: tick in a check box.
DROP_DOWN_PIXELS, ARROW_PIXELS, TICK_PIXELS = 24, 12, 16


def stylesheet(theme: Theme, scale: float = 1.0, touch: bool = False) -> str:
    """The application's Qt style sheet for `theme`, with every size multiplied by `scale`; `touch` makes every
    control at least TOUCH_TARGET pixels tall and wide (exhibit mode)."""
    focus_width = 3 if theme is HIGH_CONTRAST else 2
    sheet = f"""
    QWidget {{ color: {theme.text}; font-size: 15px; }}
    QMainWindow, QStackedWidget, QScrollArea, #storyContent, #home {{ background: {theme.window}; }}
    #topBar {{ background: {theme.surface}; border-bottom: 1px solid {theme.border}; }}
    #card, #panel {{ background: {theme.surface}; border: 1px solid {theme.border}; border-radius: 12px; }}
    QPushButton#card {{ min-height: 200px; text-align: left; padding: 0; border-radius: 14px; }}
    #card:hover, #card:focus {{ border: {focus_width}px solid {theme.accent}; }}
    #question {{ font-weight: 600; }}
    #headline {{ font-weight: 700; color: {theme.accent}; }}
    #headlineSecondary, #muted, #footnote {{ color: {theme.muted}; }}
    #cardTitle {{ font-size: 19px; font-weight: 600; }}
    #cardHeadline {{ font-weight: 700; color: {theme.accent}; }}
    #sectionTitle, #emphasis {{ font-size: 16px; font-weight: 600; }}
    #footnote {{ font-size: 13px; }}
    #appTitle {{ font-size: 18px; font-weight: 700; }}
    QPushButton {{ background: {theme.surface}; border: 1px solid {theme.border}; border-radius: 8px;
                   padding: 8px 14px; min-height: 22px; }}
    QPushButton:hover, QPushButton:focus {{ border: {focus_width}px solid {theme.accent}; }}
    QPushButton:checked {{ background: {theme.accent}; color: {theme.accent_text}; }}
    QPushButton#chartMenuButton {{ padding: 2px 10px; min-height: 18px; font-size: 13px; }}
    QPushButton#primary {{ background: {theme.accent}; color: {theme.accent_text}; border: none; }}
    QComboBox, QDoubleSpinBox, QLineEdit {{ background: {theme.surface}; border: 1px solid {theme.border};
                   border-radius: 6px; padding: 4px 8px; min-height: 24px; }}
    QComboBox:focus, QDoubleSpinBox:focus, QSlider:focus {{ border: {focus_width}px solid {theme.accent}; }}
    QSlider::groove:horizontal {{ height: 6px; background: {theme.border}; border-radius: 3px; }}
    QSlider::handle:horizontal {{ background: {theme.accent}; width: 20px; height: 20px; margin: -7px 0;
                   border-radius: 10px; }}
    QToolTip {{ background: {theme.surface}; color: {theme.text}; border: 1px solid {theme.border}; }}
    QTableView, QListWidget, QComboBox QAbstractItemView {{ background: {theme.surface}; color: {theme.text};
                   gridline-color: {theme.border}; selection-background-color: {theme.accent};
                   selection-color: {theme.accent_text}; }}
    QHeaderView::section {{ background: {theme.window}; color: {theme.text}; border: 1px solid {theme.border};
                   padding: 4px; }}
    QCheckBox {{ spacing: 8px; }}
    QCheckBox::indicator {{ width: 18px; height: 18px; border: 2px solid {theme.border}; border-radius: 4px;
                   background: {theme.surface}; }}
    QCheckBox::indicator:checked {{ background: {theme.accent}; border-color: {theme.accent}; }}
    QDoubleSpinBox {{ min-width: 130px; }}
    QDoubleSpinBox::up-button, QDoubleSpinBox::down-button {{ width: 24px; }}
    #error {{ color: {theme.error}; font-weight: 600; }}
    #attractBanner {{ background: {theme.accent}; color: {theme.accent_text}; font-size: 30px; font-weight: 700;
                   padding: 18px 40px; border-radius: 16px; }}
    """
    if touch:
        sheet += _touch_rules(theme)
    sized = re.sub(r"(\d+)px", lambda match: f"{round(int(match.group(1)) * scale)}px", sheet)
    return sized + _display_rules(scale) + _picture_rules(theme, scale)


#: The large type of questions and answers, in pixels at 100 % (a long headline: see gui.widgets.headline).
DISPLAY_PIXELS = {"question": 26, "headline": 46, 'headline[long="true"]': 36, "cardHeadline": 22}


def display_pixels(name: str, scale: float) -> int:
    """The size of the large type `name` at text size `scale`: it grows with scale**0.4, so at 200 % the body
    text doubles (for the back row) while an answer grows by a third and stays on a line or two of a projector's
    1024 pixels instead of wrapping a word a line."""
    return round(DISPLAY_PIXELS[name] * scale**0.4)


def _display_rules(scale: float) -> str:
    """The sizes of the large type (see display_pixels)."""
    return "".join(f"\n    #{name} {{ font-size: {display_pixels(name, scale)}px; }}" for name in DISPLAY_PIXELS)


def _picture_rules(theme: Theme, scale: float) -> str:
    """A chooser's arrow, a check box's tick and a spin box's arrows drawn in the theme's colours at the text's
    size (see gui.style_images); where a picture cannot be written, Qt draws its own."""
    from gui.style_images import style_image

    arrow, tick = round(ARROW_PIXELS * scale), round(TICK_PIXELS * scale)
    rules = [
        ("QComboBox::down-arrow", "arrow-down", theme.text, arrow),
        ("QComboBox::down-arrow:disabled", "arrow-down", theme.muted, arrow),
        ("QDoubleSpinBox::up-arrow", "arrow-up", theme.text, arrow),
        ("QDoubleSpinBox::up-arrow:disabled, QDoubleSpinBox::up-arrow:off", "arrow-up", theme.muted, arrow),
        ("QDoubleSpinBox::down-arrow", "arrow-down", theme.text, arrow),
        ("QDoubleSpinBox::down-arrow:disabled, QDoubleSpinBox::down-arrow:off", "arrow-down", theme.muted, arrow),
        ("QCheckBox::indicator:checked", "tick", theme.accent_text, tick),
    ]
    sheet = f"""
    QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
                   width: {round(DROP_DOWN_PIXELS * scale)}px; border: none; }}"""
    for selector, shape, colour, size in rules:
        path = style_image(shape, colour)
        if path is not None:
            sheet += f"\n    {selector} {{ image: url({path}); width: {size}px; height: {size}px; }}"
    return sheet


def _touch_rules(theme: Theme) -> str:
    """Style rules that make every control a comfortable finger target (exhibit mode)."""
    target, handle = TOUCH_TARGET, TOUCH_TARGET + 4
    return f"""
    QPushButton, QComboBox, QDoubleSpinBox, QLineEdit {{ min-height: {target}px; min-width: {target}px; }}
    QPushButton {{ padding: 4px 18px; }}
    QComboBox, QDoubleSpinBox, QLineEdit {{ padding: 0 10px; }}
    QSlider {{ min-height: {handle}px; }}
    QSlider::groove:horizontal {{ height: 10px; background: {theme.border}; border-radius: 5px; }}
    QSlider::handle:horizontal {{ background: {theme.accent}; width: {handle}px; height: {handle}px;
                   margin: -{(handle - 10) // 2}px 0; border-radius: {handle // 2}px; }}
    QCheckBox {{ min-height: {target}px; }}
    QCheckBox::indicator {{ width: 28px; height: 28px; }}
    QListWidget::item {{ min-height: {target}px; }}
    QScrollBar:vertical {{ width: {target}px; }}
    """
